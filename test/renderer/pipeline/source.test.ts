/// <reference lib="dom" />
import { afterEach, describe, expect, it } from 'vitest';
import type { PowermapDocument } from '../../../shared/document';
import { packRow, unpackRow } from '../../../shared/pipeline';
import { SummaryCache } from '../../../renderer/persistence/summaryCache';
import type { DealRepository } from '../../../renderer/persistence/repository';
import { localPipelineSource, PIPELINE_CACHE_FORMAT, type CachedRows } from '../../../renderer/pipeline/source';
import { makeDocument, person } from '../../support/builders';
import { fakeIndexedDB, openRepository, uniqueName } from '../persistence/helpers';

const ASOF = '2026-12-02';

function deal(id: string, name: string, extra: Record<string, unknown> = {}): PowermapDocument {
  return makeDocument({
    deal: { id, name, account: `${name} Ltd`, value: 1000, currency: 'EUR', decisionDate: '2026-12-20', ...extra },
    stakeholders: [person(`${id}-p`, { name: '张总' })],
  });
}

/** Counts the documents the source reads, to tell a cached row from a computed one. */
function countingLoads(repository: DealRepository): { repository: DealRepository; loads: string[] } {
  const loads: string[] = [];
  const counting = Object.create(repository) as DealRepository;
  counting.loadDeal = (id: string) => {
    loads.push(id);
    return repository.loadDeal(id);
  };
  return { repository: counting, loads };
}

const noSync = { onLibraryChange: () => () => {} };
const caches: SummaryCache<CachedRows>[] = [];
function openCache(): SummaryCache<CachedRows> {
  const cache = new SummaryCache<CachedRows>(PIPELINE_CACHE_FORMAT, uniqueName('summaries'), fakeIndexedDB);
  caches.push(cache);
  return cache;
}
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

