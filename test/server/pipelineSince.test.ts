/**
 * The team's deals as of another date (issue 12): GET /api/pipeline?since=… reads every deal
 * the user may read from its stored document and gives the rows with the trend from `since`,
 * the rows as they stood then and what moved, by the same shared functions as the app's local
 * source; nothing of a deal the user may not read; a deal's part is made once per stored
 * state. Real server, real PGlite, real WebSocket clients.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pipelineSince, SinceCache } from '../../server/collab/pipelineSince';
import type { RunningServer } from '../../server/start';
import { addDeal } from '../../server/store/deals';
import type { User } from '../../server/store/users';
import { type PowermapDocument } from '../../shared/document';
import { dealAsOf, summarizeDeal, whatMoved, type DealMovement, type PipelineRow } from '../../shared/pipeline';
import { greenDeal, redDeal, parsedDeal } from '../support/pipelineDeals';
import { api } from './support/accounts';
import { openClient } from './support/client';
import { addPipelineTeams, writeThrough } from './support/pipelineTeams';
import { until } from './support/until';
import { QUICK_STORE_LIMITS, startEmbeddedServer } from './support/embeddedServer';
import { tokenIssuer } from './support/tokens';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const SECRET = 'the since test secret, thirty-two chars long';
const SINCE = '2026-11-12';
const ASOF = '2026-12-02';
let server: RunningServer;
let remove: () => void;
let users: Record<string, User>;
const token = tokenIssuer(SECRET, () => users);

interface SinceBody {
  since: string;
  asOf: string;
  rows: (PipelineRow & { asOf: string; summarizedAt: string })[];
  then: PipelineRow[];
  moved: DealMovement[];
}

async function since(bearer: string | undefined, query = `since=${SINCE}&asOf=${ASOF}`) {
  const response = await api(server.url, 'GET', `/api/pipeline?${query}`, bearer);
  return { status: response.status, body: response.body as SinceBody };
}

/** Writes `next` into the deal through a WebSocket client as `name` and waits until it is stored. */
async function write(name: string, dealId: string, next: PowermapDocument): Promise<void> {
  const writer = openClient(server.url, dealId, await token(name));
  try {
    await writeThrough(writer, { id: users[name]!.id, name }, dealId, next);
  } finally {
    writer.destroy();
  }
}

const red = parsedDeal(redDeal('deal-red'));
const green = parsedDeal(greenDeal('deal-green'));

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer(SECRET, QUICK_STORE_LIMITS));
  let retail: string;
  ({ users, retail } = await addPipelineTeams(server.db));
  await server.db.transaction((sql) =>
    addDeal(sql, { id: 'deal-empty', name: 'published, never synced', ownerId: users['owner']!.id, teamId: retail }),
  );
  await write('owner', 'deal-green', green);
  await write('owner', 'deal-red', red);
  await write('otherlead', 'deal-other', parsedDeal(redDeal('deal-other')));
  // The summaries (the last change by whom) follow the stores a moment later.
  const owner = await token('owner');
  await until(async () => {
    const answer = await api(server.url, 'GET', '/api/pipeline', owner);
    return ((answer.body as { rows?: unknown[] }).rows ?? []).length === 2;
  }, 'the summary rows');
}, 240_000);

afterAll(async () => {
  await server?.close();
  remove?.();
});

