/**
 * Access tokens are short-lived, connections are not: before a connection's token expires the
 * server asks the app for a new one (Hocuspocus token sync). An app that answers keeps its
 * connection; one that answers with an expired token, or not at all, is closed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccessTokens } from '../../server/auth/accessTokens';
import { DEFAULT_COLLAB_LIMITS } from '../../server/collab/limits';
import type { RunningServer } from '../../server/start';
import { addDeal } from '../../server/store/deals';
import type { User } from '../../server/store/users';
import { addUsers } from './support/accounts';
import { OpenClients, people } from './support/client';
import { sleep, until } from './support/until';
import { startEmbeddedServer } from './support/embeddedServer';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const SECRET = 'the token renewal test secret, 32 chars';
/** Tokens that live two seconds, so that renewal happens within the test. */
const shortTokens = new AccessTokens(SECRET, 2);
const longTokens = new AccessTokens(SECRET);

let server: RunningServer;
let remove: () => void;
let owner: User;
const clients = new OpenClients();

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer(SECRET, { ...DEFAULT_COLLAB_LIMITS, accessRecheckMs: 300 }));
  owner = (await addUsers(server.db, ['owner']))['owner']!;
  await server.db.transaction((sql) => addDeal(sql, { id: 'deal-t', name: 't', ownerId: owner.id, teamId: null }));
});

afterAll(async () => {
  clients.destroyAll();
  await server?.close();
  remove?.();
});

describe('a connection whose token runs out', () => {
  it('stays open when the app renews the token, and is closed when it cannot', async () => {
    const claims = { userId: owner.id, name: 'owner' };
    let fresh = await shortTokens.issue(claims);
    const stale = await shortTokens.issue(claims);
    // The renewing app signs in again in the background; the stale one has only its first token.
    const renewing = clients.open(server.url, 'deal-t', () => fresh);
    const renewal = setInterval(() => void shortTokens.issue(claims).then((token) => (fresh = token)), 500);
    const staleClient = clients.open(server.url, 'deal-t', () => stale);
    const reader = clients.open(server.url, 'deal-t', await longTokens.issue(claims));
    try {
      await until(() => [renewing, staleClient, reader].every((c) => c.provider.isSynced), 'all three to sync');
      await until(() => staleClient.closes.length > 0, 'the stale connection to be closed', 10_000);
      await sleep(2_500); // past the first token of the renewing app
      expect(renewing.closes).toEqual([]);
      people(renewing.doc).set('renewed', 'still writing');
      people(staleClient.doc).set('stale', 'should not arrive');
      await until(() => people(reader.doc).get('renewed') === 'still writing', 'the renewed edit to arrive');
      await sleep(300);
      expect(people(reader.doc).has('stale')).toBe(false);
    } finally {
      clearInterval(renewal);
    }
  });
});
