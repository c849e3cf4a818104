/** The packed row: every row reads back as it was packed; anything else reads as no row, never a wrong one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAP_CODES } from '../../../shared/analysis/types';
import { BUYING_ROLES, PURCHASE_STAGES, SALES_STEPS } from '../../../shared/document/vocabulary';
import { PACKED_VERSION } from '../../../shared/pipeline/packed';
import {
  packRow,
  PIPELINE_STATUSES,
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
/** What a day field may hold: a day, a day with a time, or any text (kept as text, never misread as a day). */
const dayTextArb = fc.oneof(
  dateArb,
  dateArb.map((d) => `${d}T09:30:00+08:00`),
  fc.constantFrom('0999-12-31', '2026-02-30', '2026-1-5', '20261101', ''),
  fc.string(),
);
const names = fc.array(fc.constantFrom('张总', 'Li Na', 'Person 0', ''), { maxLength: 3 });

/** rowArb with what it leaves empty filled in: a sales step, a trend, gaps (with and without a role), reasons. */
const fullRowArb: fc.Arbitrary<PipelineRow> = fc
  .record({
    row: rowArb,
    step: fc.option(fc.constantFrom(...SALES_STEPS), { nil: null }),
    daysLeft: fc.option(fc.integer({ min: -400, max: 400 }), { nil: null }),
    since: fc.option(dayTextArb, { nil: null }),
    decisionDate: fc.option(dayTextArb, { nil: null }),
    changedAt: dayTextArb,
    series: fc.array(fc.record({ date: dayTextArb, likelihood: fc.integer({ min: 0, max: 100 }) }), { maxLength: 26 }),
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
  .map(({ row, step, daysLeft, since, decisionDate, changedAt, series, gaps, reasons, by }) => ({
    ...row,
    salesStep: step,
    decisionDate,
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
    lastChange: row.lastChange === null ? null : { at: changedAt, by },
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

  it('make a row’s trend points once, when first read, and copy them as plain data', () => {
    fc.assert(
      fc.property(fullRowArb, (row) => {
        const back = unpackRow(stored(packRow(row)));
        if (back === null) throw new Error('the row did not read back');
        expect(back.trend.series).toBe(back.trend.series);
        expect(structuredClone(back)).toEqual(row);
        expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(row)));
      }),
    );
  });

  it('pack a row into well under half of its JSON', () => {
    const row = summarizeDeal(parsedDeal(redDeal()), { asOf: '2026-11-26' });
    expect(JSON.stringify(packRow(row)).length).toBeLessThan(JSON.stringify(row).length / 2);
  });

  it('keep codes and days as small numbers, and other texts in a day field as they are', () => {
    const row = summarizeDeal(parsedDeal(redDeal()), { asOf: '2026-11-26' });
    const packed = packRow({
      ...row,
      decisionDate: '2026-12-15',
      lastChange: { at: '2026-11-20T10:00:00Z', by: null },
    });
    expect(packed[6]).toBe(PURCHASE_STAGES.indexOf(row.purchaseStage));
    expect(packed[8]).toBe(20261215);
    expect(packed[21]).toBe('2026-11-20T10:00:00Z');
    expect(packed[25]).toBe(PIPELINE_STATUSES.indexOf(row.status));
    expect((packed[26] as unknown[][]).map((reason) => typeof reason[0])).toEqual(row.reasons.map(() => 'number'));
  });

  it('read a packed row of another version or layout, or no packed row at all, as none', () => {
    const row = summarizeDeal(parsedDeal(redDeal()), { asOf: '2026-11-26' });
    const packed = packRow(row);
    expect(unpackRow([PACKED_VERSION + 100, ...packed.slice(1)])).toBeNull();
    // The first layout: the row's version first, its codes and days as text.
    const firstLayout = [ROW_VERSION, ...packed.slice(1)].map((v, i) =>
      i === 6 ? row.purchaseStage : i === 25 ? row.status : v,
    );
    expect(unpackRow(firstLayout)).toBeNull();
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
    expect(damaged(6, 'evaluation')).toBeNull();
    expect(damaged(6, PURCHASE_STAGES.length)).toBeNull();
    expect(damaged(6, 0.5)).toBeNull();
    expect(damaged(7, -1)).toBeNull();
    expect(damaged(8, 2026)).toBeNull();
    expect(damaged(10, 2)).toBeNull();
    expect(damaged(11, Number.NaN)).toBeNull();
    expect(damaged(12, 20261101.5)).toBeNull();
    expect(damaged(14, [20261101])).toBeNull();
    expect(damaged(14, [true, 40])).toBeNull();
    expect(damaged(16, [GAP_CODES.length])).toBeNull();
    expect(damaged(17, [['UNCOVERED:s-1', 99, null]])).toBeNull();
    expect(damaged(17, [['UNCOVERED:s-1', 0, BUYING_ROLES.length]])).toBeNull();
    expect(damaged(17, [['UNCOVERED:s-1', 0, 'decision-maker']])).toBeNull();
    expect(damaged(25, 3)).toBeNull();
    expect(damaged(26, [[3, 'low']])).toBeNull();
    expect(damaged(26, [[STATUS_REASONS.length, 1]])).toBeNull();
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
