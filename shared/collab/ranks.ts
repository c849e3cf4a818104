/**
 * The order of a list kept as a number on each item (`@rank`), so that each item merges on
 * its own: adding a person writes that person only, and two people added at the same place
 * on two replicas both stay (equal ranks are ordered by id, the same on every replica).
 * An array of ids would be one value, and concurrent adds would lose one of them.
 */

/** Below this gap between two neighbours, the whole list is numbered again. */
const MIN_GAP = 1e-9;

/**
 * The ranks to write so that `ids`, in this order, read back in this order: items whose
 * current rank already fits keep it; the others get a rank between their neighbours.
 * Returns only the ranks that change.
 */
export function assignRanks(ids: readonly string[], current: (id: string) => number | undefined): Map<string, number> {
  const out = new Map<string, number>();
  let previous = -Infinity;
  let i = 0;
  while (i < ids.length) {
    const rank = current(ids[i]!);
    if (rank !== undefined && Number.isFinite(rank) && rank > previous) {
      previous = rank;
      i++;
      continue;
    }
    // A run of items to place: up to the next item whose rank is above `previous`.
    let j = i + 1;
    let upper: number | undefined;
    for (; j < ids.length; j++) {
      const next = current(ids[j]!);
      if (next !== undefined && Number.isFinite(next) && next > previous) {
        upper = next;
        break;
      }
    }
    const count = j - i;
    const low = previous === -Infinity ? (upper !== undefined ? upper - count - 1 : -1) : previous;
    const high = upper ?? low + count + 1;
    const step = (high - low) / (count + 1);
    if (!(step > MIN_GAP)) return renumber(ids, current);
    for (let k = 0; k < count; k++) out.set(ids[i + k]!, low + step * (k + 1));
    previous = low + step * count;
    i = j;
  }
  return out;
}

function renumber(ids: readonly string[], current: (id: string) => number | undefined): Map<string, number> {
  const out = new Map<string, number>();
  ids.forEach((id, index) => {
    if (current(id) !== index) out.set(id, index);
  });
  return out;
}

/** Orders entries by rank, then id: the same order on every replica. */
export function byRank<T extends { readonly id: string; readonly rank: number }>(a: T, b: T): number {
  return a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
