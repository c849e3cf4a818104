/**
 * A relationship line, drawn by the shared rule (shared/mapLayout/lineShape.ts) that the
 * SVG drawing and the deck follow too: reports-to in right angles (an org chart), the other
 * kinds straight, every kind bending round the cards in its way. Colour and width come from
 * the line's classes (toFlow, canvas.css, the tokens of shared/mapStyle); the dash pattern
 * is computed from the line's length, so long dashed lines stay cheap to draw; the arrow
 * head is a small path of its own.
 */
import { BaseEdge, Position, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { borderPoint, type Box, type Point } from '../../shared/mapLayout/lineRoute';
import { lineShape } from '../../shared/mapLayout/lineShape';
import { CARD_HEIGHT, CARD_WIDTH, HANDLE_SIZE, type LineEdge } from './toFlow';

/**
 * The top-left corner of the card whose handle on `side` puts a line's end at (x, y): React
 * Flow ends lines on the outer edge of the handle, half a handle beyond the card's side
 * (cards have one size, handles sit mid-side).
 */
function cardAt(x: number, y: number, side: Position): Point {
  const out = HANDLE_SIZE / 2;
  switch (side) {
    case Position.Top:
      return { x: x - CARD_WIDTH / 2, y: y + out };
    case Position.Bottom:
      return { x: x - CARD_WIDTH / 2, y: y - CARD_HEIGHT - out };
    case Position.Left:
      return { x: x + out, y: y - CARD_HEIGHT / 2 };
    default:
      return { x: x - CARD_WIDTH - out, y: y - CARD_HEIGHT / 2 };
  }
}

const box = (p: Point): Box => ({ x: p.x, y: p.y, width: CARD_WIDTH, height: CARD_HEIGHT });
/** Handles measured in the page may sit a fraction of a pixel from where they are declared. */
const near = (a: Point, b: Point) => Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1;
const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

function RelationLineView(props: EdgeProps<LineEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, interactionWidth } = props;
  const kind = data?.kind ?? 'influences';
  // The cards where they are drawn now; the route found for them, or, while one is dragged, the straight line.
  const from = cardAt(sourceX, sourceY, sourcePosition);
  const to = cardAt(targetX, targetY, targetPosition);
  const route = data?.route;
  let points: readonly Point[];
  if (route && near(route.from, from) && near(route.to, to)) points = route.points;
  else {
    const a = box(from);
    const b = box(to);
    points = [borderPoint(a, centre(b)), borderPoint(b, centre(a))];
  }
  const shape = lineShape(kind, points, data?.mark === 'removed');
  return (
    <>
      <BaseEdge path={shape.path} strokeDasharray={shape.dash} interactionWidth={interactionWidth} />
      {shape.arrow !== null && <path className="pm-arrow" d={shape.arrow} />}
    </>
  );
}

/**
 * Skips re-rendering unless the line's ends moved by a whole flow unit (or its kind or
 * interaction width changed). React Flow recomputes end points whenever a card is
 * re-measured; a sub-unit difference must not repaint a line that may cross the whole map.
 */
function sameLine(before: EdgeProps<LineEdge>, after: EdgeProps<LineEdge>): boolean {
  const near = (a: number, b: number) => Math.round(a) === Math.round(b);
  return (
    near(before.sourceX, after.sourceX) &&
    near(before.sourceY, after.sourceY) &&
    near(before.targetX, after.targetX) &&
    near(before.targetY, after.targetY) &&
    before.sourcePosition === after.sourcePosition &&
    before.targetPosition === after.targetPosition &&
    before.data === after.data &&
    before.interactionWidth === after.interactionWidth
  );
}

export const RelationLine = memo(RelationLineView, sameLine);
RelationLine.displayName = 'RelationLine';
