/** The first screen picked from packed rows is always the first rows of the full default view. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterPipeline,
  firstScreen,
  packRow,
  sortPipeline,
  unpackRow,
  type PackedRow,
} from '../../../shared/pipeline';
import { dateArb, rowArb } from './rowArbitrary';

/** The default view over every row that unpacks, as the board shows it once all are read. */
function fullView(packed: readonly PackedRow[]) {
  const rows = packed.map(unpackRow).filter((row) => row !== null);
  return sortPipeline(filterPipeline(rows, { state: 'open' }), 'decisionDate', 'asc');
}

/** A packed row as a store may hand it back: as packed, damaged, of another version, or a decision day kept as text. */
const storedArb = fc.oneof(
  { weight: 6, arbitrary: rowArb.map(packRow) },
  { weight: 1, arbitrary: rowArb.map((row) => packRow(row).with(0, 1)) },
  { weight: 1, arbitrary: rowArb.map((row) => packRow(row).with(1, 42)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(rowArb, fc.constantFrom<unknown>('soon', '2026-1-5', null, 2026.5, 12), dateArb)
      .map(([row, day, text]) => packRow(row).with(8, day === null ? text : day)),
  },
  { weight: 1, arbitrary: fc.constantFrom<PackedRow>([], [1, 2, 3]) },
);

describe('firstScreen', () => {
  it('is the first rows of the full default view, in its order, with their places', () => {
    fc.assert(
      fc.property(fc.array(storedArb, { maxLength: 80 }), fc.nat({ max: 30 }), (packed, count) => {
        const screen = firstScreen(packed, count);
        const full = fullView(packed);
        expect(screen.rows).toEqual(full.slice(0, count));
        expect(screen.places.map((place) => unpackRow(packed[place]))).toEqual(screen.rows);
        expect(screen.open).toBeGreaterThanOrEqual(full.length);
        // Nothing passed over: every row read before the screen filled unpacks.
        if (screen.skipped === 0 && screen.rows.length < count) expect(screen.open).toBe(full.length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts every open packed row and unpacks none when asked for no rows', () => {
    const rows = [packRow({ ...fc.sample(rowArb, 1)[0]!, outcome: null }), [], packRow(fc.sample(rowArb, 1)[0]!)];
    const screen = firstScreen(rows, 0);
    expect(screen.rows).toEqual([]);
    expect(screen.open).toBe(1 + (rows[2]![27] === null ? 1 : 0));
  });
});
