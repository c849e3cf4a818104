/** Filters, sorting and totals hold for every set of rows: per currency, never mixed; a row passes iff every criterion holds; sorting is stable. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PURCHASE_STAGES } from '../../../shared/document';
import {
  PIPELINE_STATUSES,
  SORT_KEYS,
  filterPipeline,
  pipelineTotals,
  rowMatches,
  sortPipeline,
  type PipelineFilter,
  type PipelineRow,
} from '../../../shared/pipeline';
import { normalizeKey } from '../../../shared/values';
import { dateArb, rowsArb } from './rowArbitrary';

const filterArb: fc.Arbitrary<PipelineFilter> = fc.record(
  {
    owners: fc.subarray(['Li Na', '王伟', 'Nobody']),
    teams: fc.subarray(['north', 'south']),
    stages: fc.subarray([...PURCHASE_STAGES]),
    statuses: fc.subarray([...PIPELINE_STATUSES]),
    decisionFrom: fc.option(dateArb, { nil: null }),
    decisionTo: fc.option(dateArb, { nil: null }),
    likelihoodMin: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    likelihoodMax: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    changedSince: fc.option(dateArb, { nil: null }),
    search: fc.constantFrom('', 'bank', 'BANK', '设备', 'li na', 'harbour bank', 'zzz', '  '),
    state: fc.constantFrom('open' as const, 'closed' as const, 'all' as const),
  },
  { requiredKeys: [] },
);

/** Each criterion on its own, written as plainly as the filter's documentation says it. */
function criteria(row: PipelineRow, f: PipelineFilter): boolean[] {
  const state = f.state ?? 'open';
  const windowGiven = (f.decisionFrom ?? null) !== null || (f.decisionTo ?? null) !== null;
  const searchable = `${normalizeKey(row.name)}\u001f${normalizeKey(row.account)}\u001f${normalizeKey(row.owner ?? '')}`;
  return [
    state === 'all' || (state === 'open' ? row.outcome === null : row.outcome !== null),
    f.owners === undefined || (row.owner !== null && f.owners.includes(row.owner)),
    f.teams === undefined || (row.team !== null && f.teams.includes(row.team)),
    f.stages === undefined || f.stages.includes(row.purchaseStage),
    f.statuses === undefined || f.statuses.includes(row.status),
    !windowGiven ||
      (row.decisionDate !== null &&
        (f.decisionFrom == null || row.decisionDate >= f.decisionFrom) &&
        (f.decisionTo == null || row.decisionDate <= f.decisionTo)),
    f.likelihoodMin == null || row.likelihood >= f.likelihoodMin,
    f.likelihoodMax == null || row.likelihood <= f.likelihoodMax,
    f.changedSince == null || (row.lastChange !== null && row.lastChange.at.slice(0, 10) >= f.changedSince),
    (f.search ?? '')
      .split(/\s+/)
      .filter((w) => normalizeKey(w) !== '')
      .every((w) => searchable.includes(normalizeKey(w))),
  ];
}

describe('filterPipeline', () => {
  it('keeps a row iff every given criterion holds, in the rows order', () => {
    fc.assert(
      fc.property(rowsArb, filterArb, (rows, filter) => {
        const kept = filterPipeline(rows, filter);
        const expected = rows.filter((row) => criteria(row, filter).every(Boolean));
        expect(kept).toEqual(expected);
        for (const row of rows) expect(rowMatches(row, filter)).toBe(criteria(row, filter).every(Boolean));
      }),
    );
  });

  it('with no criterion keeps exactly the open deals', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(filterPipeline(rows, {})).toEqual(rows.filter((row) => row.outcome === null));
        expect(filterPipeline(rows, { state: 'all' })).toEqual(rows);
      }),
    );
  });
});

