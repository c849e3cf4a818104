/**
 * The arrow heads lines end in, drawn once per canvas and referenced by id from the edges
 * (toFlow's LINE_MARKERS). Coloured by canvas.css from the theme's line tokens. Not
 * `display: none`: markers inside a hidden SVG do not render.
 */
import { memo } from 'react';
import { LINE_MARKERS } from './toFlow';

function LineMarkersView() {
  return (
    <svg className="pm-markers" aria-hidden="true" focusable="false">
      <defs>
        {(['reports-to', 'influences'] as const).map((kind) => (
          <marker
            key={kind}
            id={LINE_MARKERS[kind]}
            className={`pm-marker pm-marker--${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="11"
            markerHeight="11"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

export const LineMarkers = memo(LineMarkersView);
LineMarkers.displayName = 'LineMarkers';
