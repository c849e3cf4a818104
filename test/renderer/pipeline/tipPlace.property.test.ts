/** The pipeline table's hover tip is never cut off: it stays inside the viewport, next to its cell. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeTip, TIP_MARGIN } from '../../../renderer/pipeline/tipPlace';

const VIEWPORT = { width: 1024, height: 700 };

describe('placeTip', () => {
  it('puts the tip under its cell, left edges together, when there is room', () => {
    expect(placeTip({ left: 100, top: 200, width: 90, height: 48 }, { width: 240, height: 60 }, VIEWPORT)).toEqual({
      left: 100,
      top: 250,
    });
  });

  it('moves the tip of the last column left, to end inside the viewport', () => {
    const cell = { left: 900, top: 200, width: 116, height: 48 };
    expect(placeTip(cell, { width: 320, height: 60 }, VIEWPORT)).toEqual({ left: 1024 - TIP_MARGIN - 320, top: 250 });
  });

  it('flips the tip above a cell at the bottom of the viewport', () => {
    const cell = { left: 100, top: 640, width: 90, height: 48 };
    expect(placeTip(cell, { width: 200, height: 80 }, VIEWPORT)).toEqual({ left: 100, top: 640 - 2 - 80 });
  });

  it('keeps every tip that fits the viewport wholly inside it, for every cell in view', () => {
    fc.assert(
      fc.property(
        fc.record({
          left: fc.integer({ min: 0, max: VIEWPORT.width - 20 }),
          top: fc.integer({ min: 0, max: VIEWPORT.height - 20 }),
          width: fc.integer({ min: 20, max: 300 }),
          height: fc.integer({ min: 20, max: 60 }),
        }),
        fc.record({
          width: fc.integer({ min: 1, max: VIEWPORT.width - 2 * TIP_MARGIN }),
          height: fc.integer({ min: 1, max: VIEWPORT.height - 2 * TIP_MARGIN }),
        }),
        (cell, tip) => {
          const at = placeTip(cell, tip, VIEWPORT);
          expect(at.left).toBeGreaterThanOrEqual(TIP_MARGIN);
          expect(at.top).toBeGreaterThanOrEqual(TIP_MARGIN);
          expect(at.left + tip.width).toBeLessThanOrEqual(VIEWPORT.width - TIP_MARGIN);
          expect(at.top + tip.height).toBeLessThanOrEqual(VIEWPORT.height - TIP_MARGIN);
        },
      ),
    );
  });
});
