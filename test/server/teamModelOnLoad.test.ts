/**
 * A server stopped between a deal's first stored document and the team's model write
 * (server/collab/firstDocumentModel.ts): the deal stays on the standard model until the next
 * server loads it, which gives it then. Real parts: one PGlite folder, a server process killed
 * right after the store, then a server in this process on the same folder, WebSocket clients.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { RunningServer } from '../../server/start';
import { readAudit } from '../../server/store/audit';
import type { User } from '../../server/store/users';
import { applyDocumentToYDoc, listTrail, readDealFromYDoc, type Actor } from '../../shared/collab';
import type { LikelihoodModelSetting } from '../../shared/document';
import { greenDeal, parsedDeal } from '../support/pipelineDeals';
import { addTeamWith, addUsers, api } from './support/accounts';
import { OpenClients, type TestClient } from './support/client';
import { QUICK_STORE_LIMITS, startTestServer } from './support/embeddedServer';
import { freshPgliteFolder } from './support/pglite';
import { freePort } from './support/ports';
import { spawnListening } from './support/serverProcess';
import { storedDeal } from './support/storedDeal';
import { tokenIssuer } from './support/tokens';
import { until } from './support/until';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const SECRET = 'the model-on-load test secret, thirty-two characters';
const STOPPING = fileURLToPath(new URL('./support/stopsAtFirstDocument.ts', import.meta.url));
const OWNER: Actor = { id: 'user:owner', name: 'owner (display)' };
const SETTING: LikelihoodModelSetting = {
  base: 41,
  gapCosts: { 'UNCOVERED.critical': 8 },
  adoptedBy: 'lead (display)',
  adoptedAt: '2026-12-01T09:30:00.000Z',
  fittedFrom: { won: 30, lost: 30, point: 'last' },
};

let data: { folder: string; remove: () => void };
let users: Record<string, User>;
let server: RunningServer | undefined;
const clients = new OpenClients();
const token = tokenIssuer(SECRET, () => users);
const deal = (id: string) => parsedDeal(greenDeal(id));

const startHere = () => startTestServer({ dataDir: data.folder, jwtSecret: SECRET, limits: QUICK_STORE_LIMITS });
const stored = (running: RunningServer, dealId: string) => storedDeal(running.db, dealId);

/** The trail's changes of the deal's model (the first write sets it with nothing before). */
const modelChanges = (doc: Y.Doc) =>
  listTrail(doc).filter((entry) => entry.field === 'likelihoodModel' && entry.previous !== undefined);
const applied = async (running: RunningServer, dealId: string) =>
  (await readAudit(running.db, 100)).filter((row) => row.action === 'team-model-applied' && row.target === dealId);

/** Sends a deal's first document (`doc`, filled beforehand) to a server process that dies right after storing it. */
async function firstDocumentThenStop(dealId: string, doc: Y.Doc): Promise<void> {
  const stopping = await spawnListening(['--import', 'tsx', STOPPING, data.folder, SECRET, String(await freePort())]);
  try {
    const client = clients.open(stopping.url, dealId, await token('owner'), doc);
    expect(await stopping.ended, stopping.output()).toBe('SIGKILL');
    client.destroy();
  } finally {
    await stopping.kill();
  }
}

/** Opens the deal as its owner on the running server, and waits until it is synced. */
async function open(dealId: string): Promise<TestClient> {
  const client = clients.open(server!.url, dealId, await token('owner'));
  await until(() => client.provider.isSynced, `the owner to open ${dealId}`);
  return client;
}

beforeAll(async () => {
  data = await freshPgliteFolder();
  server = await startHere();
  users = await addUsers(server.db, ['owner', 'lead']);
  const retail = await addTeamWith(server.db, 'Retail', [
    { user: users['owner']! },
    { user: users['lead']!, lead: true },
  ]);
  const adopted = await api(server.url, 'POST', `/api/teams/${retail}/likelihood-model`, await token('lead'), SETTING);
  expect(adopted.status).toBe(200);
  for (const id of ['deal-stopped', 'deal-chosen']) {
    const published = await api(server.url, 'POST', '/api/deals', await token('owner'), {
      id,
      name: id,
      team: 'Retail',
    });
    expect(published.status).toBe(201);
  }
  await server.close();
  server = undefined;
  const plain = new Y.Doc();
  applyDocumentToYDoc(plain, deal('deal-stopped'), OWNER);
  await firstDocumentThenStop('deal-stopped', plain);
  // A member's own choice in the deal's trail: the team's model, then the standard one over it; then the same stop.
  const withTeamModel = { ...deal('deal-chosen'), deal: { ...deal('deal-chosen').deal, likelihoodModel: SETTING } };
  const chosen = new Y.Doc();
  applyDocumentToYDoc(chosen, withTeamModel, OWNER);
  applyDocumentToYDoc(chosen, deal('deal-chosen'), OWNER, { previous: withTeamModel });
  await firstDocumentThenStop('deal-chosen', chosen);
  server = await startHere();
}, 300_000);

afterAll(async () => {
  clients.destroyAll();
  await server?.close();
  data?.remove();
});

describe('the team’s model after a stop between the first document and its write', () => {
  it('the stop left the deal stored on the standard model, never given the team’s', async () => {
    const { document } = await stored(server!, 'deal-stopped');
    expect(document?.deal.id).toBe('deal-stopped');
    expect(document?.deal.likelihoodModel).toBeNull();
    expect(await applied(server!, 'deal-stopped')).toEqual([]);
  });

  it('is given when the deal is next loaded, by the adopting lead, audited once', async () => {
    const client = await open('deal-stopped');
    await until(
      async () => (await stored(server!, 'deal-stopped')).document?.deal.likelihoodModel !== null,
      'the team’s model to reach the deal',
    );
    const { document, doc } = await stored(server!, 'deal-stopped');
    expect(document?.deal.likelihoodModel).toEqual(SETTING);
    expect(modelChanges(doc)).toHaveLength(1);
    expect(modelChanges(doc)[0]).toMatchObject({ actorId: 'user:lead', actorName: 'lead (display)' });
    // The open client receives it as it would every other edit.
    await until(() => {
      const read = readDealFromYDoc(client.doc);
      return read.ok && read.document.deal.likelihoodModel !== null;
    }, 'the client to see it');
    expect(await applied(server!, 'deal-stopped')).toMatchObject([
      { actorId: users['lead']!.id, detail: { team: 'Retail', base: 41, when: 'on-load' } },
    ]);
    // Loaded again: nothing more to give.
    client.destroy();
    await until(() => server!.collab.stats().documents === 0, 'the deal to unload');
    await open('deal-stopped');
    await server!.close();
    server = await startHere();
    expect(await applied(server, 'deal-stopped')).toHaveLength(1);
    expect(modelChanges((await stored(server, 'deal-stopped')).doc)).toHaveLength(1);
  });

  it('is not given to a deal whose trail shows a model chosen for it', async () => {
    await open('deal-chosen');
    await server!.close();
    server = await startHere();
    const { document, doc } = await stored(server, 'deal-chosen');
    expect(document?.deal.likelihoodModel).toBeNull();
    expect(modelChanges(doc).every((entry) => entry.actorId === 'user:owner')).toBe(true);
    expect(await applied(server, 'deal-chosen')).toEqual([]);
  });
});
