/**
 * A relationship line: reports-to in right angles (an org chart), the other kinds as
 * curves. Colour and width come from the line's classes (toFlow, canvas.css); the dash
 * pattern is computed here from the line's length (toFlow's dashArray), so long dashed
 * lines stay cheap to draw; the arrow head is a small path of its own (toFlow's arrowHead).
 */
import { BaseEdge, getSmoothStepPath, Position, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { arrowAlong, borderPoint, polylineLength, roundedPath, type Box, type Point } from './lineRoute';
import { arrowHead, CARD_HEIGHT, CARD_WIDTH, dashArray, HANDLE_SIZE, LINE_ARROWS, type LineEdge } from './toFlow';

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
  const start = points[0]!;
  const end = points[points.length - 1]!;
  const [startSide, endSide] = [start, end].map((p) => ('side' in p ? (p.side as Position) : undefined));
  // Reports-to reads as an org chart: right angles when the way is clear; bends round cards otherwise.
  const orthogonal = kind === 'reports-to' && points.length === 2 && startSide && endSide;
  const path = orthogonal
    ? getSmoothStepPath({
        sourceX: Math.round(start.x),
        sourceY: Math.round(start.y),
        targetX: Math.round(end.x),
        targetY: Math.round(end.y),
        sourcePosition: startSide,
        targetPosition: endSide,
        borderRadius: 6,
      })[0]
    : roundedPath(points);
  const dashes = dashArray(kind, polylineLength(points) * 1.2, data?.mark);
  const arrow = orthogonal
    ? arrowHead(Math.round(end.x), Math.round(end.y), endSide)
    : arrowAlong(points[points.length - 2]!, end);
  return (
    <>
      <BaseEdge path={path} strokeDasharray={dashes} interactionWidth={interactionWidth} />
      {LINE_ARROWS[kind] && <path className="pm-arrow" d={arrow} />}
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
