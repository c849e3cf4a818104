/** computeReach: who reaches a decision-maker along `influences` lines, and by which path. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { computeReach, type Reach } from '../../../shared/analysis/influenceReach';
import type { Relationship, RelationshipKind } from '../../../shared/document';
import { relationship } from '../../support/builders';
import { map } from './helpers';

/** A graph of `count` people named `0`, `1`, ...; `dms` the decision-makers; edges are influences unless a kind is given. */
function reachOf(
  count: number,
  dms: readonly number[],
  edges: readonly (readonly [number, number, RelationshipKind?])[],
): Reach {
  const indexOf = new Map(Array.from({ length: count }, (_, i) => [String(i), i] as const));
  const lines: Relationship[] = edges.map(([from, to, kind], i) =>
    relationship(`r${i}`, kind ?? 'influences', String(from), String(to)),
  );
  const isDm = Array.from({ length: count }, (_, i) => dms.includes(i));
  return computeReach(count, indexOf, lines, isDm);
}

/** Brute force: the decision-makers `from` reaches, with their distances (BFS forward along influences). */
function reachable(count: number, dms: readonly number[], edges: readonly (readonly [number, number])[], from: number) {
  const out = Array.from({ length: count }, () => [] as number[]);
  for (const [a, b] of edges) if (a !== b) out[a]!.push(b);
  const dist = new Map<number, number>([[from, 0]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    for (const next of out[at]!) {
      if (dist.has(next)) continue;
      dist.set(next, dist.get(at)! + 1);
      queue.push(next);
    }
  }
  return new Map([...dist].filter(([node]) => dms.includes(node)));
}

/** Checks that `path` is a walk along influence lines from `from` to `dm`, visiting no one twice. */
function expectValidPath(
  path: number[],
  from: number,
  dm: number,
  edges: readonly (readonly [number, number])[],
): void {
  const set = new Set(edges.map(([a, b]) => `${a}>${b}`));
  expect(path[0]).toBe(from);
  expect(path.at(-1)).toBe(dm);
  expect(new Set(path).size).toBe(path.length);
  for (let i = 1; i < path.length; i++) expect(set.has(`${path[i - 1]}>${path[i]}`)).toBe(true);
}

describe('computeReach', () => {
  it('without decision-makers nobody reaches anyone', () => {
    const reach = reachOf(
      3,
      [],
      [
        [0, 1],
        [1, 2],
      ],
    );
    expect(reach.labels).toEqual([[], [], []]);
    expect([0, 1, 2].map((i) => reach.otherDecisionMaker(i))).toEqual([-1, -1, -1]);
  });

  it('a decision-maker is labelled with themself, and that is not "another" decision-maker', () => {
    const reach = reachOf(2, [1], []);
    expect(reach.labels).toEqual([[], [1]]);
    expect(reach.otherDecisionMaker(1)).toBe(-1);
    expect(reach.path(1, 1)).toEqual([1]);
  });

  it('a direct line: label, path and other decision-maker', () => {
    const reach = reachOf(2, [1], [[0, 1]]);
    expect(reach.labels[0]).toEqual([1]);
    expect(reach.path(0, 1)).toEqual([0, 1]);
    expect(reach.otherDecisionMaker(0)).toBe(1);
  });

  it('follows the direction of the line only', () => {
    const reach = reachOf(2, [0], [[0, 1]]);
    expect(reach.labels[1]).toEqual([]);
    expect(reach.otherDecisionMaker(1)).toBe(-1);
  });

  it.each(['reports-to', 'ally', 'conflict'] as const)('ignores %s lines', (kind) => {
    const reach = reachOf(
      3,
      [2],
      [
        [0, 1, kind],
        [1, 2, kind],
      ],
    );
    expect(reach.labels).toEqual([[], [], [2]]);
  });

  it('ignores lines whose ends are not on the map, and lines from a person to themself', () => {
    const indexOf = new Map([
      ['a', 0],
      ['b', 1],
    ]);
    const lines = [
      relationship('r1', 'influences', 'ghost', 'b'),
      relationship('r2', 'influences', 'a', 'ghost'),
      relationship('r3', 'influences', 'a', 'a'),
    ];
    const reach = computeReach(2, indexOf, lines, [true, true]);
    expect(reach.labels).toEqual([[0], [1]]);
  });

  it('a chain: each person on it reaches the decision-maker by the rest of the chain', () => {
    const reach = reachOf(
      4,
      [3],
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    );
    expect(reach.labels).toEqual([[3], [3], [3], [3]]);
    expect(reach.path(0, 3)).toEqual([0, 1, 2, 3]);
    expect(reach.path(2, 3)).toEqual([2, 3]);
  });

  it('path to a decision-maker not reached is just the start', () => {
    const reach = reachOf(3, [2], [[0, 1]]);
    expect(reach.path(0, 2)).toEqual([0]);
  });

  it('keeps at most two decision-makers, nearest first', () => {
    // 0 -> 1 (dm); 0 -> 2 -> 3 (dm); 0 -> 4 -> 5 -> 6 (dm)
    const reach = reachOf(
      7,
      [1, 3, 6],
      [
        [0, 4],
        [4, 5],
        [5, 6],
        [0, 2],
        [2, 3],
        [0, 1],
      ],
    );
    expect(reach.labels[0]).toEqual([1, 3]);
    expect(reach.path(0, 3)).toEqual([0, 2, 3]);
    expect(reach.otherDecisionMaker(0)).toBe(1);
  });

  it('a decision-maker who sways another has that one as the other decision-maker', () => {
    const reach = reachOf(
      3,
      [0, 2],
      [
        [0, 1],
        [1, 2],
      ],
    );
    expect(reach.labels[0]).toEqual([0, 2]);
    expect(reach.otherDecisionMaker(0)).toBe(2);
    expect(reach.path(0, 2)).toEqual([0, 1, 2]);
    expect(reach.otherDecisionMaker(2)).toBe(-1);
  });

  it('a decision-maker in a cycle with no other decision-maker reaches only themself', () => {
    const reach = reachOf(
      3,
      [0],
      [
        [0, 1],
        [1, 2],
        [2, 0],
      ],
    );
    expect(reach.labels).toEqual([[0], [0], [0]]);
    expect(reach.otherDecisionMaker(0)).toBe(-1);
    expect(reach.path(1, 0)).toEqual([1, 2, 0]);
  });

  it('a decision-maker whose only way to another passes through a full node still finds one', () => {
    // 0 (dm) -> 1; 1 -> 2 (dm), 1 -> 3 (dm), 1 -> 4 -> 5 (dm): node 1 holds two labels, 0 gets one of them.
    const reach = reachOf(
      6,
      [0, 2, 3, 5],
      [
        [0, 1],
        [1, 4],
        [4, 5],
        [1, 2],
        [1, 3],
      ],
    );
    expect(reach.labels[1]).toEqual([2, 3]);
    expect(reach.labels[0]).toEqual([0, 2]);
    expect(reach.path(0, 2)).toEqual([0, 1, 2]);
  });

  it('a line of 5,000 people: no stack overflow, the whole line as the path', () => {
    const n = 5_000;
    const edges = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const);
    const reach = reachOf(n, [n - 1], edges);
    expect(reach.labels.every((l) => l.length === 1 && l[0] === n - 1)).toBe(true);
    const path = reach.path(0, n - 1);
    expect(path).toHaveLength(n);
    expect(path).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('a line of 100,000 people, with decision-makers at both ends', () => {
    const n = 100_000;
    const edges = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const);
    const reach = reachOf(n, [0, n - 1], edges);
    expect(reach.otherDecisionMaker(0)).toBe(n - 1);
    expect(reach.path(0, n - 1)).toHaveLength(n);
    expect(reach.otherDecisionMaker(n - 1)).toBe(-1);
  });

  it('an opponent at the start of a 5,000-person influence chain: analyze reports the whole chain', () => {
    const n = 5_000;
    const people = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      attitude: i === 0 ? ('opponent' as const) : ('neutral' as const),
      roles: i === n - 1 ? ['decision-maker' as const] : [],
    }));
    const lines = Array.from({ length: n - 1 }, (_, i) => [`p${i}`, `p${i + 1}`] as const);
    const gap = analyze(map(people, lines)).gaps.find((g) => g.code === 'OPPONENT_REACHES_DM');
    expect(gap?.stakeholderIds).toHaveLength(n);
    expect(gap?.stakeholderIds[0]).toBe('p0');
    expect(gap?.stakeholderIds.at(-1)).toBe(`p${n - 1}`);
  });

  it('a dense graph (everyone sways everyone, 300 people): two labels each, shortest paths', () => {
    const n = 300;
    const dms = [7, 150, 299];
    const edges: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) edges.push([a, b]);
    const reach = reachOf(n, dms, edges);
    for (let i = 0; i < n; i++) {
      const labels = reach.labels[i]!;
      expect(labels).toHaveLength(2);
      expect(new Set(labels).size).toBe(2);
      for (const dm of labels) {
        const path = reach.path(i, dm);
        expect(path).toEqual(i === dm ? [i] : [i, dm]);
      }
      const other = reach.otherDecisionMaker(i);
      expect(dms).toContain(other);
      expect(other).not.toBe(i);
    }
    expect(reach.labels[7]![0]).toBe(7);
  });

  it('dense cycles: rings of rings lead to the one decision-maker', () => {
    // Ten rings of 50, each ring also linked both ways to the next; only the last ring reaches the decision-maker.
    const ring = 50;
    const rings = 10;
    const dm = ring * rings;
    const edges: [number, number][] = [];
    for (let r = 0; r < rings; r++) {
      for (let k = 0; k < ring; k++) {
        const a = r * ring + k;
        edges.push([a, r * ring + ((k + 1) % ring)], [r * ring + ((k + 1) % ring), a]);
        if (r + 1 < rings) edges.push([a, (r + 1) * ring + k], [(r + 1) * ring + k, a]);
      }
    }
    edges.push([dm - 1, dm]);
    const reach = reachOf(dm + 1, [dm], edges);
    for (let i = 0; i <= dm; i++) {
      expect(reach.labels[i]).toEqual([dm]);
      const path = reach.path(i, dm);
      expectValidPath(path, i, dm, edges);
      expect(path.length - 1).toBe(reachable(dm + 1, [dm], edges, i).get(dm));
    }
  });

  it('on random graphs: labels agree with brute force, the nearest comes first, and paths are real', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        dms: fc.uniqueArray(fc.nat({ max: n - 1 }), { maxLength: Math.min(n, 4) }),
        edges: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 30 }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, dms, edges }) => {
        const reach = reachOf(n, dms, edges);
        const real = edges.filter(([a, b]) => a !== b);
        for (let v = 0; v < n; v++) {
          const found = reachable(n, dms, real, v);
          const labels = reach.labels[v]!;
          expect(labels.length).toBe(Math.min(2, found.size));
          expect(new Set(labels).size).toBe(labels.length);
          for (const dm of labels) {
            expect(found.has(dm)).toBe(true);
            expectValidPath(reach.path(v, dm), v, dm, real);
          }
          if (labels.length > 0) {
            const nearest = Math.min(...found.values());
            expect(found.get(labels[0]!)).toBe(nearest);
            expect(reach.path(v, labels[0]!).length - 1).toBe(nearest);
          }
          const others = [...found.keys()].filter((dm) => dm !== v);
          const other = reach.otherDecisionMaker(v);
          if (others.length === 0) expect(other).toBe(-1);
          else expect(others).toContain(other);
        }
      }),
      { numRuns: 300 },
    );
  });
});
