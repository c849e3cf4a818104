/**
 * A fixed extent for a layer whose drawing changes on every move (the lifted lines of a drag,
 * LineLayer.tsx; the line drawn from a handle, ConnectionLine.tsx): a path of two one-unit
 * dots at the drawn region's top-left and bottom-right corners, painted invisibly
 * (canvas.css). The layer's painted bounds are then the region's whatever the lines inside
 * do. Why: when a layer's or a paint chunk's bounds change, Chromium lays out every
 * compositing layer of the page again (PaintArtifactCompositor::Update, 10–20 ms on a
 * 1,000-person map: docs/CANVAS.md).
 */
import type { Rect } from './region';

/** The extent's path: a dot inside each of the area's opposite corners, in the area's units. */
export function extentPath(area: Rect): string {
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  return `M${area.x} ${area.y}h1M${right - 1} ${bottom}h1`;
}
