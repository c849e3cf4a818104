/**
 * The rules of merging the team's rows of the `since` date and movements with the local ones
 * (mergeRows.ts), for all inputs: one entry per deal, each from the side whose version of the
 * deal is fresher (the local one on a tie), in the order of "what moved"; and the bounded,
 * cancellable fetching of team deals for an export (team/fetchSharedDeals.ts).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { byMovement, summarizeDeal, type DealMovement, type PipelineRow } from '../../../shared/pipeline';
import { mergeMovements, mergeRows, mergeThen, serverIsFresher } from '../../../renderer/pipeline/mergeRows';
import { fetchSharedDeals, type FetchProgress } from '../../../renderer/team/fetchSharedDeals';
import { memoryRefreshTokenStore } from '../../../renderer/team/refreshTokenStore';
import { TeamSession } from '../../../renderer/team/session';
import type { SharedDeal } from '../../../renderer/team/teamApi';
import { TeamError } from '../../../renderer/team/teamErrors';
import { makeDocument } from '../../support/builders';

const BASE = summarizeDeal(makeDocument(), { asOf: '2026-12-02' });
const IDS = ['d-1', 'd-2', 'd-3', 'd-4', 'd-5'];

const at = (hour: number | null) => (hour === null ? null : `2026-12-02T${String(hour).padStart(2, '0')}:00:00.000Z`);

/** One side's deals: a subset of the ids, each with a last change (or none) and a tag saying which side. */
function side(tag: string) {
  return fc
    .uniqueArray(fc.record({ id: fc.constantFrom(...IDS), hour: fc.option(fc.integer({ min: 0, max: 5 })) }), {
      selector: (deal) => deal.id,
    })
    .map((deals) =>
      deals.map(({ id, hour }): PipelineRow => {
        const change = at(hour);
        return {
          ...BASE,
          dealId: id,
          name: `${tag} ${id}`,
          lastChange: change === null ? null : { at: change, by: null },
        };
      }),
    );
}

const thenOf = (rows: readonly PipelineRow[], keep: readonly boolean[]) =>
  rows.filter((_, i) => keep[i % keep.length] ?? true).map((row) => ({ ...row, name: `${row.name} then` }));

function movementOf(row: PipelineRow, delta: number): DealMovement {
  return {
    dealId: row.dealId,
    name: row.name,
    fromDate: '2026-11-25',
    before: 50,
    after: 50 + delta,
    delta,
    changes: [],
  };
}

describe('merging the rows of the since date', () => {
  it('gives each deal at most once, from the side its row now comes from', () => {
    fc.assert(
      fc.property(side('local'), side('server'), fc.array(fc.boolean(), { minLength: 1 }), (local, server, keep) => {
        const merged = mergeRows(local, server);
        const then = mergeThen(thenOf(local, keep), thenOf(server, keep), merged.fromServer);
        const ids = then.map((row) => row.dealId);
        expect(new Set(ids).size).toBe(ids.length);
        const shown = new Map(merged.rows.map((row) => [row.dealId, row]));
        for (const row of then) {
          const now = shown.get(row.dealId)!;
          // The row then is of the same version as the row now: both local, or both the server's.
          expect(row.name.startsWith(now.name.split(' ')[0]!)).toBe(true);
          expect(merged.fromServer.has(row.dealId)).toBe(row.name.startsWith('server'));
        }
      }),
    );
  });

  it('takes the server’s version only when it changed later; the local one on a tie or with no time', () => {
    expect(serverIsFresher(at(1), at(2))).toBe(true);
    expect(serverIsFresher(at(2), at(2))).toBe(false);
    expect(serverIsFresher(null, at(2))).toBe(true);
    expect(serverIsFresher(at(2), null)).toBe(false);
    expect(serverIsFresher(null, null)).toBe(false);
  });
});

describe('merging what moved', () => {
  it('gives each deal at most once, the server’s move only where its version is fresher, largest move first', () => {
    fc.assert(
      fc.property(
        side('local'),
        side('server'),
        fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1 }),
        (local, server, deltas) => {
          const delta = (i: number) => deltas[i % deltas.length]!;
          const localMoves = local.map((row, i) => movementOf(row, delta(i)));
          const serverMoves = server.map((row, i) => movementOf(row, delta(i + 1)));
          const changedAt = new Map(local.map((row) => [row.dealId, row.lastChange?.at ?? '']));
          const moved = mergeMovements(localMoves, { rows: server, moved: serverMoves }, changedAt);
          const ids = moved.map((m) => m.dealId);
          expect(new Set(ids).size).toBe(ids.length);
          expect([...moved].sort(byMovement)).toEqual(moved);
          const fromServer = mergeRows(local, server).fromServer;
          for (const m of moved) expect(m.name.startsWith('server')).toBe(fromServer.has(m.dealId));
          // Every deal that moved on the side shown is listed.
          expect(ids.sort()).toEqual([...new Set([...local, ...server].map((row) => row.dealId))].sort());
        },
      ),
    );
  });
});

function sharedDeal(id: string): SharedDeal {
  return { id, name: `Deal ${id}`, owner: { name: 'lin', displayName: 'Lin' }, team: 'Retail', role: 'viewer' };
}

function listing(deals: readonly SharedDeal[]) {
  const session = new TeamSession({ store: memoryRefreshTokenStore() });
  vi.spyOn(session, 'request').mockImplementation(() => Promise.resolve({ deals }));
  return session;
}

describe('fetching team deals for an export', () => {
  it('fetches at most three at a time, links each, counts every deal, and names why the others failed', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'gone', 'down'];
    const session = listing(ids.filter((id) => id !== 'gone').map(sharedDeal));
    let running = 0;
    let most = 0;
    const linked: string[] = [];
    const progress: FetchProgress[] = [];
    const result = await fetchSharedDeals(
      {
        session,
        openDoc: () => Promise.reject(new Error('not used')),
        link: (deal) => linked.push(deal.id),
        fetchOne: async ({ deal }) => {
          running += 1;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running -= 1;
          if (deal.id === 'down') throw new TeamError('unreachable', 'no answer');
        },
      },
      ids,
      { onProgress: (p) => progress.push(p) },
    );
    expect(most).toBe(3);
    expect([...result.fetched].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(linked.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...result.failed]).toEqual(
      expect.arrayContaining([
        ['gone', 'refused'],
        ['down', 'offline'],
      ]),
    );
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('offline, names every deal as not fetched for want of the server', async () => {
    const session = new TeamSession({ store: memoryRefreshTokenStore() });
    vi.spyOn(session, 'request').mockRejectedValue(new TeamError('unreachable', 'no answer'));
    const result = await fetchSharedDeals({ session, openDoc: () => Promise.reject(new Error('x')), link: () => {} }, [
      'a',
      'b',
    ]);
    expect(result.fetched).toEqual([]);
    expect([...result.failed]).toEqual([
      ['a', 'offline'],
      ['b', 'offline'],
    ]);
  });

  it('cancelled, starts no more deals', async () => {
    const session = listing(['a', 'b', 'c', 'd', 'e'].map(sharedDeal));
    const controller = new AbortController();
    const started: string[] = [];
    await fetchSharedDeals(
      {
        session,
        openDoc: () => Promise.reject(new Error('x')),
        link: () => {},
        concurrency: 1,
        fetchOne: ({ deal }) => {
          started.push(deal.id);
          if (started.length === 2) controller.abort();
          return Promise.resolve();
        },
      },
      ['a', 'b', 'c', 'd', 'e'],
      { signal: controller.signal },
    );
    expect(started).toEqual(['a', 'b']);
  });
});
