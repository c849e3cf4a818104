/**
 * Summaries stay current without an edit (issue 12, docs/PIPELINE.md "Summaries stay
 * current"): a deal nobody edits is summarized again from its stored document as of today,
 * at start and then on a timer, keeping its last change; a deal stored before summaries
 * existed gets its row. Real PostgreSQL (a temporary cluster), and a real server started on it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_COLLAB_LIMITS } from '../../server/collab/limits';
import { summarizeAndStore, today } from '../../server/collab/summaryHook';
import { sweepSummaries } from '../../server/collab/summarySweep';
import type { Database } from '../../server/db/database';
import { openDatabase } from '../../server/db/open';
import { startServer } from '../../server/start';
import { addDeal } from '../../server/store/deals';
import { appendDocumentUpdate } from '../../server/store/documents';
import { applyDocumentToYDoc } from '../../shared/collab';
import { type PowermapDocument } from '../../shared/document';
import type { PipelineRow } from '../../shared/pipeline';
import { greenDeal, parsedDeal } from '../support/pipelineDeals';
import { addUsers, api, signIn } from './support/accounts';
import { freePort } from './support/ports';
import { startPostgres, type TestPostgres } from './support/postgres';
import { until } from './support/until';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

let postgres: TestPostgres;
let db: Database;
let databaseUrl: string;
let ownerId: string;
const logged: string[] = [];
const log = (message: string) => logged.push(message);

function ydocOf(doc: PowermapDocument): Y.Doc {
  const ydoc = new Y.Doc();
  applyDocumentToYDoc(ydoc, doc, { id: 'u-test', name: 'test' });
  return ydoc;
}

/** A deal decided on 2026-12-20 whose key people were last contacted on 2026-11-20 (stale after 30 days). */
async function storeDeal(id: string): Promise<Y.Doc> {
  await db.transaction((sql) => addDeal(sql, { id, name: id, ownerId, teamId: null }));
  const ydoc = ydocOf(parsedDeal(greenDeal(id)));
  await appendDocumentUpdate(db, id, Y.encodeStateAsUpdate(ydoc));
  return ydoc;
}

interface Stored {
  asOf: string;
  daysLeft: number | null;
  overdue: boolean;
  likelihood: number;
  status: string;
  reasons: string[];
  lastChange: PipelineRow['lastChange'];
}

async function stored(id: string): Promise<Stored | undefined> {
  const rows = await db.query<{ row: unknown; as_of: string }>(
    `select row, to_char(as_of, 'YYYY-MM-DD') as as_of from deal_summaries where deal_id = $1`,
    [id],
  );
  if (!rows[0]) return undefined;
  const row = (typeof rows[0].row === 'string' ? JSON.parse(rows[0].row) : rows[0].row) as PipelineRow;
  return {
    asOf: rows[0].as_of,
    daysLeft: row.daysLeft,
    overdue: row.overdue,
    likelihood: row.likelihood,
    status: row.status,
    reasons: row.reasons.map((r) => r.code),
    lastChange: row.lastChange,
  };
}

const at = (day: string) => () => new Date(`${day}T12:00:00Z`);

beforeAll(async () => {
  postgres = await startPostgres();
  databaseUrl = await postgres.createDatabase();
  db = await openDatabase({ databaseUrl });
  ownerId = (await addUsers(db, ['owner']))['owner']!.id;
}, 240_000);

afterAll(async () => {
  await db?.close();
  postgres?.stop();
});