describe('the local pipeline source', () => {
  it('sums up every live deal once, then reads the cached rows until a deal is written', async () => {
    const { repository: stored } = openRepository();
    await stored.createDeal(deal('d-a', 'Alpha'));
    await stored.createDeal(deal('d-b', 'Beta'));
    const { repository, loads } = countingLoads(stored);
    const source = localPipelineSource({ repository, sync: noSync, cache: openCache() });

    const first = await source.load({ asOf: ASOF, since: null });
    expect(first.rows.map((r) => r.name).sort()).toEqual(['Alpha', 'Beta']);
    expect(first.then).toBeNull();
    expect(loads.sort()).toEqual(['d-a', 'd-b']);

    loads.length = 0;
    const again = await source.load({ asOf: ASOF, since: null });
    expect(again.rows).toEqual(first.rows);
    expect(loads).toEqual([]);

    // An edit changes the deal's updatedAt: that deal alone is summed up again.
    const loaded = await stored.loadDeal('d-b');
    if (loaded.status !== 'ok') throw new Error('d-b did not load');
    await stored.replaceDeal({ ...loaded.document, deal: { ...loaded.document.deal, name: 'Beta 2' } });
    const after = await source.load({ asOf: ASOF, since: null });
    expect(loads).toEqual(['d-b']);
    expect(after.rows.map((r) => r.name).sort()).toEqual(['Alpha', 'Beta 2']);
  });

  it('computes the rows again for another day or another "since", and leaves deleted deals out', async () => {
    const { repository: stored } = openRepository();
    await stored.createDeal(deal('d-a', 'Alpha'));
    await stored.createDeal(deal('d-b', 'Beta'));
    const { repository, loads } = countingLoads(stored);
    const source = localPipelineSource({ repository, sync: noSync, cache: openCache() });
    await source.load({ asOf: ASOF, since: null });
    loads.length = 0;

    const tomorrow = await source.load({ asOf: '2026-12-03', since: null });
    expect(loads.length).toBe(2);
    expect(tomorrow.rows.find((r) => r.name === 'Alpha')?.daysLeft).toBe(17);

    await stored.deleteDeal('d-a');
    const withSince = await source.load({ asOf: ASOF, since: '2026-11-01' });
    expect(withSince.rows.map((r) => r.name)).toEqual(['Beta']);
    // No snapshot as old as the date: no row "then" for the deal.
    expect(withSince.then).toEqual([]);
  });

  it('keeps the rows packed, and computes a damaged cached row again from its document', async () => {
    const { repository: stored } = openRepository();
    await stored.createDeal(deal('d-a', 'Alpha'));
    await stored.createDeal(deal('d-b', 'Beta'));
    const { repository, loads } = countingLoads(stored);
    const cache = openCache();
    const source = localPipelineSource({ repository, sync: noSync, cache });
    const first = await source.load({ asOf: ASOF, since: null });

    const deals = await stored.listDeals();
    const kept = await cache.valid(deals);
    expect(kept.get('d-a')?.now).toEqual(packRow(first.rows.find((r) => r.dealId === 'd-a')!));
    const beta = deals.find((d) => d.id === 'd-b')!;
    const damaged = { ...kept.get('d-b')!, now: ['not', 'a', 'row'] };
    await cache.store([{ dealId: 'd-b', updatedAt: beta.updatedAt, summary: damaged }]);

    loads.length = 0;
    const again = await source.load({ asOf: ASOF, since: null });
    expect(loads).toEqual(['d-b']);
    expect(again.rows).toEqual(first.rows);
    expect(unpackRow((await cache.valid(deals)).get('d-b')?.now)).toEqual(first.rows.find((r) => r.dealId === 'd-b'));
  });

  it('tells the default view’s first rows before every row once all are cached, and none while one is computed', async () => {
    const { repository: stored } = openRepository();
    const days = ['2027-03-01', '2026-12-20', null, '2027-01-15', '2026-12-24'];
    for (const [i, day] of days.entries()) await stored.createDeal(deal(`d-${i}`, `Deal ${i}`, { decisionDate: day }));
    await stored.createDeal(
      deal('d-won', 'Won', { decisionDate: '2026-12-05', outcome: { result: 'won', closedOn: '2026-12-01' } }),
    );
    const source = localPipelineSource({ repository: stored, sync: noSync, cache: openCache() });
    const query = { asOf: ASOF, since: null };
    const screens: { names: string[]; of: number | undefined }[] = [];
    const tell = (data: { rows: readonly { name: string }[]; firstScreenOf?: number }) =>
      screens.push({ names: data.rows.map((r) => r.name), of: data.firstScreenOf });

    // The first read computes every row: nothing to tell before them.
    const computed = await source.load(query, tell);
    expect(screens).toEqual([]);
    expect(computed.firstScreenOf).toBeUndefined();

    const all = await source.load(query, tell);
    const openByDay = ['Deal 1', 'Deal 4', 'Deal 3', 'Deal 0', 'Deal 2'];
    expect(screens).toEqual([{ names: openByDay, of: 5 }]);
    expect(all.firstScreenOf).toBeUndefined();
    expect(all.rows.map((r) => r.name).sort()).toEqual([...openByDay, 'Won'].sort());
  });

  it('reads a cache of another format as empty', async () => {
    const name = uniqueName('summaries');
    const old = new SummaryCache<string>(0, name, fakeIndexedDB);
    await old.store([{ dealId: 'd-a', updatedAt: 'x', summary: 'old' }]);
    old.close();
    const cache = new SummaryCache<string>(1, name, fakeIndexedDB);
    caches.push(cache as unknown as SummaryCache<CachedRows>);
    expect((await cache.valid([{ id: 'd-a', updatedAt: 'x' }])).size).toBe(0);
  });

  it('gives the documents of the deals asked for, in that order, and names those it cannot read', async () => {
    const { repository } = openRepository();
    await repository.createDeal(deal('d-a', 'Alpha'));
    await repository.createDeal(deal('d-b', 'Beta'));
    const source = localPipelineSource({ repository, sync: noSync, cache: openCache() });
    const { documents, unread } = await source.documents(['d-b', 'd-missing', 'd-a']);
    expect(documents.map((doc) => doc.deal.name)).toEqual(['Beta', 'Alpha']);
    expect(documents[0]!.stakeholders[0]!.name).toBe('张总');
    expect(unread).toEqual(['d-missing']);
  });
});
