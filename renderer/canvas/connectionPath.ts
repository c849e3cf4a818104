/**
 * The path of the line drawn from a handle while it follows the pointer, as React Flow's own
 * connection line draws it for each connection line type (its `ConnectionLine`): the canvas
 * draws that line itself (ConnectionLine.tsx says why) and must draw the very same path.
 */
import {
  ConnectionLineType,
  getBezierPath,
  getSimpleBezierPath,
  getSmoothStepPath,
  getStraightPath,
  type Position,
} from '@xyflow/react';

/** Where the line starts and ends, in flow coordinates, and the sides it leaves and meets. */
export interface ConnectionEnds {
  readonly fromX: number;
  readonly fromY: number;
  readonly fromPosition: Position;
  readonly toX: number;
  readonly toY: number;
  readonly toPosition: Position;
}

export function connectionPath(type: ConnectionLineType, ends: ConnectionEnds): string {
  const params = {
    sourceX: ends.fromX,
    sourceY: ends.fromY,
    sourcePosition: ends.fromPosition,
    targetX: ends.toX,
    targetY: ends.toY,
    targetPosition: ends.toPosition,
  };
  switch (type) {
    case ConnectionLineType.Bezier:
      return getBezierPath(params)[0];
    case ConnectionLineType.SimpleBezier:
      return getSimpleBezierPath(params)[0];
    case ConnectionLineType.Step:
      return getSmoothStepPath({ ...params, borderRadius: 0 })[0];
    case ConnectionLineType.SmoothStep:
      return getSmoothStepPath(params)[0];
    default:
      return getStraightPath(params)[0];
  }
}
