/**
 * A relationship line: reports-to in right angles (an org chart), the other kinds as
 * curves. Colour and width come from the line's classes (toFlow, canvas.css); the dash
 * pattern is computed here from the line's length (toFlow's dashArray), so long dashed
 * lines stay cheap to draw; the arrow head is a small path of its own (toFlow's arrowHead).
 */
import { BaseEdge, getBezierPath, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { arrowHead, dashArray, LINE_ARROWS, type LineEdge } from './toFlow';

function RelationLineView(props: EdgeProps<LineEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, interactionWidth } = props;
  const kind = data?.kind ?? 'influences';
  const geometry = {
    sourceX: Math.round(sourceX),
    sourceY: Math.round(sourceY),
    targetX: Math.round(targetX),
    targetY: Math.round(targetY),
    sourcePosition,
    targetPosition,
  };
  const [path] = kind === 'reports-to' ? getSmoothStepPath({ ...geometry, borderRadius: 6 }) : getBezierPath(geometry);
  const dashes = dashArray(
    kind,
    Math.hypot(geometry.targetX - geometry.sourceX, geometry.targetY - geometry.sourceY) * 1.2,
    data?.mark,
  );
  return (
    <>
      <BaseEdge path={path} strokeDasharray={dashes} interactionWidth={interactionWidth} />
      {LINE_ARROWS[kind] && (
        <path className="pm-arrow" d={arrowHead(geometry.targetX, geometry.targetY, targetPosition)} />
      )}
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
