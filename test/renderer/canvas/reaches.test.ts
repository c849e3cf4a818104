/** The lines' reaches in flat lists (reaches.ts): which lines a moved card meets, as testing each reach would say. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meets, type Box } from '../../../shared/mapLayout/lineRoute';
import { Reaches } from '../../../renderer/canvas/reaches';

const box = fc.record({
  x: fc.integer({ min: -20, max: 20 }).map((n) => n * 50),
  y: fc.integer({ min: -20, max: 20 }).map((n) => n * 50),
  width: fc.integer({ min: 0, max: 20 }).map((n) => n * 50),
  height: fc.integer({ min: 0, max: 20 }).map((n) => n * 50),
});

describe('Reaches', () => {
  it('after every run of reaches set, let go and cleared, finds the lines a box meets', () => {
    // Mostly reaches set or let go (a third of them), now and then all cleared.
    const change = fc.oneof(
      {
        weight: 19,
        arbitrary: fc.record({
          id: fc.integer({ min: 0, max: 5 }).map(String),
          reach: fc.option(box, { nil: null, freq: 2 }),
        }),
      },
      { weight: 1, arbitrary: fc.constant('clear' as const) },
    );
    fc.assert(
      fc.property(
        fc.array(change, { minLength: 10, maxLength: 60 }),
        fc.array(box, { minLength: 1, maxLength: 3 }),
        (changes, moved) => {
          const reaches = new Reaches();
          const model = new Map<string, Box>();
          for (const step of changes) {
            if (step === 'clear') {
              reaches.clear();
              model.clear();
            } else {
              reaches.set(step.id, step.reach);
              if (step.reach) model.set(step.id, step.reach);
              else model.delete(step.id);
            }
            const found = new Set<string>();
            reaches.meeting(moved, found);
            const expected = [...model].filter(([, reach]) => moved.some((b) => meets(b, reach))).map(([id]) => id);
            expect([...found].sort()).toEqual(expected.sort());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
