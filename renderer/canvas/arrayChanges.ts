/**
 * Where the mapping's node and edge arrays changed (toFlow.ts): a drop or a click makes new
 * arrays from the last ones by replacing a few items (peopleOnly.ts, selectionOnly.ts), and
 * says so here, so what compares those arrays with earlier ones (sameGeometry.ts,
 * wantedRegion.ts, the overview) looks only at the replaced items instead of walking a
 * thousand (issue 9 §4, the drop's script).
 *
 * A step is kept for the new array: the array it was made from and the indices replaced
 * (each by an item with the same id). Steps chain (a click, then a drop); a chain is cut
 * after MAX_STEPS, so the arrays kept alive stay few. What is not known (a whole mapping,
 * a chain cut short) is found by walking, as before.
 */

interface Step {
  readonly from: readonly object[];
  readonly at: readonly number[];
}

const steps = new WeakMap<readonly object[], Step>();

/** The longest chain of steps kept: older arrays are forgotten. */
const MAX_STEPS = 8;

/** Records that `next` is `from` with the items at `at` replaced by others with the same ids. */
export function madeFrom<T extends object>(next: readonly T[], from: readonly T[], at: readonly number[]): void {
  if (next === from) return;
  steps.set(next, { from, at });
  // Cut the chain MAX_STEPS back, so the arrays before that can go.
  let array: readonly object[] = from;
  for (let depth = 1; depth < MAX_STEPS; depth++) {
    const step = steps.get(array);
    if (!step) return;
    array = step.from;
  }
  steps.delete(array);
}

/**
 * The indices, ascending, at which `after` holds other objects than `before` (the same ids in
 * the same order), when `after` was made from `before` by recorded steps; else null (the
 * caller walks both).
 */
export function knownChanges<T extends object>(before: readonly T[], after: readonly T[]): number[] | null {
  if (before === after) return [];
  const replaced = new Set<number>();
  let array: readonly object[] = after;
  while (array !== before) {
    const step = steps.get(array);
    if (!step) return null;
    for (const i of step.at) replaced.add(i);
    array = step.from;
  }
  return [...replaced].filter((i) => before[i] !== after[i]).sort((a, b) => a - b);
}
