import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignRanks, byRank } from '../../../shared/collab/ranks';

function order(ids: readonly string[], current: ReadonlyMap<string, number>): string[] {
  const ranks = assignRanks(ids, (id) => current.get(id));
  return ids
    .map((id) => ({ id, rank: ranks.get(id) ?? current.get(id)! }))
    .sort(byRank)
    .map((x) => x.id);
}

describe('assignRanks', () => {
  it('gives any order back, whatever ranks the items had', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 30 }),
        fc.array(fc.option(fc.double({ min: -50, max: 50, noNaN: true }), { nil: undefined }), { maxLength: 30 }),
        (ids, ranks) => {
          const current = new Map<string, number>();
          ids.forEach((id, i) => {
            const rank = ranks[i];
            if (rank !== undefined) current.set(id, rank);
          });
          expect(order(ids, current)).toEqual(ids);
        },
      ),
    );
  });

  it('writes nothing for a list already in order, and one rank for an item added or moved', () => {
    const current = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect(assignRanks(['a', 'b', 'c'], (id) => current.get(id)).size).toBe(0);
    expect([...assignRanks(['a', 'b', 'c', 'd'], (id) => current.get(id))]).toEqual([['d', 3]]);
    expect([...assignRanks(['a', 'x', 'b', 'c'], (id) => current.get(id))]).toEqual([['x', 0.5]]);
    expect([...assignRanks(['c', 'a', 'b'], (id) => current.get(id))].map(([id]) => id)).toEqual(['a', 'b']);
  });

  it('numbers the list again when the gaps run out', () => {
    const current = new Map([
      ['a', 0],
      ['b', 1e-12],
    ]);
    const ranks = assignRanks(['a', 'x', 'b'], (id) => current.get(id));
    expect(order(['a', 'x', 'b'], current)).toEqual(['a', 'x', 'b']);
    expect(ranks.get('x')).toBe(1);
  });
});
