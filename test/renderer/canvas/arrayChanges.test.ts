/** Where the mapping's arrays changed, as recorded by the steps that made them: never other than a walk finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownChanges, madeFrom } from '../../../renderer/canvas/arrayChanges';

type Item = { readonly id: string };

/** The indices at which two arrays of the same length hold other objects. */
const walked = (a: readonly Item[], b: readonly Item[]) => a.flatMap((item, i) => (item === b[i] ? [] : [i]));

describe('knownChanges', () => {
  it('for every chain of recorded and unrecorded replacements, knows exactly the indices a walk finds, or says it does not know', () => {
    const step = fc.record({ at: fc.array(fc.nat(9), { maxLength: 4 }), recorded: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 14 }), (steps) => {
        const first: Item[] = Array.from({ length: 10 }, (_, i) => ({ id: `i${i}` }));
        const arrays: Item[][] = [first];
        for (const { at, recorded } of steps) {
          const from = arrays[arrays.length - 1]!;
          const next = [...from];
          for (const i of at) next[i] = { id: from[i]!.id };
          if (recorded) madeFrom(next, from, at);
          arrays.push(next);
        }
        for (const before of arrays) {
          const after = arrays[arrays.length - 1]!;
          const known = knownChanges(before, after);
          if (known) expect(known).toEqual(walked(before, after));
        }
        // A chain of recorded steps no longer than eight is known whole.
        const last = arrays.length - 1;
        let start = last;
        while (start > 0 && last - start < 8 && steps[start - 1]!.recorded) start--;
        expect(knownChanges(arrays[start]!, arrays[last]!)).toEqual(walked(arrays[start]!, arrays[last]!));
      }),
    );
  });
});
