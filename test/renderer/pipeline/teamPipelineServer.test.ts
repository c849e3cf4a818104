/// <reference lib="dom" />
/**
 * The team's deals in "what moved", the rows of the `since` date and the exports, against a
 * real team server (issue 12): the app's own team services (renderer/team/teamServices.ts) and
 * local pipeline source on fake-indexeddb, signed in as a team lead who never opened the
 * team's deals. The server makes the rows then and the movements from the stored documents;
 * they are kept for offline; an export fetches the deals never opened here, names those the
 * server refuses or that cannot be fetched offline, and exports the others when asked.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../../../server/start';
import { SummaryCache } from '../../../renderer/persistence/summaryCache';
import { fetchSharedDeals, type FetchProgress } from '../../../renderer/team/fetchSharedDeals';
import { fetchTeamPipeline, fetchTeamPipelineSince } from '../../../renderer/team/teamApi';
import { createTeamServices } from '../../../renderer/team/teamServices';
import { localPipelineSource, PIPELINE_CACHE_FORMAT, type CachedRows } from '../../../renderer/pipeline/source';
import { teamPipelineSource } from '../../../renderer/pipeline/teamSource';
import {
  readPipelineDocuments,
  writePipelineExport,
  type PipelineExportEnvironment,
} from '../../../renderer/pipeline/runPipelineExport';
import { DEFAULT_PRIVACY } from '../../../renderer/pipeline/exportModel';
import { applyDocumentToYDoc } from '../../../shared/collab';
import { type PowermapDocument } from '../../../shared/document';
import { dealAsOf, summarizeDeal, whatMoved } from '../../../shared/pipeline';
import { addTeamWith, addUsers, api, PASSWORD, signIn } from '../../server/support/accounts';
import { openClient } from '../../server/support/client';
import { until } from '../../server/support/until';
import { greenDeal, redDeal, parsedDeal } from '../../support/pipelineDeals';
import { makeDocument } from '../../support/builders';
import { fakeIndexedDB, openRepository, uniqueName } from '../persistence/helpers';
import { QUICK_STORE_LIMITS, startEmbeddedServer } from '../../server/support/embeddedServer';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 240_000 });

const SINCE = '2026-11-12';
const ASOF = new Date().toISOString().slice(0, 10);
let server: RunningServer;
let remove: () => void;
let closed = false;

/** Publishes a deal as `name` (to Retail unless `team` is null) and writes it through a collaboration client. */
async function writeDeal(name: string, id: string, document: PowermapDocument, team: string | null = 'Retail') {
  const { accessToken } = await signIn(server.url, name);
  const body = { id, name: document.deal.name, ...(team ? { team } : {}) };
  expect((await api(server.url, 'POST', '/api/deals', accessToken, body)).status).toBe(201);
  const client = openClient(server.url, id, accessToken);
  try {
    await until(() => client.provider.isSynced, `${name} to connect to ${id}`);
    applyDocumentToYDoc(client.doc, document, { id: name, name });
    await until(() => client.acknowledged(), `${id} to be stored`);
  } finally {
    client.destroy();
  }
  return accessToken;
}

const red = parsedDeal(redDeal('d-red'));
const green = parsedDeal(greenDeal('d-green', { name: 'Harbour Bank data centre' }));
const viewed = parsedDeal(greenDeal('d-viewed', { name: 'Ana’s tender', account: 'Coastal Power' }));
const later = parsedDeal(greenDeal('d-later', { name: 'Fetched later', account: 'Pier Freight' }));
let anaToken: string;

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer('the team pipeline test secret, 32+ chars', QUICK_STORE_LIMITS));
  const users = await addUsers(server.db, ['mei', 'lin', 'ana']);
  await addTeamWith(server.db, 'Retail', [{ user: users['mei']!, lead: true }, { user: users['lin']! }]);
  await writeDeal('lin', 'd-red', red);
  await writeDeal('lin', 'd-green', green);
  await writeDeal('lin', 'd-later', later);
  // Ana's deal is in no team: Mei reads it as a viewer, until Ana removes her.
  anaToken = await writeDeal('ana', 'd-viewed', viewed, null);
  expect((await api(server.url, 'PUT', '/api/deals/d-viewed/members/mei', anaToken, { role: 'viewer' })).status).toBe(
    200,
  );
  const mei = (await signIn(server.url, 'mei')).accessToken;
  await until(async () => {
    const answer = await api(server.url, 'GET', '/api/pipeline', mei);
    return ((answer.body as { rows?: unknown[] }).rows ?? []).length === 4;
  }, 'the summary rows of the four deals');
}, 240_000);

