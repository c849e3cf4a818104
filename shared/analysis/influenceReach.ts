/**
 * Who reaches a decision-maker along `influences` lines, and by which path.
 *
 * One breadth-first search backwards from every decision-maker at once, in which each
 * person keeps up to two distinct decision-makers (labels) it reaches, each with the next
 * person on a shortest path. Two labels are enough to tell "reaches a decision-maker other
 * than themself" for a decision-maker; the search stays linear in people plus lines, and
 * cycles are harmless because a label enters a person at most once.
 */
import type { Relationship } from '../document/schema';

export interface Reach {
  /** For each person (by index): the decision-makers reached, nearest first, at most two. */
  readonly labels: readonly (readonly number[])[];
  /** Path from a person to a decision-maker it reaches: person, intermediaries, decision-maker. */
  path(from: number, decisionMaker: number): number[];
  /** The nearest decision-maker other than the person itself, or -1. */
  otherDecisionMaker(from: number): number;
}

export function computeReach(
  count: number,
  indexOf: ReadonlyMap<string, number>,
  relationships: readonly Relationship[],
  isDecisionMaker: readonly boolean[],
): Reach {
  // Reverse adjacency: for each person, who influences them.
  const swayedBy: number[][] = Array.from({ length: count }, () => []);
  for (const line of relationships) {
    if (line.kind !== 'influences') continue;
    const from = indexOf.get(line.from);
    const to = indexOf.get(line.to);
    if (from === undefined || to === undefined || from === to) continue;
    swayedBy[to]!.push(from);
  }
  const labels: number[][] = Array.from({ length: count }, () => []);
  // The next person toward a label, kept beside the label: slot 0 or 1 of each person.
  const next = new Int32Array(count * 2).fill(-1);
  const queueNode: number[] = [];
  const queueLabel: number[] = [];
  for (let i = 0; i < count; i++) {
    if (isDecisionMaker[i]) {
      labels[i]!.push(i);
      queueNode.push(i);
      queueLabel.push(i);
    }
  }
  for (let head = 0; head < queueNode.length; head++) {
    const node = queueNode[head]!;
    const label = queueLabel[head]!;
    for (const swayer of swayedBy[node]!) {
      const held = labels[swayer]!;
      if (held.length >= 2 || held.includes(label)) continue;
      next[swayer * 2 + held.length] = node;
      held.push(label);
      queueNode.push(swayer);
      queueLabel.push(label);
    }
  }
  const nextToward = (at: number, label: number): number => {
    const slot = labels[at]!.indexOf(label);
    return slot < 0 ? -1 : next[at * 2 + slot]!;
  };
  return {
    labels,
    path(from, decisionMaker) {
      const out = [from];
      let at = from;
      while (at !== decisionMaker) {
        const step = nextToward(at, decisionMaker);
        if (step < 0) break;
        out.push(step);
        at = step;
      }
      return out;
    },
    otherDecisionMaker(from) {
      return labels[from]!.find((label) => label !== from) ?? -1;
    },
  };
}
