/// <reference lib="dom" />
/**
 * The team's pipeline in the app (issue 12): the local rows merged with the server's summary
 * rows, one row per deal, and the server's answer kept in the database (table teamCache) so
 * the team's deals still show offline, with when they were answered. Real Dexie on
 * fake-indexeddb; the server is a function that answers or fails.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PowermapDatabase } from '../../../renderer/persistence/db';
import { TeamCache } from '../../../renderer/persistence/teamCache';
import { mergeRows, readServedRows } from '../../../renderer/pipeline/mergeRows';
import type { PipelineSource } from '../../../renderer/pipeline/source';
import { teamPipelineSource } from '../../../renderer/pipeline/teamSource';
import type { SessionState } from '../../../renderer/team/session';
import { TeamError } from '../../../renderer/team/teamErrors';
import { forgetOnSignOut } from '../../../renderer/team/teamServices';
import type { PowermapDocument } from '../../../shared/document';
import { filterPipeline, summarizeDeal, type PipelineRow } from '../../../shared/pipeline';
import { makeDocument, person } from '../../support/builders';
import { fakeIndexedDB, uniqueName } from '../persistence/helpers';

const ASOF = '2026-12-02';
const QUERY = { asOf: ASOF, since: null };
const MEI: SessionState = { server: 'https://team.example', user: { name: 'mei', displayName: '陈美' } };

function deal(id: string, name: string): PowermapDocument {
  return makeDocument({
    deal: { id, name, account: `${name} Ltd`, value: 1000, currency: 'EUR', decisionDate: '2026-12-20' },
    stakeholders: [person(`${id}-p`, { name: '张总' })],
    team: [{ id: `${id}-t`, name: 'Local Rep', role: 'account manager' }],
  });
}

function row(id: string, name: string, extra: Partial<PipelineRow> = {}): PipelineRow {
  return { ...summarizeDeal(deal(id, name), { asOf: ASOF }), ...extra };
}

/** A row as GET /api/pipeline sends it: the summary, with the server's owner, team, last change and asOf. */
function served(id: string, name: string, at: string, owner = 'Lin Tao', team = 'Retail') {
  return {
    ...row(id, name, { owner, team, lastChange: { at, by: 'lin' } }),
    asOf: ASOF,
    summarizedAt: at,
  };
}

function localSource(rows: PipelineRow[]): PipelineSource {
  return {
    load: () => Promise.resolve({ rows, then: null }),
    movements: () => Promise.resolve({ movements: [] }),
    // Only the deals with a copy here have a document; the others are unread.
    documents: (ids) =>
      Promise.resolve({
        documents: ids.filter((id) => rows.some((r) => r.dealId === id)).map(() => makeDocument()),
        unread: ids.filter((id) => !rows.some((r) => r.dealId === id)),
      }),
    onChange: () => () => {},
  };
}

function session(state: SessionState | null) {
  const listeners = new Set<() => void>();
  let current = state;
  return {
    current: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: SessionState | null) {
      current = next;
      for (const listener of listeners) listener();
    },
  };
}