afterAll(async () => {
  if (!closed) await server?.close();
  remove?.();
});

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  return storage as Storage;
}

/** Mei's app: her own deal in the library, signed in to the team server, no team deal opened. */
async function meiApp() {
  const { db, repository } = openRepository({ start: new Date().toISOString() });
  await repository.createDeal(
    makeDocument({ deal: { id: 'd-mine', name: 'Mei’s own deal', decisionDate: '2026-12-20' } }),
  );
  const team = createTeamServices({ db, repository, storage: memoryStorage() });
  const session = team.store.session;
  await session.signIn(server.url, 'mei', PASSWORD);
  const local = localPipelineSource({
    repository,
    sync: { onLibraryChange: () => () => {} },
    cache: new SummaryCache<CachedRows>(PIPELINE_CACHE_FORMAT, uniqueName('summaries'), fakeIndexedDB),
  });
  const source = teamPipelineSource({
    local,
    session,
    ask: () => fetchTeamPipeline(session),
    askSince: (query) => fetchTeamPipelineSince(session, query),
    fetchDeals: (ids, options) =>
      fetchSharedDeals({ session, openDoc: team.openDoc, link: (deal) => team.store.link(deal) }, ids, options),
    cache: team.cache,
  });
  /** The same app with the server out of reach: every question to it fails. */
  const offline = teamPipelineSource({
    local,
    session,
    ask: () => Promise.reject(new Error('offline')),
    askSince: () => Promise.reject(new Error('offline')),
    cache: team.cache,
  });
  return { repository, team, source, offline };
}

let started: ReturnType<typeof meiApp> | undefined;
/** Mei's app, made once the server is up and shared by the tests in order. */
const app = () => (started ??= meiApp());

function exportEnv(source: PipelineExportEnvironment['source'], rows: PipelineExportEnvironment['rows']) {
  const saved: Uint8Array[] = [];
  const env: PipelineExportEnvironment = {
    source,
    rows,
    lang: 'en',
    asOf: ASOF,
    since: SINCE,
    platform: {
      saveExportFile: (request) => {
        saved.push(request.bytes);
        return Promise.resolve({ path: `/tmp/${request.suggestedName}` });
      },
    },
  };
  return { env, saved };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the team’s deals since a date', () => {
  it('gives the rows then and what moved of team deals never opened here, as the shared functions make them', async () => {
    const { source } = await app();
    const data = await source.load({ asOf: ASOF, since: SINCE });
    expect(data.rows.map((row) => row.dealId).sort()).toEqual(['d-green', 'd-later', 'd-mine', 'd-red', 'd-viewed']);
    expect([...(data.remote ?? [])].sort()).toEqual(['d-green', 'd-later', 'd-red', 'd-viewed']);
    expect(data.team?.offline).toBe(false);
    const redRow = data.rows.find((row) => row.dealId === 'd-red')!;
    expect(redRow).toMatchObject({ owner: 'lin (display)', team: 'Retail', trend: { since: SINCE } });
    expect(redRow.trend.delta).toBe(summarizeDeal(red, { asOf: ASOF, since: SINCE }).trend.delta);
    // The red deal as its snapshot had it on that date, the team's owner and team kept for the filters.
    const redThen = data.then?.find((row) => row.dealId === 'd-red');
    expect(redThen).toEqual({
      ...summarizeDeal(dealAsOf(red, SINCE)!, { asOf: SINCE, owner: 'lin (display)', team: 'Retail' }),
      dealId: 'd-red',
    });

    const moved = await source.movements(SINCE, ASOF, 'zh-CN');
    expect(moved.team).toMatchObject({ offline: false });
    const expected = whatMoved([red], SINCE, { asOf: ASOF, lang: 'zh-CN' })[0]!;
    expect(moved.movements.find((m) => m.dealId === 'd-red')).toEqual(expected);
  });

  it('offline, shows what was kept of the team, saying as of when', async () => {
    const { source, offline } = await app();
    // The pipeline opens without a date: the team's rows are kept as the summaries have them.
    await source.load({ asOf: ASOF, since: null });
    const online = await source.movements(SINCE, ASOF, 'en');
    const away = await offline.movements(SINCE, ASOF, 'en');
    expect(away.team).toEqual({ at: online.team?.at, offline: true });
    expect(away.movements.map((m) => m.dealId)).toContain('d-red');
    // Kept in one language, not shown as if it were another.
    const otherLang = await offline.movements(SINCE, ASOF, 'zh-CN');
    expect(otherLang.team).toEqual({ at: null, offline: true });
    expect(otherLang.movements.map((m) => m.dealId)).not.toContain('d-red');

    const rows = await offline.load({ asOf: ASOF, since: SINCE });
    expect(rows.team?.offline).toBe(true);
    expect(rows.then?.map((row) => row.dealId)).toContain('d-red');
    // Another date, never asked online: the team's rows as last kept, without their "then".
    const other = await offline.load({ asOf: ASOF, since: '2026-11-01' });
    expect(other.rows.map((row) => row.dealId)).toContain('d-red');
    expect(other.then?.map((row) => row.dealId)).not.toContain('d-red');
  });
});

