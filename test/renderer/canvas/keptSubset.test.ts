/** Some of an array's items kept between renders (keptSubset.ts): always what picking them afresh gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { madeFrom } from '../../../renderer/canvas/arrayChanges';
import { KeptSubset } from '../../../renderer/canvas/keptSubset';

type Item = { readonly id: number; readonly on: boolean };

describe('KeptSubset', () => {
  it('for every run of arrays made by replacing items (recorded or not) and of keys, picks what picking afresh does', () => {
    const step = fc.record({
      at: fc.array(fc.nat(11), { maxLength: 4 }),
      on: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      recorded: fc.boolean(),
      key: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const kept = new KeptSubset<Item, { item: Item; key: number }>();
        // What `pick` makes of an item is the same object for the same item and key, as the far nodes' cache gives.
        const made = new Map<Item, Map<number, { item: Item; key: number }>>();
        const pick = (key: number) => (item: Item) => {
          if (!item.on && (item.id + key) % 3 !== 0) return null;
          const byKey = made.get(item) ?? new Map<number, { item: Item; key: number }>();
          made.set(item, byKey);
          if (!byKey.has(key)) byKey.set(key, { item, key });
          return byKey.get(key)!;
        };
        const fresh = (items: readonly Item[], key: number) =>
          items.map(pick(key)).filter((x): x is { item: Item; key: number } => x !== null);
        let items: Item[] = Array.from({ length: 12 }, (_, id) => ({ id, on: id % 2 === 0 }));
        let before = kept.of(items, 0, pick(0));
        expect(before).toEqual(fresh(items, 0));
        let key = 0;
        for (const { at, on, recorded, key: nextKey } of steps) {
          const next = [...items];
          at.forEach((i, k) => (next[i] = { id: items[i]!.id, on: on[k]! }));
          if (recorded) madeFrom(next, items, at);
          const after = kept.of(next, nextKey, pick(nextKey));
          expect(after).toEqual(fresh(next, nextKey));
          after.forEach((x, i) => expect(x).toBe(fresh(next, nextKey)[i]));
          if (recorded && nextKey === key && at.length === 0) expect(after).toBe(before);
          [items, before, key] = [next, after, nextKey];
        }
      }),
    );
  });
});
