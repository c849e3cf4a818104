/**
 * A shared deal's connection as the app makes it (team/dealConnection.ts), against a real
 * team server on a free port: its sync state (connecting, synced, N changes waiting until the
 * server has stored them), a viewer's read-only scope, and a removed member's refusal, which
 * the team store turns into the local copy's removal. Also the store acknowledgement read in
 * browser terms and the read-only editor.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCESS_CLOSE } from '../../../server/collab/access';
import type { ConnectionContext } from '../../../server/collab/access';
import { DEFAULT_COLLAB_LIMITS } from '../../../server/collab/limits';
import { readStoredMessage, storedMessage } from '../../../shared/collab/storedAck';
import type { RunningServer } from '../../../server/start';
import { EditorStore } from '../../../renderer/editor/store';
import {
  connectDeal,
  type DealConnection,
  type DealConnectionOptions,
  type SyncState,
} from '../../../renderer/team/dealConnection';
import { memoryRefreshTokenStore } from '../../../renderer/team/refreshTokenStore';
import { TeamSession } from '../../../renderer/team/session';
import { WaitingChanges } from '../../../renderer/team/waitingChanges';
import { listSharedDeals, publishDeal, removeMember, setMember } from '../../../renderer/team/teamApi';
import { TeamStore } from '../../../renderer/team/teamStore';
import { addUsers, PASSWORD } from '../../server/support/accounts';
import { sleep, until } from '../../server/support/until';
import { makeDocument } from '../../support/builders';
import { startEmbeddedServer } from '../../server/support/embeddedServer';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 240_000 });

let server: RunningServer;
let remove: () => void;
const connections: DealConnection[] = [];

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer('the deal connection test secret, 32+', {
    ...DEFAULT_COLLAB_LIMITS,
    debounceMs: 50,
    maxDebounceMs: 200,
  }));
  await addUsers(server.db, ['owner', 'reader']);
});

afterAll(async () => {
  for (const connection of connections) connection.destroy();
  await server?.close();
  remove?.();
});

/** Waits short enough for a test, long enough to see the deal detached before it is attached again. */
const QUICK = { firstMs: 300, maxMs: 2_000 };