describe('exporting team deals never opened here', () => {
  it('fetches them with progress, then the CSV and the pack hold them beside the local deal', async () => {
    const { source, repository, team } = await app();
    const data = await source.load({ asOf: ASOF, since: SINCE });
    const { env, saved } = exportEnv(source, data.rows);
    const progress: FetchProgress[] = [];
    const read = await readPipelineDocuments(['d-mine', 'd-red'], env, { onProgress: (p) => progress.push(p) });
    expect(read.outcome).toBe('read');
    if (read.outcome !== 'read') return;
    expect(read.documents.map((doc) => doc.deal.name)).toEqual(['Mei’s own deal', red.deal.name]);
    expect(progress.at(0)).toEqual({ done: 0, total: 1 });
    expect(progress.at(-1)).toEqual({ done: 1, total: 1 });

    expect(await writePipelineExport('csv', read.documents, DEFAULT_PRIVACY, env)).toMatchObject({ outcome: 'saved' });
    const csv = text(saved[0]!);
    expect(csv).toContain('Mei’s own deal');
    expect(csv).toContain(red.deal.name);
    const pack = await writePipelineExport('pack', read.documents, DEFAULT_PRIVACY, env);
    const titles = pack.outcome === 'pack' ? pack.job.pack.deals.map((deal) => deal.title) : [];
    // In the order of the review: the red deal first.
    expect(titles).toHaveLength(2);
    expect(titles[0]).toContain(red.deal.name);
    expect(titles[1]).toContain('Mei’s own deal');
    // The fetched deal is now on this device, linked to the server as opening it does.
    expect((await repository.listDeals()).map((deal) => deal.id)).toContain('d-red');
    expect(team.store.linkedIds()).toContain('d-red');
  });

  it('names a deal the server refuses, and exports the others only from what was read', async () => {
    const { source, repository } = await app();
    const data = await source.load({ asOf: ASOF, since: null });
    // Ana removes Mei from her deal after Mei's pipeline listed it.
    expect((await api(server.url, 'DELETE', '/api/deals/d-viewed/members/mei', anaToken)).status).toBe(204);
    const { env, saved } = exportEnv(source, data.rows);
    const read = await readPipelineDocuments(['d-green', 'd-viewed'], env);
    expect(read).toMatchObject({
      outcome: 'missing',
      messages: ['The server refused 1 deal, which is no longer shared with you: Ana’s tender.'],
    });
    if (read.outcome !== 'missing') return;
    expect(read.documents.map((doc) => doc.deal.name)).toEqual(['Harbour Bank data centre']);
    await writePipelineExport('csv', read.documents, DEFAULT_PRIVACY, env);
    expect(text(saved[0]!)).toContain('Harbour Bank data centre');
    expect(text(saved[0]!)).not.toContain('Ana’s tender');
    expect((await repository.listDeals()).map((deal) => deal.id)).not.toContain('d-viewed');
  });

  it('cancelled, exports nothing and lists no half-fetched deal', async () => {
    const { source, repository } = await app();
    const data = await source.load({ asOf: ASOF, since: null });
    const { env } = exportEnv(source, data.rows);
    const controller = new AbortController();
    const read = await readPipelineDocuments(['d-later'], env, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(read).toEqual({ outcome: 'cancelled' });
    expect((await repository.listDeals()).map((deal) => deal.id)).not.toContain('d-later');
  });

  it('with the server gone, names the deals that could not be fetched as offline', async () => {
    const { source } = await app();
    const data = await source.load({ asOf: ASOF, since: null });
    await server.close();
    closed = true;
    const { env } = exportEnv(source, data.rows);
    const read = await readPipelineDocuments(['d-mine', 'd-later'], env);
    expect(read).toMatchObject({
      outcome: 'missing',
      messages: ['1 team deal could not be fetched, because the server cannot be reached: Fetched later.'],
    });
    if (read.outcome === 'missing') expect(read.documents.map((doc) => doc.deal.id)).toEqual(['d-mine']);
  });
});
