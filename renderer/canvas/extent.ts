/**
 * A fixed extent for a layer whose drawing changes on every move (the lifted lines of a drag,
 * LineLayer.tsx; the line drawn from a handle, ConnectionLine.tsx): two one-unit dots at the
 * drawn area's top-left and bottom-right corners (useDrawnArea.ts), painted invisibly
 * (canvas.css). The layer's painted bounds are then the area's whatever the lines inside
 * do. Why: when a layer's or a paint chunk's bounds change, Chromium lays out every
 * compositing layer of the page again (PaintArtifactCompositor::Update, 10–20 ms on a
 * 1,000-person map: docs/CANVAS.md).
 *
 * Each dot is a path of its own. One path holding both had the whole area as its bounds, so
 * Chromium could not tell that a tile between the dots was empty: it rasterised every tile
 * of the new layer in and around the view (100 to 180 at 50%), each in a fresh buffer, about
 * 0.6 ms a tile on a 50-person map (build/bench/canvas/profile.ts). With two small paths a
 * tile holding no line is known to be transparent and costs next to nothing.
 */
import type { Rect } from './region';

/** The extent's two paths: a dot inside each of the area's opposite corners, in the area's units. */
export function extentDots(area: Rect): readonly [string, string] {
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  return [`M${area.x} ${area.y}h1`, `M${right - 1} ${bottom}h1`];
}
