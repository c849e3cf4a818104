/// <reference lib="dom" />
/**
 * The pipeline's summary cache: an entry is handed back only for the deal it was computed
 * for, at the deal's `updatedAt` and in the reader's format, whatever else the table holds
 * (entries of deals no longer listed, of another format, of an older write).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { SummaryCache } from '../../../renderer/persistence/summaryCache';
import { fakeIndexedDB, uniqueName } from './helpers';

const FORMAT = 3;
const caches: SummaryCache<unknown>[] = [];
function openCache(name: string, format = FORMAT): SummaryCache<string> {
  const cache = new SummaryCache<string>(format, name, fakeIndexedDB);
  caches.push(cache);
  return cache;
}
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

const ids = fc.constantFrom('d-1', 'd-2', 'd-3', 'd-4', 'd-5', 'd-6');
const times = fc.constantFrom('2026-11-30T08:00:00Z', '2026-12-01T09:00:00Z', '2026-12-02T10:00:00Z');
/** What was stored: per deal, the `updatedAt` it was computed at and the format it was written in. */
const storedArb = fc.uniqueArray(fc.record({ dealId: ids, updatedAt: times, format: fc.constantFrom(2, FORMAT) }), {
  selector: (entry) => entry.dealId,
});
/** The deals asked for: the library's lines now. */
const askedArb = fc.uniqueArray(fc.record({ id: ids, updatedAt: times }), { selector: (deal) => deal.id });

describe('the summary cache', () => {
  it('hands back, for every deal asked, the entry stored at its updatedAt in this format, and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(storedArb, askedArb, async (stored, asked) => {
        const name = uniqueName('summaries');
        for (const format of [2, FORMAT]) {
          const entries = stored.filter((entry) => entry.format === format);
          const summaries = entries.map((entry) => ({ ...entry, summary: `${entry.dealId}@${entry.updatedAt}` }));
          await openCache(name, format).store(summaries);
        }
        const found = await openCache(name).valid(asked);
        const expected = new Map(
          asked.flatMap((deal) => {
            const entry = stored.find((e) => e.dealId === deal.id);
            const fresh = entry?.updatedAt === deal.updatedAt && entry.format === FORMAT;
            return fresh ? [[deal.id, `${deal.id}@${deal.updatedAt}`] as const] : [];
          }),
        );
        expect(found).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('answers with nothing for no deals, and forgets the entries of deals no longer kept', async () => {
    const name = uniqueName('summaries');
    const cache = openCache(name);
    const at = '2026-12-02T10:00:00Z';
    await cache.store([
      { dealId: 'd-1', updatedAt: at, summary: 'one' },
      { dealId: 'd-2', updatedAt: at, summary: 'two' },
    ]);
    expect(await cache.valid([])).toEqual(new Map());
    await cache.keepOnly(new Set(['d-2']));
    const asked = [
      { id: 'd-1', updatedAt: at },
      { id: 'd-2', updatedAt: at },
    ];
    expect(await cache.valid(asked)).toEqual(new Map([['d-2', 'two']]));
  });
});
