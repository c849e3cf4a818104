/**
 * The stakeholder grid: each person placed by attitude (columns, blocker to champion, then
 * unknown on its own) and influence (rows, most influential on top), and the arrow-key
 * moves between the chips.
 */
import { KEY_INFLUENCE_SHARE } from '../../../shared/analysis';
import { ATTITUDE_LADDER, type Attitude, type BuyingRole, type Stakeholder } from '../../../shared/document';

/** Blocker … champion, then unknown in its own column. */
export const GRID_COLUMNS: readonly Attitude[] = [...ATTITUDE_LADDER, 'unknown'];
/** Columns left of this one are not (yet) for us: blocker, opponent, neutral. */
export const FIRST_SUPPORTIVE_COLUMN = GRID_COLUMNS.indexOf('supporter');
export const UNKNOWN_COLUMN = GRID_COLUMNS.indexOf('unknown');

/** The line between influential and less influential: a key person's share of the decision. */
export const INFLUENTIAL_FROM = KEY_INFLUENCE_SHARE * 100;

export type BandId = 'high' | 'mid' | 'low' | 'min';
export interface Band {
  readonly id: BandId;
  /** Lowest influence (percent) in the band. */
  readonly min: number;
}
/** Top to bottom. The first INFLUENTIAL_BANDS bands hold the influential people. */
export const BANDS: readonly Band[] = [
  { id: 'high', min: 50 },
  { id: 'mid', min: INFLUENTIAL_FROM },
  { id: 'low', min: 10 },
  { id: 'min', min: 0 },
];
export const INFLUENTIAL_BANDS = 2;

export function bandIndex(value: number): number {
  const index = BANDS.findIndex((band) => value >= band.min);
  return index === -1 ? BANDS.length - 1 : index;
}

export interface GridChip {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly BuyingRole[];
  readonly attitude: Attitude;
  /** Influence in percent: as entered, or the normalised default weight when not judged. */
  readonly value: number;
  /** True when the influence is not judged and `value` is the default weight. */
  readonly estimated: boolean;
  readonly column: number;
  readonly band: number;
  /** Position inside its cell, from the top. */
  readonly index: number;
}

export interface GridLayout {
  /** Reading order: band by band from the top, left to right, top to bottom in a cell. */
  readonly chips: readonly GridChip[];
  /** cells[band][column], each top to bottom. */
  readonly cells: readonly (readonly (readonly GridChip[])[])[];
  readonly byId: ReadonlyMap<string, GridChip>;
}

/**
 * Places every person. `shares` are the normalised weights (computeWeights), one per
 * person in the same order; they stand in for influence not yet judged.
 */
export function placePeople(people: readonly Stakeholder[], shares: readonly number[]): GridLayout {
  type Draft = Omit<GridChip, 'index'>;
  const cells: Draft[][][] = BANDS.map(() => GRID_COLUMNS.map(() => []));
  people.forEach((person, i) => {
    const estimated = person.influence === null;
    const value = person.influence ?? (shares[i] ?? 0) * 100;
    const column = Math.max(0, GRID_COLUMNS.indexOf(person.attitude));
    const band = bandIndex(value);
    cells[band]![column]!.push({
      id: person.id,
      name: person.name,
      roles: person.roles,
      attitude: person.attitude,
      value,
      estimated,
      column,
      band,
    });
  });
  const placed = cells.map((row) =>
    row.map((cell) =>
      cell
        .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((chip, index): GridChip => ({ ...chip, index })),
    ),
  );
  const chips = placed.flat(2);
  return { chips, cells: placed, byId: new Map(chips.map((chip) => [chip.id, chip])) };
}

/** Whole percent for a chip: `30%`; decimals only when entered so. */
export function formatInfluence(chip: Pick<GridChip, 'value' | 'estimated'>): string {
  return chip.estimated ? String(Math.round(chip.value)) : String(Math.round(chip.value * 10) / 10);
}

export type GridMove = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

/** Maps a key to a move; null for keys the grid does not use. */
export function moveForKey(key: string): GridMove | null {
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The chips of a column, top to bottom. */
function columnChips(layout: GridLayout, column: number): GridChip[] {
  return layout.cells.flatMap((row) => row[column] ?? []);
}

/**
 * Where focus goes from chip `id`: up and down within the column, left and right to the
 * nearest chip (closest band, then closest place in the cell) in the next column that has
 * anyone. Null when there is nowhere to go.
 */
export function moveFrom(layout: GridLayout, id: string, move: GridMove): string | null {
  const from = layout.byId.get(id);
  if (!from) return layout.chips[0]?.id ?? null;
  switch (move) {
    case 'first':
      return layout.chips[0]?.id ?? null;
    case 'last':
      return layout.chips.at(-1)?.id ?? null;
    case 'up':
    case 'down': {
      const column = columnChips(layout, from.column);
      const at = column.findIndex((chip) => chip.id === id);
      return column[at + (move === 'up' ? -1 : 1)]?.id ?? null;
    }
    case 'left':
    case 'right': {
      const step = move === 'left' ? -1 : 1;
      for (let c = from.column + step; c >= 0 && c < GRID_COLUMNS.length; c += step) {
        const column = columnChips(layout, c);
        if (column.length === 0) continue;
        let best = column[0]!;
        let bestScore = Infinity;
        for (const chip of column) {
          const score = Math.abs(chip.band - from.band) * 10_000 + Math.abs(chip.index - from.index);
          if (score < bestScore) {
            best = chip;
            bestScore = score;
          }
        }
        return best.id;
      }
      return null;
    }
  }
}
