/** The decision chart's dot names in the page's SVG drawings (shared/pipeline/chartNames.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartScales, placeChartNames, type ChartNameStyle } from '../../../shared/pipeline/onRows';
import { estimateWidth } from '../../../shared/text/textWidth';

const PLOT = { x: 40, y: 10, width: 600, height: 300 };
const STYLE: ChartNameStyle = { maxWidth: 120, fontSize: 10, lineHeight: 12, plot: PLOT, dotRadius: 5, gap: 2 };
const point = fc.record({
  decisionDate: fc.integer({ min: 1, max: 31 }).map((day) => `2026-10-${String(day).padStart(2, '0')}`),
  likelihood: fc.integer({ min: 0, max: 100 }),
});
// Non-empty names: an empty one takes no place and is not counted as left out (chartLabels.ts).
const named = fc.array(fc.tuple(point, fc.string({ minLength: 1, maxLength: 40 })), { maxLength: 30 });

describe('placeChartNames', () => {
  it('cuts every name to the width, names each point inside the plot or counts it as left out', () => {
    fc.assert(
      fc.property(named, (pairs) => {
        const points = pairs.map(([at]) => at);
        const { shown, layout } = placeChartNames(
          points,
          pairs.map(([, name]) => name),
          chartScales({ from: '2026-10-01', to: '2026-10-31' }, PLOT),
          STYLE,
        );
        expect(shown).toHaveLength(points.length);
        expect(layout.boxes).toHaveLength(points.length);
        shown.forEach((name, i) => {
          if (name !== pairs[i]![1]) expect(estimateWidth(name, STYLE.fontSize)).toBeLessThanOrEqual(STYLE.maxWidth);
        });
        expect(layout.dropped).toBe(layout.boxes.filter((box) => box === null).length);
        for (const box of layout.boxes) {
          if (box === null) continue;
          expect(box.x).toBeGreaterThanOrEqual(PLOT.x);
          expect(box.x + box.width).toBeLessThanOrEqual(PLOT.x + PLOT.width);
        }
      }),
    );
  });
});
