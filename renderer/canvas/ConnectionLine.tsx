/**
 * The line that follows the pointer while a line is drawn from a card's handle: React Flow's
 * own connection line (the same path, class and style: connectionPath.ts, canvas.css), with
 * the lifted lines' fixed extent (extent.ts) first in its SVG.
 *
 * Why: React Flow's line alone changed its painted bounds on every move of the pointer, and
 * Chromium then laid out every compositing layer of the page again (a full update, about
 * 20 ms a move on a 1,000-person map at 50% with 625 cards mounted: docs/CANVAS.md). With
 * the drawn area's corners painted (invisibly) as well, its bounds stay the area's while
 * the line moves. Chromium draws it in a compositing layer of its own (it overlaps composited
 * content; canvas.css says why no hint asks for one), so a move re-rasterises only that
 * layer's tiles the line covers, which hold nothing else. The SVG exists only while a line
 * is drawn: React Flow mounts this component then.
 */
import type { ConnectionLineComponentProps } from '@xyflow/react';
import { createContext, useContext } from 'react';
import { connectionPath } from './connectionPath';
import { extentDots } from './extent';
import type { Rect } from './region';
import type { PersonNode } from './toFlow';

/** The drawn region (region.ts), in flow coordinates: the extent's corners. Provided by MapCanvas. */
export const ConnectionArea = createContext<Rect | null>(null);

export function ConnectionLine({
  connectionLineType,
  connectionLineStyle,
  fromX,
  fromY,
  fromPosition,
  toX,
  toY,
  toPosition,
}: ConnectionLineComponentProps<PersonNode>) {
  const area = useContext(ConnectionArea);
  const ends = { fromX, fromY, fromPosition, toX, toY, toPosition };
  return (
    <>
      {area && extentDots(area).map((d) => <path key={d} className="pm-connection__extent" d={d} />)}
      <path
        d={connectionPath(connectionLineType, ends)}
        fill="none"
        className="react-flow__connection-path"
        style={connectionLineStyle}
      />
    </>
  );
}
