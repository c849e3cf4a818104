/**
 * Tells MapCanvas while a line is being drawn, dragged from a handle or started by a click on
 * one (connectOnClick), so that every card's handles are painted then (canvas.css).
 *
 * Why: a resting card does not paint its handles (their grab areas reach outside the card,
 * which makes every full update of the map's layer costlier: canvas.css), yet while a line is
 * drawn they must be there as on a hovered card: React Flow marks the handle within reach of
 * the pointer (`connectingto`, drawn in the accent colour) even before the pointer is on its
 * card, and a click that ends a line, or a drop, on the handle's outer half must find it under
 * the pointer (elementFromPoint skips an element that is not painted). Read from React Flow's
 * store, so a connection cancelled on the pane ends it too.
 *
 * Told in a layout effect, so the canvas shows every card's handles in the frame the line
 * appears in (and hides them in the frame it goes in): each of these changes of the page
 * makes Chromium lay out every compositing layer again (10–20 ms on a 1,000-person map,
 * docs/CANVAS.md), once per frame whatever changed in it; told a frame later, it did so twice.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect } from 'react';

const drawing = (state: ReactFlowState) => state.connection.inProgress || state.connectionClickStartHandle !== null;

export function ConnectingWatch({ onChange }: { onChange: (connecting: boolean) => void }) {
  const connecting = useStore(drawing);
  useLayoutEffect(() => onChange(connecting), [connecting, onChange]);
  return null;
}
