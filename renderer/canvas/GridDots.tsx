/**
 * The dotted grid behind the map, drawn in flow units inside the viewport (under the
 * lines, LineLayer), over the drawn area (drawnArea.ts).
 *
 * Why not React Flow's Background (issue 9 §4): it sits outside the viewport and moves its
 * pattern by re-rendering on every mouse move of a pan, so every move repainted the whole
 * pane and re-layered the page. Inside the viewport the dots move with the viewport's
 * transform and are repainted only when the drawn area changes. The dots are where React
 * Flow's were (24 flow units apart, 1.5 across, centred 12.75 units into each cell: its
 * pattern offset by half a cell), in its class, so its theme colours apply. The drawn area
 * is larger than the region and changes less often (drawnArea.ts says why).
 */
import { memo, useId } from 'react';
import type { Rect } from './region';

/** The grid's spacing and a dot's diameter, in flow units. */
export const DOT_GAP = 24;
export const DOT_SIZE = 1.5;
/** Where a dot sits in its cell: React Flow's pattern is shifted back by half a cell, its dot drawn at its radius. */
const DOT_AT = DOT_GAP - DOT_GAP / 2 + DOT_SIZE / 2;

export const GridDots = memo(function GridDots({ area }: { area: Rect | null }) {
  const id = 'pm-dots' + useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return (
    <svg className="pm-dots" aria-hidden="true">
      <defs>
        <pattern id={id} patternUnits="userSpaceOnUse" width={DOT_GAP} height={DOT_GAP}>
          <circle className="react-flow__background-pattern dots" cx={DOT_AT} cy={DOT_AT} r={DOT_SIZE / 2} />
        </pattern>
      </defs>
      {area && <rect x={area.x} y={area.y} width={area.width} height={area.height} fill={`url(#${id})`} />}
    </svg>
  );
});