describe('the summary sweep', () => {
  it('makes a row nobody edits current: days left, overdue, status and the likelihood of stale contacts', async () => {
    const ydoc = await storeDeal('deal-quiet');
    const lastChange = { at: '2026-11-25T08:00:00.000Z', by: 'lin' };
    await summarizeAndStore(db, 'deal-quiet', ydoc, { asOf: '2026-11-25', lastChange: () => lastChange });
    const then = (await stored('deal-quiet'))!;
    expect(then).toMatchObject({ asOf: '2026-11-25', daysLeft: 25, overdue: false, status: 'green' });

    // A week later: only the days left move.
    expect(await sweepSummaries(db, { now: at('2026-12-02'), log })).toEqual({ written: 1, seen: 1 });
    expect(await stored('deal-quiet')).toMatchObject({ asOf: '2026-12-02', daysLeft: 18, overdue: false, lastChange });

    // Past the decision date and past 30 days since the last contact: overdue, red, and less likely,
    // which no fact stored beside the row could have told without the map.
    await sweepSummaries(db, { now: at('2026-12-28'), log });
    const late = (await stored('deal-quiet'))!;
    expect(late).toMatchObject({ asOf: '2026-12-28', daysLeft: -8, overdue: true, status: 'red', lastChange });
    expect(late.reasons).toContain('decision-date-passed');
    expect(late.likelihood).toBeLessThan(then.likelihood);

    // Current rows are left alone.
    expect(await sweepSummaries(db, { now: at('2026-12-28'), log })).toEqual({ written: 0, seen: 0 });
  });

  it('summarizes a deal stored before summaries were kept, and passes over a document with no deal yet', async () => {
    await storeDeal('deal-unsummarized');
    await db.transaction((sql) => addDeal(sql, { id: 'deal-empty', name: 'empty', ownerId, teamId: null }));
    await appendDocumentUpdate(db, 'deal-empty', Y.encodeStateAsUpdate(new Y.Doc()));
    const result = await sweepSummaries(db, { now: at('2026-12-28'), log });
    expect(result).toEqual({ written: 1, seen: 2 });
    const row = (await stored('deal-unsummarized'))!;
    expect(row.asOf).toBe('2026-12-28');
    // No store since: the last change is the document's, by nobody known.
    expect(row.lastChange?.by).toBeNull();
    expect(await stored('deal-empty')).toBeUndefined();
  });

  it('never puts back an older state than the one summarized by a live process', async () => {
    const ydoc = await storeDeal('deal-live');
    // A live process holds a newer state (renamed) and summarized it; the stored document is older.
    const live = ydocOf(parsedDeal(greenDeal('deal-live')));
    Y.applyUpdate(live, Y.encodeStateAsUpdate(ydoc));
    applyDocumentToYDoc(live, parsedDeal(greenDeal('deal-live', { name: 'Renamed live' })), { id: 'u-2', name: 'two' });
    await summarizeAndStore(db, 'deal-live', live, { asOf: '2026-12-27', lastChange: () => null });
    await sweepSummaries(db, { now: at('2026-12-28'), log });
    const row = (
      await db.query<{ name: string }>(`select row->>'name' as name from deal_summaries where deal_id = 'deal-live'`)
    )[0];
    expect(row?.name).toBe('Renamed live');
  });

  it('runs when the server starts, so yesterday’s rows are today’s before anyone edits', async () => {
    const ydoc = await storeDeal('deal-at-start');
    await summarizeAndStore(db, 'deal-at-start', ydoc, { asOf: '2026-01-01', lastChange: () => null });
    await db.query(`update deal_summaries set as_of = '2026-01-01'`);
    const server = await startServer(
      {
        host: '127.0.0.1',
        port: await freePort(),
        databaseUrl,
        jwtSecret: 'the sweep test secret, thirty-two characters',
        trustProxy: false,
        limits: DEFAULT_COLLAB_LIMITS,
      },
      { log },
    );
    try {
      await until(async () => (await stored('deal-at-start'))?.asOf === today(), 'the row of the deal to be current');
      const session = await signIn(server.url, 'owner');
      const served = (await api(server.url, 'GET', '/api/pipeline', session.accessToken)).body as {
        rows: { dealId: string; asOf: string }[];
      };
      expect(served.rows.find((r) => r.dealId === 'deal-at-start')?.asOf).toBe(today());
    } finally {
      await server.close();
    }
    expect(logged.filter((line) => line.includes('sweep'))).toEqual([]);
  });
});
