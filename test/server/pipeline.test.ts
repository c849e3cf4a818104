/**
 * The pipeline on the server (issue 12): a summary row per deal, written after each store of
 * the deal's document, served by GET /api/pipeline only where the user may read the deal
 * (a member of it, or the lead of its team). Real server, real PGlite, real WebSocket clients.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { today } from '../../server/collab/summaryHook';
import type { RunningServer } from '../../server/start';
import { addDeal } from '../../server/store/deals';
import type { User } from '../../server/store/users';
import { type PowermapDocument } from '../../shared/document';
import { summarizeDeal, type PipelineRow } from '../../shared/pipeline';
import { calibrationRecord, type CalibrationRecord } from '../../shared/calibration';
import { greenDeal, redDeal, parsedDeal } from '../support/pipelineDeals';
import { api } from './support/accounts';
import { OpenClients, type TestClient } from './support/client';
import { addPipelineTeams, writeThrough } from './support/pipelineTeams';
import { until } from './support/until';
import { QUICK_STORE_LIMITS, startEmbeddedServer } from './support/embeddedServer';
import { storedDeal } from './support/storedDeal';
import { tokenIssuer } from './support/tokens';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const SECRET = 'the pipeline test secret, thirty-two chars';
let server: RunningServer;
let remove: () => void;
let users: Record<string, User>;
const logged: string[] = [];
const clients = new OpenClients();
/** The extra hook throws for this deal: a plug-in that fails must not break the store. */
const THROWING_DEAL = 'deal-throws';

const token = tokenIssuer(SECRET, () => users);

type ServedRow = PipelineRow & { asOf: string; summarizedAt: string };

async function pipeline(bearer: string): Promise<{ status: number; rows: ServedRow[] }> {
  const response = await api(server.url, 'GET', '/api/pipeline', bearer);
  const body = response.body as { rows?: ServedRow[] };
  return { status: response.status, rows: body.rows ?? [] };
}

/** Opens a client on the deal as `name` (or uses `client`), writes `next` into it and waits until the server stored it. */
async function write(name: string, dealId: string, next: PowermapDocument, client?: TestClient): Promise<TestClient> {
  const writer = client ?? clients.open(server.url, dealId, await token(name));
  await writeThrough(writer, { id: users[name]!.id, name }, dealId, next);
  return writer;
}

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer(SECRET, QUICK_STORE_LIMITS, {
    log: (message) => logged.push(message),
    hooks: {
      onDocumentStored(dealId) {
        if (dealId === THROWING_DEAL) throw new Error('a plug-in that fails');
      },
    },
  }));
  let retail: string;
  ({ users, retail } = await addPipelineTeams(server.db));
  await server.db.transaction(async (sql) => {
    await addDeal(sql, { id: THROWING_DEAL, name: 'throws', ownerId: users['owner']!.id, teamId: null });
    await addDeal(sql, { id: 'deal-closed', name: 'closed', ownerId: users['owner']!.id, teamId: retail });
  });
  await write('owner', 'deal-green', parsedDeal(greenDeal('deal-green')));
  await write('owner', 'deal-red', parsedDeal(redDeal('deal-red')));
  await write('otherlead', 'deal-other', parsedDeal(greenDeal('deal-other', { name: 'Wholesale deal' })));
  await write('owner', 'deal-closed', closedDeal());
}, 240_000);

/** A deal lost on 2026-11-20, with a snapshot from ten days before: what the review reads. */
function closedDeal(): PowermapDocument {
  const open = parsedDeal(redDeal('deal-closed'));
  const outcome = {
    result: 'lost',
    closedOn: '2026-11-20',
    reason: 'price',
    note: 'PRIVATE NOTE',
    competitor: 'Acme',
  } as const;
  return { ...open, deal: { ...open.deal, outcome } };
}

interface ServedReview {
  records: CalibrationRecord[];
  open: string[];
}

async function review(bearer?: string): Promise<{ status: number; body: ServedReview }> {
  const response = await api(server.url, 'GET', '/api/review', bearer);
  return { status: response.status, body: response.body as ServedReview };
}

afterAll(async () => {
  clients.destroyAll();
  await server?.close();
  remove?.();
});