/** The users connected to a deal on the server right now. */
/** The window's localStorage, as the team store reads and writes it, in memory. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

function connectionsOf(dealId: string): string[] {
  const document = server.collab.hocuspocus.documents.get(dealId);
  return (document?.getConnections() ?? []).map((connection) => (connection.context as ConnectionContext).userId);
}

async function signedIn(name: string): Promise<TeamSession> {
  const session = new TeamSession({ store: memoryRefreshTokenStore() });
  await session.signIn(server.url, name, PASSWORD);
  return session;
}

type Extra = Pick<DealConnectionOptions, 'onScope' | 'retry' | 'renewToken'>;

function connect(session: TeamSession, dealId: string, ydoc: Y.Doc, extra: Extra = {}) {
  const states: SyncState[] = [];
  const connection = connectDeal({
    server: server.url,
    dealId,
    ydoc,
    token: () => session.accessToken(),
    stillMember: async () => (await listSharedDeals(session)).some((deal) => deal.id === dealId),
    onState: (state) => states.push(state),
    ...extra,
  });
  connections.push(connection);
  return { connection, states };
}

describe('a shared deal’s connection', () => {
  it('says connecting, then synced; N changes waiting until the server has stored them; then synced', async () => {
    const owner = await signedIn('owner');
    await publishDeal(owner, { id: 'deal-sync', name: 'Sync' });
    const ydoc = new Y.Doc();
    const { connection, states } = connect(owner, 'deal-sync', ydoc);
    expect(connection.state()).toEqual({ kind: 'connecting' });
    await connection.synced();
    await until(() => connection.state().kind === 'synced', 'synced');
    ydoc.getMap('people').set('p1', 'Wang');
    ydoc.getMap('people').set('p2', 'Li');
    expect(states).toContainEqual({ kind: 'waiting', count: 2 });
    await until(() => connection.state().kind === 'synced', 'the two changes to be stored');
    const stored = server.collab.hocuspocus.documents.get('deal-sync');
    expect(stored?.getMap('people').get('p2')).toBe('Li');
  });

  it('says offline when the server closes the deal’s connection, instead of synced', async () => {
    const owner = await signedIn('owner');
    await publishDeal(owner, { id: 'deal-drop', name: 'Drop' });
    const ydoc = new Y.Doc();
    const { connection, states } = connect(owner, 'deal-drop', ydoc);
    await connection.synced();
    await until(() => connection.state().kind === 'synced', 'synced');
    server.collab.hocuspocus.closeConnections('deal-drop');
    await until(() => connection.state().kind === 'offline', 'offline after the drop');
    expect(states).toContainEqual({ kind: 'offline', count: 0 });
  });

  it('attaches the deal again by itself after the server closed it; an edit made meanwhile reaches the server', async () => {
    const owner = await signedIn('owner');
    await publishDeal(owner, { id: 'deal-back', name: 'Back' });
    const ydoc = new Y.Doc();
    const { connection, states } = connect(owner, 'deal-back', ydoc, { retry: QUICK });
    await connection.synced();
    await until(() => connection.state().kind === 'synced', 'synced');
    // The server closes the deal's connections (a deal unloaded after a failed load, say): the socket stays open.
    server.collab.hocuspocus.closeConnections('deal-back');
    expect(connectionsOf('deal-back')).toEqual([]);
    await until(() => states.some((state) => state.kind === 'offline'), 'offline after the close');
    ydoc.getMap('people').set('p1', 'Wang');
    await until(
      () => server.collab.hocuspocus.documents.get('deal-back')?.getMap('people').get('p1') === 'Wang',
      'the edit to reach the server without reopening the deal',
      10_000,
    );
    await until(() => connection.state().kind === 'synced', 'synced again, the edit stored');
    expect(connectionsOf('deal-back')).toHaveLength(1);
  });

  it('asks for a new token when the server says the token ran out, then attaches the deal again', async () => {
    const owner = await signedIn('owner');
    await publishDeal(owner, { id: 'deal-token', name: 'Token' });
    let renewed = 0;
    const ydoc = new Y.Doc();
    const { connection } = connect(owner, 'deal-token', ydoc, {
      retry: QUICK,
      renewToken: () => {
        renewed += 1;
        return owner.refresh();
      },
    });
    await connection.synced();
    await until(() => connection.state().kind === 'synced', 'synced');
    // As the access recheck does for a connection whose token expired.
    for (const open of server.collab.hocuspocus.documents.get('deal-token')?.getConnections() ?? [])
      open.close(ACCESS_CLOSE.expired);
    await until(() => renewed === 1, 'a new token to be asked for');
    ydoc.getMap('people').set('p1', 'Li');
    await until(
      () => server.collab.hocuspocus.documents.get('deal-token')?.getMap('people').get('p1') === 'Li',
      'the edit to reach the server on the new token',
      10_000,
    );
    expect(renewed).toBe(1);
  });

  it('attaches again with a read-only scope when a member’s role is lowered while connected', async () => {
    const owner = await signedIn('owner');
    const reader = await signedIn('reader');
    await publishDeal(owner, { id: 'deal-lowered', name: 'Lowered' });
    await setMember(owner, 'deal-lowered', 'reader', 'editor');
    const scopes: boolean[] = [];
    const { connection } = connect(reader, 'deal-lowered', new Y.Doc(), {
      onScope: (readOnly) => scopes.push(readOnly),
      retry: QUICK,
    });
    await connection.synced();
    expect(scopes).toEqual([false]);
    await setMember(owner, 'deal-lowered', 'reader', 'viewer');
    await until(() => scopes.length === 2, 'the deal attached again, with its new scope');
    expect(scopes).toEqual([false, true]);
    await until(() => connection.state().kind === 'synced', 'synced again');
  });

  it('gives a viewer a read-only scope, and tells a removed member it is refused', async () => {
    const owner = await signedIn('owner');
    const reader = await signedIn('reader');
    await publishDeal(owner, { id: 'deal-read', name: 'Read' });
    await setMember(owner, 'deal-read', 'reader', 'viewer');
    const scopes: boolean[] = [];
    const ydoc = new Y.Doc();
    const { connection } = connect(reader, 'deal-read', ydoc, {
      onScope: (readOnly) => scopes.push(readOnly),
      retry: QUICK,
    });
    await connection.synced();
    expect(scopes).toEqual([true]);

    // The team store links it, then removes the local copy once the server refuses it.
    const removed: string[] = [];
    const team = new TeamStore(reader, null, (dealId) => Promise.resolve(removed.push(dealId)));
    team.link({ id: 'deal-read', name: 'Read', role: 'viewer' });
    await removeMember(owner, 'deal-read', 'reader');
    await until(() => connection.state().kind === 'refused', 'the refusal');
    team.setLive('deal-read', connection.state());
    await until(() => removed.length === 1, 'the local copy to be removed');
    expect(removed).toEqual(['deal-read']);
    // Removed from the deal: never attached again, however long it stays open.
    await sleep(3 * QUICK.firstMs);
    expect(connection.state()).toEqual({ kind: 'refused' });
    expect(connectionsOf('deal-read')).toEqual([]);
  });

  it('finds a deal removed while the app was away at the next list of shared deals', async () => {
    const owner = await signedIn('owner');
    const reader = await signedIn('reader');
    await publishDeal(owner, { id: 'deal-away', name: 'Away' });
    await setMember(owner, 'deal-away', 'reader', 'editor');
    const removed: string[] = [];
    const team = new TeamStore(reader, memoryStorage(), (dealId) => Promise.resolve(removed.push(dealId)));
    await team.refresh();
    team.link({ id: 'deal-away', name: 'Away', role: 'editor' });
    await removeMember(owner, 'deal-away', 'reader');
    await team.refresh();
    expect(removed).toEqual(['deal-away']);
    expect(team.refused()).toEqual([{ id: 'deal-away', name: 'Away' }]);
    expect(team.linked('deal-away')).toBeUndefined();
    expect(team.syncState('deal-away')).toEqual({ kind: 'refused' });
    team.dismissRefused('deal-away');
    expect(team.refused()).toEqual([]);
    // Shared again later in the session: no longer said to be removed.
    await setMember(owner, 'deal-away', 'reader', 'editor');
    team.link({ id: 'deal-away', name: 'Away', role: 'editor' });
    expect(team.syncState('deal-away')).toEqual({ kind: 'synced' });
  });

  it('finishes removing a refused deal’s copy at the next refresh when the removal was cut short or failed', async () => {
    const owner = await signedIn('owner');
    const reader = await signedIn('reader');
    await publishDeal(owner, { id: 'deal-cut', name: 'Cut' });
    await setMember(owner, 'deal-cut', 'reader', 'viewer');
    const storage = memoryStorage();
    const calls: string[] = [];
    // The window refused while the deal was open navigates away mid-removal: the removal never ends.
    const closing = new TeamStore(reader, storage, (dealId) => {
      calls.push(`cut ${dealId}`);
      return new Promise(() => undefined);
    });
    closing.link({ id: 'deal-cut', name: 'Cut', role: 'viewer' });
    await removeMember(owner, 'deal-cut', 'reader');
    closing.setLive('deal-cut', { kind: 'refused' });
    expect(closing.syncState('deal-cut')).toEqual({ kind: 'refused' });
    // The next window's removal fails once (a write refused), then succeeds.
    let fail = true;
    const next = new TeamStore(reader, storage, (dealId) => {
      calls.push(`${fail ? 'fail' : 'remove'} ${dealId}`);
      return fail ? Promise.reject(new Error('the write was refused')) : Promise.resolve();
    });
    await next.refresh();
    expect(next.linked('deal-cut')).toBeDefined();
    expect(next.refused()).toEqual([]);
    fail = false;
    await next.refresh();
    expect(calls).toEqual(['cut deal-cut', 'fail deal-cut', 'remove deal-cut']);
    expect(next.linked('deal-cut')).toBeUndefined();
    expect(next.refused()).toEqual([{ id: 'deal-cut', name: 'Cut' }]);
  });
});

describe('the store acknowledgement in the app', () => {
  it('reads the server’s message and counts the changes it does not cover yet', () => {
    const ydoc = new Y.Doc();
    const waiting = new WaitingChanges(ydoc);
    ydoc.getMap('m').set('a', 1);
    waiting.noteLocalChange();
    const vector = readStoredMessage(storedMessage(Y.encodeStateVector(ydoc)));
    ydoc.getMap('m').set('b', 2);
    waiting.noteLocalChange();
    expect(waiting.count()).toBe(2);
    waiting.noteStored(vector!);
    expect(waiting.count()).toBe(1);
    expect(readStoredMessage('{"type":"other"}')).toBeUndefined();
    expect(readStoredMessage('not json')).toBeUndefined();
  });
});

describe('a read-only editor', () => {
  it('refuses edits, undo and keeping a what-if; a what-if may be tried and is dropped', () => {
    const doc = makeDocument();
    const store = new EditorStore(doc);
    const rename = (name: string) => (d: typeof doc) => ({ ...d, deal: { ...d.deal, name } });
    expect(store.apply(rename('before'))).toBe(true);
    store.setReadOnly(true);
    expect(store.getState().canUndo).toBe(false);
    expect(store.apply(rename('by a viewer'))).toBe(false);
    expect(store.undo()).toBe(false);
    expect(store.getState().doc.deal.name).toBe('before');
    store.startWhatIf();
    expect(store.apply(rename('what if'))).toBe(true);
    store.keepWhatIf();
    expect(store.getState().whatIf).toBeNull();
    expect(store.getState().doc.deal.name).toBe('before');
    store.setReadOnly(false);
    expect(store.apply(rename('after'))).toBe(true);
  });
});