const opened: PowermapDatabase[] = [];
function openCache(name = uniqueName()): { cache: TeamCache; db: PowermapDatabase } {
  const db = new PowermapDatabase(name, fakeIndexedDB);
  opened.push(db);
  return { cache: new TeamCache(db), db };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const offline = () => Promise.reject(new TeamError('unreachable', 'https://team.example did not answer'));

describe('merging the local rows and the team rows', () => {
  it('gives one row per deal: the fresher of the two for a shared deal, with the server’s owner and team', () => {
    const localOld = row('d-shared', 'Shared, local', { lastChange: { at: '2026-12-01T08:00:00.000Z', by: null } });
    const localNew = row('d-mine', 'Mine, local', { lastChange: { at: '2026-12-02T10:00:00.000Z', by: null } });
    const serverNew = readServedRows({ rows: [served('d-shared', 'Shared, server', '2026-12-02T09:00:00.000Z')] })!;
    const serverOld = readServedRows({ rows: [served('d-mine', 'Mine, server', '2026-12-01T09:00:00.000Z')] })!;
    const onlyThere = readServedRows({ rows: [served('d-theirs', 'Theirs', '2026-12-02T07:00:00.000Z')] })!;

    const merged = mergeRows([localOld, localNew], [...serverNew, ...serverOld, ...onlyThere]);
    expect(merged.rows.map((r) => r.name)).toEqual(['Shared, server', 'Mine, local', 'Theirs']);
    expect([...merged.remote]).toEqual(['d-theirs']);
    // The local row of a shared deal takes the owner and team the server knows, and is found by them.
    const mine = merged.rows.find((r) => r.dealId === 'd-mine')!;
    expect(mine).toMatchObject({ owner: 'Lin Tao', team: 'Retail', lastChange: { by: null } });
    expect(
      filterPipeline(merged.rows, { owners: ['Lin Tao'] })
        .map((r) => r.dealId)
        .sort(),
    ).toEqual(['d-mine', 'd-shared', 'd-theirs']);
    expect(filterPipeline(merged.rows, { search: 'lin tao' }).map((r) => r.dealId)).toContain('d-mine');
    // The map's own first member stays findable beside the server's owner.
    expect(filterPipeline(merged.rows, { search: 'local rep' }).map((r) => r.dealId)).toContain('d-mine');
  });

  it('keeps the local row on a tie, and a row with no last change loses to one with', () => {
    const at = '2026-12-02T09:00:00.000Z';
    const tie = mergeRows(
      [row('d-1', 'Local', { lastChange: { at, by: null } })],
      readServedRows({ rows: [served('d-1', 'Server', at)] })!,
    );
    expect(tie.rows.map((r) => r.name)).toEqual(['Local']);
    const none = mergeRows(
      [row('d-1', 'Local', { lastChange: null })],
      readServedRows({ rows: [served('d-1', 'Server', at)] })!,
    );
    expect(none.rows.map((r) => r.name)).toEqual(['Server']);
    expect(none.remote.size).toBe(0);
  });

  it('leaves out a served row that is not a row, and refuses an answer that is not a list of rows', () => {
    const good = served('d-1', 'Good', '2026-12-02T09:00:00.000Z');
    const bad = { ...served('d-2', 'Bad', '2026-12-02T09:00:00.000Z'), likelihood: 'high' };
    expect(readServedRows({ rows: [good, bad, null] })?.map((r) => r.dealId)).toEqual(['d-1']);
    // The server's extra fields (asOf, summarizedAt) are not part of a row.
    expect(readServedRows({ rows: [good] })?.[0]).not.toHaveProperty('summarizedAt');
    expect(readServedRows({ deals: [] })).toBeNull();
    expect(readServedRows('<html>')).toBeNull();
  });
});

describe('the team pipeline source', () => {
  it('signed out, is the local source as it is and asks nobody', async () => {
    const local = [row('d-a', 'Alpha')];
    let asked = 0;
    const source = teamPipelineSource({
      local: localSource(local),
      session: session(null),
      ask: () => {
        asked += 1;
        return Promise.resolve({ rows: [] });
      },
      cache: openCache().cache,
    });
    const data = await source.load(QUERY);
    expect(data.rows).toEqual(local);
    expect(data.team).toBeUndefined();
    expect(asked).toBe(0);
  });

  it('signed in, shows the teammates’ deals and keeps the answer; offline, shows the kept rows as of then', async () => {
    const name = uniqueName();
    const { cache } = openCache(name);
    const answer = { rows: [served('d-theirs', 'Teammate deal', '2026-12-02T07:00:00.000Z')] };
    const online = teamPipelineSource({
      local: localSource([row('d-a', 'Alpha')]),
      session: session(MEI),
      ask: () => Promise.resolve(answer),
      cache,
      now: () => new Date('2026-12-02T09:30:00.000Z'),
    });
    const first = await online.load(QUERY);
    expect(first.rows.map((r) => r.name)).toEqual(['Alpha', 'Teammate deal']);
    expect([...(first.remote ?? [])]).toEqual(['d-theirs']);
    expect(first.team).toEqual({ at: '2026-12-02T09:30:00.000Z', offline: false });
    // The exports read maps: a teammate's deal never opened here is named as unread, not skipped.
    const read = await online.documents(['d-a', 'd-theirs']);
    expect(read.documents).toHaveLength(1);
    expect(read.unread).toEqual(['d-theirs']);

    // Another start of the app, offline: the same database holds the answer.
    const { cache: reopened } = openCache(name);
    const away = teamPipelineSource({
      local: localSource([row('d-a', 'Alpha')]),
      session: session(MEI),
      ask: offline,
      cache: reopened,
    });
    const later = await away.load(QUERY);
    expect(later.rows.map((r) => r.name)).toEqual(['Alpha', 'Teammate deal']);
    expect(later.team).toEqual({ at: '2026-12-02T09:30:00.000Z', offline: true });
  });

  it('offline with nothing kept, or with a damaged entry, shows the local rows and says so', async () => {
    const { cache, db } = openCache();
    const source = teamPipelineSource({
      local: localSource([row('d-a', 'Alpha')]),
      session: session(MEI),
      ask: offline,
      cache,
    });
    const nothing = await source.load(QUERY);
    expect(nothing.rows.map((r) => r.name)).toEqual(['Alpha']);
    expect(nothing.team).toEqual({ at: null, offline: true });

    await db.teamCache.put({ key: 'pipeline|mei@https://team.example', fetchedAt: 'x', payload: 'not rows' });
    const damaged = await source.load(QUERY);
    expect(damaged.rows.map((r) => r.name)).toEqual(['Alpha']);
    expect(damaged.team).toEqual({ at: null, offline: true });
  });

  it('keeps each user’s answer apart, forgets it on sign-out, and reloads when the user changes, not on a token renewal', async () => {
    const { cache } = openCache();
    const who = session(MEI);
    const source = teamPipelineSource({
      local: localSource([]),
      session: who,
      ask: () => Promise.resolve({ rows: [served('d-meis', 'Mei’s team deal', '2026-12-02T07:00:00.000Z')] }),
      cache,
    });
    await source.load(QUERY);
    let reloads = 0;
    const stop = source.onChange(() => (reloads += 1));
    who.set(MEI); // a renewed token: same user, same server
    expect(reloads).toBe(0);
    const lin: SessionState = { server: MEI.server, user: { name: 'lin', displayName: 'Lin Tao' } };
    who.set(lin);
    expect(reloads).toBe(1);
    stop();
    expect(await cache.read('pipeline', 'lin@https://team.example')).toBeNull();
    expect(await cache.read('pipeline', 'mei@https://team.example')).not.toBeNull();
    await cache.forget('mei@https://team.example');
    expect(await cache.read('pipeline', 'mei@https://team.example')).toBeNull();
  });

  it('forgets what was kept of the team when the user signs out, not when a token is renewed', async () => {
    const { cache } = openCache();
    const who = session(MEI);
    forgetOnSignOut(who, cache);
    await cache.write('pipeline', 'mei@https://team.example', { fetchedAt: '2026-12-02T09:00:00.000Z', payload: {} });
    await cache.write('review', 'mei@https://team.example', { fetchedAt: '2026-12-02T09:00:00.000Z', payload: {} });
    who.set(MEI);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await cache.read('pipeline', 'mei@https://team.example')).not.toBeNull();
    who.set(null);
    await expect.poll(() => cache.read('pipeline', 'mei@https://team.example')).toBeNull();
    expect(await cache.read('review', 'mei@https://team.example')).toBeNull();
  });
});

