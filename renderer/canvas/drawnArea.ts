/**
 * The drawn area: where the grid's dots are drawn (GridDots.tsx) and what the fixed extents of
 * the lifted lines and of a line drawn from a handle span (extent.ts). It is the region
 * (region.ts) rounded out to a lattice with room on every side, kept while it still holds
 * the region (useDrawnArea.ts keeps it).
 *
 * Why not the region itself: the region is worked out afresh when a gesture ends (centred on
 * the new view), and the dots' rectangle is the largest thing in the map's compositing layer.
 * Each new rectangle repainted the whole layer and moved its bounds, so every tile in and
 * around the view was rasterised again: on a 50-person map, the usual size of a deal, each
 * pan ended with a frame of about 60 ms (82 tiles, build/bench/canvas/profile.ts). Kept, the
 * dots change only when the view goes a lattice step beyond them, or zooms far in. The dots
 * are a pattern anchored at the flow's origin, so a larger rectangle shows them where a
 * smaller one would.
 */
import { holds, type Rect } from './region';

/**
 * A kept area may be at most this many times the region's area: zoomed far in from where it
 * was made, the area is made afresh rather than drawn over a map many times the view.
 */
export const DRAWN_AREA_MAX_GROWTH = 64;

/** The drawn area for `region`: `current` while it holds the region and is not far too large, else a new one. */
export function nextDrawnArea(current: Rect | null, region: Rect | null): Rect | null {
  if (!region) return current;
  if (current && holds(current, region) && area(current) <= DRAWN_AREA_MAX_GROWTH * area(region)) return current;
  // A power of two about an eighth of the region's longer side: regions of about the same size
  // share one lattice, so the area does not change with the region's exact size.
  const step = 2 ** Math.ceil(Math.log2(Math.max(region.width, region.height, 1) / 8));
  const left = Math.floor(region.x / step) * step - step;
  const top = Math.floor(region.y / step) * step - step;
  const right = Math.ceil((region.x + region.width) / step) * step + step;
  const bottom = Math.ceil((region.y + region.height) / step) * step + step;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const area = (rect: Rect) => rect.width * rect.height;
