/**
 * A relationship line in the canvas's one line layer (LineLayer), drawn by the shared rule
 * (shared/mapLayout/lineShape.ts) that the SVG drawing and the deck follow too: reports-to
 * in right angles (an org chart), the other kinds straight, every kind bending round the
 * cards in its way. Colour and width come from the line's classes (toFlow, canvas.css, the
 * tokens of shared/mapStyle); the dash pattern is computed from the line's length, so long
 * dashed lines stay cheap to draw; the arrow head is a small path of its own.
 *
 * The element is the one React Flow would draw for an edge (same classes, role, name and
 * keys), so styles, tests and screen readers see a line as before; but it is a plain memo
 * component keyed by its line and its two cards' positions, so a pan renders no line and a
 * drag renders only the dragged cards' lines.
 *
 * While its lines are lifted (a card dragged, dropped a moment ago, or under the resting
 * pointer: LineLayer, keptLift.ts), a line is drawn twice: in its place, `away` (not
 * displayed, and not re-rendered while a drag lasts), and as a `copy` in the lifted layer
 * (`pm-line-copy`, not React Flow's edge class, so a line is counted once). At rest the copy
 * stands for the line: named, focused by Tab, clicked; while a card is dragged it is a
 * `standIn`, only a drawing (nothing under the pointer is hit-tested during a drag).
 * Why `display: none` and not an invisible line: a line moved while invisible (at the drop)
 * still makes the browser redraw the tiles it leaves and enters.
 */
import type { XYPosition } from '@xyflow/react';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { lineShape } from '../../shared/mapLayout/lineShape';
import { linePoints } from './lineGeometry';
import type { LineEdge } from './toFlow';

/** The width of a line's invisible hit stroke, in flow units (React Flow's default). */
export const INTERACTION_WIDTH = 20;

/** The keys that select (Enter, Space) or let go of (Escape) a focused line, as React Flow's edges. */
export const LINE_SELECTION_KEYS: readonly string[] = ['Enter', ' ', 'Escape'];

export interface RelationLineProps {
  readonly line: LineEdge;
  /** The top-left corners of the line's two cards where they are drawn now. */
  readonly from: XYPosition;
  readonly to: XYPosition;
  /** The id of React Flow's description for lines (aria-describedby). */
  readonly describedBy: string;
  readonly onClick: (line: LineEdge, event: MouseEvent<SVGGElement>) => void;
  readonly onKeyDown: (line: LineEdge, event: KeyboardEvent<SVGGElement>) => void;
  /** Not displayed: its copy in the lifted layer is drawn instead. */
  readonly away?: boolean;
  /** The copy drawn in the lifted layer. */
  readonly copy?: boolean;
  /** A copy while a card is dragged: a drawing only. */
  readonly standIn?: boolean;
}

function RelationLineView({ line, from, to, describedBy, onClick, onKeyDown, away, copy, standIn }: RelationLineProps) {
  const kind = line.data?.kind ?? 'influences';
  const shape = lineShape(kind, linePoints(line.data?.route, from, to), line.data?.mark === 'removed');
  const className =
    (copy ? 'pm-line-copy nopan selectable ' : 'react-flow__edge react-flow__edge-line nopan selectable ') +
    (line.className ?? '') +
    (line.selected ? ' selected' : '') +
    (away ? ' pm-line--away' : '');
  const own = standIn
    ? { 'aria-hidden': true, 'data-copy-of': line.id }
    : {
        tabIndex: 0,
        role: 'group',
        'aria-roledescription': 'edge',
        'aria-label': line.ariaLabel,
        'aria-describedby': describedBy,
        ...(copy ? { 'data-copy-of': line.id } : { 'data-id': line.id, 'data-testid': `rf__edge-${line.id}` }),
        onClick: (event: MouseEvent<SVGGElement>) => onClick(line, event),
        onKeyDown: (event: KeyboardEvent<SVGGElement>) => onKeyDown(line, event),
      };
  return (
    <g className={className} {...own}>
      <path d={shape.path} fill="none" className="react-flow__edge-path" strokeDasharray={shape.dash} />
      <path
        d={shape.path}
        fill="none"
        strokeOpacity={0}
        strokeWidth={INTERACTION_WIDTH}
        className="react-flow__edge-interaction"
      />
      {shape.arrow !== null && <path className="pm-arrow" d={shape.arrow} />}
    </g>
  );
}

/** Re-renders only when the line (toFlow keeps its object while it is unchanged) or one of its cards moved. */
export const RelationLine = memo(RelationLineView);
RelationLine.displayName = 'RelationLine';
