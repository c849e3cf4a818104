/**
 * The default view's first rows, found in packed rows without unpacking them all (issue 12:
 * the first draw under 1 s). The pipeline opens on the open deals by decision date, earliest
 * first (`DEFAULT_VIEW`); its first screen is a few dozen of thousands of rows. Reading two
 * fields of each packed row (the outcome, the decision day) orders them; only the rows that
 * fill the screen are unpacked, so the screen can be drawn while the rest are read.
 *
 * The order is `sortPipeline(filterPipeline(rows, { state: 'open' }), 'decisionDate', 'asc')`
 * over the rows that unpack (a damaged or older packed row is none, as in the full read):
 * the first screen is always the first rows of the full view (a property test holds it).
 */
import { unpackRow, type PackedRow } from './packed';
import type { PipelineRow } from './types';

/** Rows enough for a tall window (about 40 of 48 px at 2,000 px) and those drawn ahead of it. */
export const FIRST_SCREEN_ROWS = 64;

/** Where `packRow` puts the decision day and the outcome. */
const DECISION_DAY = 8;
const OUTCOME = 27;

/**
 * The decision day as `sortPipeline` orders it: YYYYMMDD as a number, none last. A packed
 * day is that number already; a day kept as text reads as the text without its dashes.
 */
function decisionKey(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const day = Number(value.replaceAll('-', ''));
  return Number.isNaN(day) ? null : day;
}

export interface FirstScreen {
  /** The first rows of the default view, in its order, unpacked. */
  readonly rows: PipelineRow[];
  /** Their places in the packed list. */
  readonly places: number[];
  /** How many packed rows the default view may show in all (open deals; a damaged one is dropped when read). */
  readonly open: number;
  /** Packed rows passed over because they do not unpack (a caller that computes those again cannot trust the screen). */
  readonly skipped: number;
}

/** The first `count` rows of the default view among `packed`, unpacking only those. */
export function firstScreen(packed: readonly PackedRow[], count: number): FirstScreen {
  const places: number[] = [];
  const keys: (number | null)[] = [];
  for (let i = 0; i < packed.length; i++) {
    const row = packed[i];
    if (!Array.isArray(row) || row[OUTCOME] !== null) continue;
    places.push(i);
    keys[i] = decisionKey(row[DECISION_DAY]);
  }
  // As sortPipeline: none last, equal days in the order read.
  places.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return x === y ? a - b : x - y;
  });
  const rows: PipelineRow[] = [];
  const kept: number[] = [];
  let skipped = 0;
  for (const place of places) {
    if (rows.length >= count) break;
    const row = unpackRow(packed[place]);
    if (row === null) {
      skipped++;
      continue;
    }
    rows.push(row);
    kept.push(place);
  }
  return { rows, places: kept, open: places.length, skipped };
}