describe('sortPipeline', () => {
  const keyArb = fc.constantFrom(...SORT_KEYS);
  const directionArb = fc.constantFrom('asc' as const, 'desc' as const);

  it('is a permutation of the rows, and sorting a sorted list again changes nothing', () => {
    fc.assert(
      fc.property(rowsArb, keyArb, directionArb, (rows, key, direction) => {
        const sorted = sortPipeline(rows, key, direction);
        expect(sorted).toHaveLength(rows.length);
        expect(new Set(sorted)).toEqual(new Set(rows));
        expect(sortPipeline(sorted, key, direction)).toEqual(sorted);
      }),
    );
  });

  it('orders by likelihood, equal likelihoods in their input order, in both directions', () => {
    fc.assert(
      fc.property(rowsArb, directionArb, (rows, direction) => {
        const sorted = sortPipeline(rows, 'likelihood', direction);
        const position = new Map(rows.map((row, i) => [row, i]));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          if (a.likelihood === b.likelihood) expect(position.get(a)!).toBeLessThan(position.get(b)!);
          else expect(direction === 'asc' ? a.likelihood < b.likelihood : a.likelihood > b.likelihood).toBe(true);
        }
      }),
    );
  });

  it('keeps the input order among rows whose key is equal', () => {
    fc.assert(
      fc.property(rowsArb, directionArb, (rows, direction) => {
        const sorted = sortPipeline(rows, 'status', direction);
        const position = new Map(rows.map((row, i) => [row, i]));
        for (let i = 1; i < sorted.length; i++) {
          if (sorted[i - 1]!.status === sorted[i]!.status) {
            expect(position.get(sorted[i - 1]!)!).toBeLessThan(position.get(sorted[i]!)!);
          }
        }
        const rank = { red: 0, amber: 1, green: 2 };
        const ranks = sorted.map((row) => rank[row.status]);
        const expected = ranks.slice().sort((x, y) => (direction === 'asc' ? x - y : y - x));
        expect(ranks).toEqual(expected);
      }),
    );
  });

  it('puts rows without a value or decision date last in both directions', () => {
    fc.assert(
      fc.property(rowsArb, directionArb, (rows, direction) => {
        const byValue = sortPipeline(rows, 'value', direction).map((row) => row.value === null);
        expect(byValue).toEqual(byValue.slice().sort((x, y) => Number(x) - Number(y)));
        const byDate = sortPipeline(rows, 'decisionDate', direction).map((row) => row.decisionDate);
        const known = byDate.filter((date): date is string => date !== null);
        expect(byDate.slice(0, known.length)).toEqual(known);
        expect(known).toEqual(
          known.slice().sort((a, b) => (direction === 'asc' ? a.localeCompare(b) : b.localeCompare(a))),
        );
      }),
    );
  });
});

function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

describe('pipelineTotals', () => {
  it('sums each currency on its own, never across currencies', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const totals = pipelineTotals(rows);
        const currencies = new Set(rows.map((row) => row.currency));
        expect(totals.currencies.map((c) => c.currency)).toEqual(
          [...currencies].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b))),
        );
        expect(totals.count).toBe(rows.length);
        for (const total of totals.currencies) {
          const mine = rows.filter((row) => row.currency === total.currency);
          expect(total.count).toBe(mine.length);
          expect(total.unvalued).toBe(mine.filter((row) => row.value === null).length);
          expect(total.value).toBeCloseTo(cents(mine.reduce((sum, row) => sum + (row.value ?? 0), 0)), 2);
          const weighted = mine.reduce((sum, row) => sum + ((row.value ?? 0) * row.likelihood) / 100, 0);
          expect(total.weighted).toBeCloseTo(cents(weighted), 2);
          expect(total.weighted).toBeLessThanOrEqual(total.value + 0.01);
          expect(total.movement).toBeNull();
        }
        expect(totals.currencies.reduce((sum, c) => sum + c.count, 0)).toBe(rows.length);
      }),
    );
  });

  it('a deal in another currency never changes a currency total', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (rows, others) => {
        const usd = rows.filter((row) => row.currency === 'USD');
        const noUsd = others.filter((row) => row.currency !== 'USD');
        const alone = pipelineTotals(usd).currencies.find((c) => c.currency === 'USD');
        const mixed = pipelineTotals([...noUsd, ...usd]).currencies.find((c) => c.currency === 'USD');
        expect(mixed).toEqual(alone);
      }),
    );
  });

  it('moves by now minus then in each currency, including currencies present only then', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (now, then) => {
        const totals = pipelineTotals(now, then);
        const a = pipelineTotals(now).currencies;
        const b = pipelineTotals(then).currencies;
        for (const total of totals.currencies) {
          const x = a.find((c) => c.currency === total.currency);
          const y = b.find((c) => c.currency === total.currency);
          expect(total.movement).not.toBeNull();
          expect(total.movement!.count).toBe((x?.count ?? 0) - (y?.count ?? 0));
          expect(total.movement!.value).toBeCloseTo((x?.value ?? 0) - (y?.value ?? 0), 2);
          expect(total.movement!.weighted).toBeCloseTo((x?.weighted ?? 0) - (y?.weighted ?? 0), 2);
        }
        const codes = new Set([...a, ...b].map((c) => c.currency));
        expect(totals.currencies).toHaveLength(codes.size);
      }),
    );
  });
});