describe('the pipeline of summary rows', () => {
  it('stores the row summarizeDeal makes, and updates it after an edit through a WebSocket client', async () => {
    const owner = await token('owner');
    await until(async () => (await pipeline(owner)).rows.length === 3, 'the three rows of the owner');
    const green = parsedDeal(greenDeal('deal-green'));
    const first = (await pipeline(owner)).rows.find((row) => row.dealId === 'deal-green')!;
    const expected = summarizeDeal(green, { asOf: today(), owner: 'owner (display)', team: 'Retail' });
    expect(first).toMatchObject({
      name: 'Data centre',
      account: 'Harbour Bank',
      value: 800000,
      currency: 'USD',
      likelihood: expected.likelihood,
      status: expected.status,
      owner: 'owner (display)',
      team: 'Retail',
      asOf: today(),
    });
    expect(first.lastChange?.by).toBe('owner');
    // Every figure of the row as the shared function makes it, the search key included.
    expect(first.searchKey).toBe(expected.searchKey);
    expect(first.criticalGaps).toEqual(expected.criticalGaps);
    expect(first.reasons).toEqual(expected.reasons);

    // The editor raises the value and renames the deal; the row follows once it is stored.
    const edited: PowermapDocument = {
      ...green,
      deal: { ...green.deal, name: 'Data centre, phase 2', value: 1_250_000 },
    };
    const editor = await write('editor', 'deal-green', edited);
    await until(async () => {
      const row = (await pipeline(owner)).rows.find((r) => r.dealId === 'deal-green');
      return row?.value === 1_250_000;
    }, 'the row to show the edit');
    const after = (await pipeline(owner)).rows.find((row) => row.dealId === 'deal-green')!;
    expect(after.name).toBe('Data centre, phase 2');
    expect(after.lastChange?.by).toBe('editor');
    expect(Date.parse(after.summarizedAt)).toBeGreaterThanOrEqual(Date.parse(first.summarizedAt));
    editor.destroy();
  });

  it('gives a stranger, a plain team member and an expired or missing token nothing', async () => {
    expect(await pipeline(await token('stranger'))).toEqual({ status: 200, rows: [] });
    // A member of the team who is no member of its deals reads none of them (as for the deals themselves).
    expect(await pipeline(await token('member'))).toEqual({ status: 200, rows: [] });
    const expired = await token('owner', Date.now() - 3600_000);
    const refused = await api(server.url, 'GET', '/api/pipeline', expired);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(JSON.stringify(refused.body)).not.toContain('Harbour');
    expect((await api(server.url, 'GET', '/api/pipeline')).status).toBe(401);
  });

  it("shows a deal member that deal only, and a team lead every deal of the team, none of another team's", async () => {
    const editorRows = (await pipeline(await token('editor'))).rows.map((row) => row.dealId);
    expect(editorRows).toEqual(['deal-green']);
    const leadRows = (await pipeline(await token('lead'))).rows.map((row) => row.dealId).sort();
    expect(leadRows).toEqual(['deal-closed', 'deal-green', 'deal-red']);
    const otherRows = (await pipeline(await token('otherlead'))).rows.map((row) => row.dealId);
    expect(otherRows).toEqual(['deal-other']);
    const red = (await pipeline(await token('lead'))).rows.find((row) => row.dealId === 'deal-red')!;
    expect(red.status).toBe(summarizeDeal(parsedDeal(redDeal('deal-red')), { asOf: today() }).status);
  });
});

describe('the review of the closed deals', () => {
  it('gives a team lead the record of each closed deal of the team, and the open deals by id', async () => {
    const lead = await token('lead');
    await until(async () => (await review(lead)).body.records?.length === 1, 'the record of the closed deal');
    const { status, body } = await review(lead);
    expect(status).toBe(200);
    expect(body.open.sort()).toEqual(['deal-green', 'deal-red']);
    const record = body.records[0]!;
    // The record the shared code makes of the document, as stored.
    expect(record).toEqual(calibrationRecord(closedDeal()));
    expect(record).toMatchObject({ dealId: 'deal-closed', result: 'lost', closedOn: '2026-11-20' });
    expect(record.snapshots).toHaveLength(1);
    // Never a person's name or the outcome's own words.
    expect(JSON.stringify(body)).not.toMatch(/副总|工程师|PRIVATE NOTE|Acme/u);
    // The pipeline row of a closed deal says so; its record is not in the pipeline's answer.
    const row = (await pipeline(lead)).rows.find((r) => r.dealId === 'deal-closed')!;
    expect(row.outcome?.result).toBe('lost');
    expect(row).not.toHaveProperty('snapshots');
  });

  it('reads by the pipeline’s rule: a deal member that deal only, another team’s lead and a stranger nothing of it', async () => {
    expect((await review(await token('editor'))).body).toEqual({ records: [], open: ['deal-green'] });
    expect((await review(await token('otherlead'))).body).toEqual({ records: [], open: ['deal-other'] });
    expect((await review(await token('stranger'))).body).toEqual({ records: [], open: [] });
    expect((await review()).status).toBe(401);
  });
});

describe('a store hook that fails', () => {
  it('neither stops the store nor the summary, and leaves no document loaded', async () => {
    const deal = parsedDeal(greenDeal(THROWING_DEAL, { name: 'Stored despite the plug-in' }));
    const writer = await write('owner', THROWING_DEAL, deal);
    await until(
      () => logged.some((line) => line.includes(`onDocumentStored of deal ${THROWING_DEAL} failed`)),
      'the failing hook to be logged',
    );
    writer.destroy();
    await until(() => !server.collab.hocuspocus.documents.has(THROWING_DEAL), 'the document to be unloaded');
    const { document } = await storedDeal(server.db, THROWING_DEAL);
    expect(document?.deal.name).toBe('Stored despite the plug-in');
    // Summaries run a moment after the store (summaryDelayMs), off its path: wait for the row.
    const owner = await token('owner');
    await until(
      async () => (await pipeline(owner)).rows.some((r) => r.dealId === THROWING_DEAL),
      'the summary row of the deal whose plug-in failed',
    );
    const row = (await pipeline(owner)).rows.find((r) => r.dealId === THROWING_DEAL);
    expect(row?.name).toBe('Stored despite the plug-in');
  });

  it('when the summary itself cannot be written, still stores the deal and unloads it', async () => {
    const dealId = 'deal-summary-down';
    await server.db.transaction((sql) =>
      addDeal(sql, { id: dealId, name: 'down', ownerId: users['owner']!.id, teamId: null }),
    );
    const failed = () => logged.filter((line) => line.includes(`onDocumentStored of deal ${dealId} failed`)).length;
    await server.db.query('alter table deal_summaries rename to deal_summaries_away');
    try {
      const writer = await write('owner', dealId, parsedDeal(greenDeal(dealId, { account: 'Summary down' })));
      await until(() => failed() > 0, 'the failed summary to be logged');
      writer.destroy();
      await until(() => !server.collab.hocuspocus.documents.has(dealId), 'the document to be unloaded');
      const { document } = await storedDeal(server.db, dealId);
      expect(document?.deal.account).toBe('Summary down');
    } finally {
      await server.db.query('alter table deal_summaries_away rename to deal_summaries');
    }
    expect(server.collab.stats().storeFailures).toBe(0);
  });
});