describe('the pipeline since a date', () => {
  it('gives a lead each team deal now and then, and what moved, as the shared functions make them of the document', async () => {
    const { status, body } = await since(await token('lead'), `since=${SINCE}&asOf=${ASOF}&lang=zh-CN`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ since: SINCE, asOf: ASOF, lang: 'zh-CN' });
    expect(body.rows.map((row) => row.dealId)).toEqual(['deal-green', 'deal-red']);

    const labels = { owner: 'owner (display)', team: 'Retail' };
    const redNow = body.rows.find((row) => row.dealId === 'deal-red')!;
    const expectedNow = summarizeDeal(red, { asOf: ASOF, since: SINCE, ...labels, lastChange: redNow.lastChange });
    const { summarizedAt, ...served } = redNow;
    expect(served).toEqual({ ...expectedNow, dealId: 'deal-red', asOf: ASOF });
    expect(Number.isNaN(Date.parse(summarizedAt))).toBe(false);
    // The trend is measured from the chosen date: the snapshot of 2026-11-10.
    expect(redNow.trend.since).toBe(SINCE);
    expect(redNow.trend.delta).not.toBeNull();
    expect(redNow.lastChange?.by).toBe('owner');

    // Then: the red deal as its snapshot of 2026-11-10 had it; the green one has no snapshot that old.
    const expectedThen = summarizeDeal(dealAsOf(red, SINCE)!, { asOf: SINCE, ...labels });
    expect(body.then).toEqual([{ ...expectedThen, dealId: 'deal-red' }]);

    // What moved: the attribution, worded in the language asked.
    const moved = whatMoved([red], SINCE, { asOf: ASOF, lang: 'zh-CN' });
    expect(moved).toHaveLength(1);
    expect(body.moved).toEqual(moved.map((m) => ({ ...m, dealId: 'deal-red' })));
  });

  it('gives a deal member that deal only, another team’s lead and a stranger nothing of the team’s deals', async () => {
    const editor = (await since(await token('editor'))).body;
    expect(editor.rows.map((row) => row.dealId)).toEqual(['deal-green']);
    expect(editor.then).toEqual([]);
    expect(editor.moved).toEqual([]);

    const other = (await since(await token('otherlead'))).body;
    expect(other.rows.map((row) => row.dealId)).toEqual(['deal-other']);
    expect(other.moved.map((m) => m.dealId)).toEqual(['deal-other']);
    expect(JSON.stringify(other)).not.toMatch(/deal-red|deal-green|Harbour/u);

    for (const name of ['stranger', 'member']) {
      const answer = await since(await token(name));
      expect(answer).toEqual({
        status: 200,
        body: { since: SINCE, asOf: ASOF, lang: 'en', rows: [], then: [], moved: [] },
      });
    }
    const refused = await since(undefined);
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).not.toMatch(/设备采购|Harbour/u);
  });

  it('refuses a date that is not one, a since after asOf and an unknown language, saying which', async () => {
    const lead = await token('lead');
    for (const query of [
      'since=2026-13-01',
      'since=yesterday',
      `since=${ASOF}&asOf=${SINCE}`,
      `since=${SINCE}&lang=fr`,
    ]) {
      const answer = await api(server.url, 'GET', `/api/pipeline?${query}`, lead);
      expect(answer.status, query).toBe(400);
      expect(answer.body, query).toMatchObject({ error: { code: 'invalid-query' } });
      expect(JSON.stringify(answer.body)).not.toContain('设备采购');
    }
    // Without since, the stored summaries as before.
    const plain = await api(server.url, 'GET', '/api/pipeline', lead);
    expect((plain.body as { then?: unknown }).then).toBeUndefined();
  });

  it('reads a deal’s document once per stored state: asked again, nothing is made again; an edit makes that deal’s part again', async () => {
    const cache = new SinceCache();
    const query = { since: SINCE, asOf: ASOF, lang: 'en' } as const;
    const first = await pipelineSince(server.db, users['lead']!.id, query, cache);
    // The deal published but never synced has no document: not read, not counted.
    expect(cache.computed).toBe(2);
    const again = await pipelineSince(server.db, users['lead']!.id, query, cache);
    expect(cache.computed).toBe(2);
    expect(again).toEqual(first);

    await write('editor', 'deal-green', { ...green, deal: { ...green.deal, value: 900_000 } });
    const edited = await pipelineSince(server.db, users['lead']!.id, query, cache);
    expect(cache.computed).toBe(3);
    expect(edited.rows.find((row) => row.dealId === 'deal-green')?.value).toBe(900_000);
    // Another date is another part; a small cache forgets the least recently used.
    const small = new SinceCache(1);
    await pipelineSince(server.db, users['lead']!.id, query, small);
    expect(small.size).toBe(1);
  });
});