describe('exports of team deals with no copy here', () => {
  it('fetches only the deals on the server, names why the others are missing, and reloads the rows once some came', async () => {
    const here = [row('d-a', 'Alpha')];
    const fetchedIds: string[][] = [];
    const source = teamPipelineSource({
      local: localSource(here),
      session: session(MEI),
      ask: () =>
        Promise.resolve({
          rows: [
            served('d-came', 'Comes', '2026-12-02T07:00:00.000Z'),
            served('d-refused', 'Refused', '2026-12-02T07:00:00.000Z'),
          ],
        }),
      fetchDeals: (ids) => {
        fetchedIds.push([...ids]);
        // The deal that came now has a copy here.
        here.push(row('d-came', 'Comes'));
        return Promise.resolve({ fetched: ['d-came'], failed: new Map([['d-refused', 'refused' as const]]) });
      },
      cache: openCache().cache,
    });
    await source.load(QUERY);
    let reloads = 0;
    const stop = source.onChange(() => (reloads += 1));
    const read = await source.documents(['d-a', 'd-came', 'd-refused', 'd-damaged']);
    stop();
    // A local deal that cannot be read is not asked of the server.
    expect(fetchedIds).toEqual([['d-came', 'd-refused']]);
    expect(read.documents).toHaveLength(2);
    expect(read.unread).toEqual(['d-refused', 'd-damaged']);
    expect([...(read.reasons ?? [])]).toEqual([
      ['d-refused', 'refused'],
      ['d-damaged', 'unreadable'],
    ]);
    expect(reloads).toBe(1);
  });
});
