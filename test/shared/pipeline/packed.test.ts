/** The packed row: every row reads back as it was packed; anything else reads as no row, never a wrong one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAP_CODES } from '../../../shared/analysis/types';
import { BUYING_ROLES, SALES_STEPS } from '../../../shared/document/vocabulary';
import {
  packRow,
  PipelineRowSchema,
  ROW_VERSION,
  STATUS_REASONS,
  summarizeDeal,
  unpackRow,
  type PipelineRow,
  type StatusReason,
} from '../../../shared/pipeline';
import { greenDeal, lostDeal, redDeal, parsedDeal } from '../../support/pipelineDeals';
import { dateArb, rowArb } from './rowArbitrary';

/** As the cache or a file hands it back: a copy through JSON (IndexedDB's copy keeps the same values). */
function stored(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

const RED: ReadonlySet<string> = new Set(STATUS_REASONS.slice(0, 4));
const names = fc.array(fc.constantFrom('张总', 'Li Na', 'Person 0', ''), { maxLength: 3 });

/** rowArb with what it leaves empty filled in: a sales step, a trend, gaps (with and without a role), reasons. */
const fullRowArb: fc.Arbitrary<PipelineRow> = fc
  .record({
    row: rowArb,
    step: fc.option(fc.constantFrom(...SALES_STEPS), { nil: null }),
    daysLeft: fc.option(fc.integer({ min: -400, max: 400 }), { nil: null }),
    since: fc.option(dateArb, { nil: null }),
    series: fc.array(fc.record({ date: dateArb, likelihood: fc.integer({ min: 0, max: 100 }) }), { maxLength: 26 }),
    gaps: fc.array(
      fc.record({
        code: fc.constantFrom(...GAP_CODES),
        role: fc.option(fc.constantFrom(...BUYING_ROLES), { nil: null }),
        people: names,
      }),
      { maxLength: 4 },
    ),
    reasons: fc.array(
      fc.record({
        code: fc.constantFrom(...STATUS_REASONS),
        figure: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }),
        people: names,
      }),
      { maxLength: 5 },
    ),
    by: fc.option(fc.constantFrom('王伟', 'Li Na'), { nil: null }),
  })
  .map(({ row, step, daysLeft, since, series, gaps, reasons, by }) => ({
    ...row,
    salesStep: step,
    daysLeft,
    overdue: daysLeft !== null && daysLeft < 0,
    trend: { ...row.trend, since, series },
    criticalGaps: {
      count: gaps.length,
      codes: [...new Set(gaps.map((g) => g.code))],
      gaps: gaps.map(({ code, role, people }, i) => ({
        key: `${code}:s-${i}`,
        code,
        ...(role === null ? {} : { role }),
        people,
      })),
    },
    lastChange: row.lastChange === null ? null : { ...row.lastChange, by },
    reasons: reasons.map(({ code, figure, people }): StatusReason => ({
      code,
      severity: RED.has(code) ? 'red' : 'amber',
      people,
      figure,
    })),
  }));

describe('packRow and unpackRow', () => {
  it('give back every row as it was, through a stored copy', () => {
    fc.assert(
      fc.property(fullRowArb, (row) => {
        expect(unpackRow(stored(packRow(row)))).toEqual(row);
      }),
    );
  });

  it('give back the rows summarizeDeal makes (open, red and lost deals), which the schema reads', () => {
    for (const raw of [greenDeal(), redDeal(), lostDeal()]) {
      const row = summarizeDeal(parsedDeal(raw), { asOf: '2026-11-26', owner: 'Li Na', team: 'north' });
      const back = unpackRow(stored(packRow(row)));
      expect(back).toEqual(row);
      expect(PipelineRowSchema.safeParse(back).success).toBe(true);
    }
  });

  it('pack a row into well under half of its JSON', () => {
    const row = summarizeDeal(parsedDeal(redDeal()), { asOf: '2026-11-26' });
    expect(JSON.stringify(packRow(row)).length).toBeLessThan(JSON.stringify(row).length / 2);
  });

  it('read a packed row of another version, or no packed row at all, as none', () => {
    const packed = packRow(summarizeDeal(parsedDeal(greenDeal()), { asOf: '2026-11-26' }));
    expect(unpackRow([ROW_VERSION + 1, ...packed.slice(1)])).toBeNull();
    expect(unpackRow(packed.slice(0, -1))).toBeNull();
    for (const junk of [null, undefined, 'row', 42, {}, { ...packed }]) expect(unpackRow(junk)).toBeNull();
  });

  it('read a row with one of its fields damaged, whichever, as none', () => {
    fc.assert(
      fc.property(fullRowArb, fc.integer({ min: 1, max: 28 }), (row, index) => {
        const packed = [...packRow(row)];
        packed[index] = { damaged: true };
        expect(unpackRow(stored(packed))).toBeNull();
      }),
    );
  });

  it('read unknown codes, a broken trend, gap or reason as no row', () => {
    const packed = packRow(summarizeDeal(parsedDeal(redDeal()), { asOf: '2026-11-26' }));
    const damaged = (index: number, value: unknown) => unpackRow(packed.map((v, i) => (i === index ? value : v)));
    expect(damaged(6, 'haggling')).toBeNull();
    expect(damaged(7, 'dancing')).toBeNull();
    expect(damaged(10, 'yes')).toBeNull();
    expect(damaged(11, Number.NaN)).toBeNull();
    expect(damaged(14, ['2026-11-01'])).toBeNull();
    expect(damaged(16, ['NOT_A_RULE'])).toBeNull();
    expect(damaged(17, [['UNCOVERED:s-1', 'NOT_A_RULE', null]])).toBeNull();
    expect(damaged(17, [['UNCOVERED:s-1', 'UNCOVERED', 'boss']])).toBeNull();
    expect(damaged(25, 'purple')).toBeNull();
    expect(damaged(26, [['likelihood-low', 'low']])).toBeNull();
    expect(damaged(26, [['not-a-reason', 1]])).toBeNull();
    expect(damaged(27, { result: 'won' })).toBeNull();
  });

  it('never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => unpackRow(value)).not.toThrow();
      }),
    );
  });
});
