/**
 * Some of an array's items, in its order (each possibly made into another), kept between
 * renders: when the array was made from the last one by replacing a few items
 * (arrayChanges.ts: a drop, a click) only those are picked again. The nodes React Flow
 * holds (the mounted ones and the selected far ones, region.ts) and the mounted lines are
 * kept this way, instead of walking every card and line on a drop.
 */
import { knownChanges, madeFrom } from './arrayChanges';

export class KeptSubset<T extends object, U extends object> {
  private last: {
    readonly items: readonly T[];
    readonly key: unknown;
    readonly subset: U[];
    /** Where each item went in the subset, or -1. */
    readonly at: readonly number[];
  } | null = null;

  /**
   * The items `pick` keeps (null: left out), as `pick` makes them, in order. `key` stands
   * for everything else `pick` depends on: with another key everything is picked again.
   * The same array as last time when nothing in it changed.
   */
  of(items: readonly T[], key: unknown, pick: (item: T) => U | null): U[] {
    const last = this.last;
    const changed = last && last.key === key ? knownChanges(last.items, items) : null;
    const kept = last && changed && replaced(last.subset, last.at, items, changed, pick);
    if (last && kept) {
      this.last = { ...last, items, subset: kept };
      return kept;
    }
    const subset: U[] = [];
    const at: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const picked = pick(items[i]!);
      at.push(picked === null ? -1 : subset.length);
      if (picked !== null) subset.push(picked);
    }
    this.last = { items, key, subset, at };
    return subset;
  }
}

/** The subset with the items at `changed` picked again, or null when one of them comes in or goes out. */
function replaced<T extends object, U extends object>(
  subset: U[],
  at: readonly number[],
  items: readonly T[],
  changed: readonly number[],
  pick: (item: T) => U | null,
): U[] | null {
  let next = subset;
  const slots: number[] = [];
  for (const i of changed) {
    const picked = pick(items[i]!);
    const slot = at[i]!;
    if ((picked === null) !== slot < 0) return null;
    if (picked === null || picked === next[slot]) continue;
    if (next === subset) next = [...subset];
    next[slot] = picked;
    slots.push(slot);
  }
  madeFrom(next, subset, slots);
  return next;
}
