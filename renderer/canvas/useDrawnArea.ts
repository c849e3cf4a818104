/**
 * The area the canvas draws its fixed extents over (drawnArea.ts): the grid's dots, the lifted
 * lines' and the drawn line's invisible extents. One area for all three, kept while the region
 * stays inside it.
 */
import { useRef } from 'react';
import { nextDrawnArea } from './drawnArea';
import type { Rect } from './region';

export function useDrawnArea(region: Rect | null): Rect | null {
  const kept = useRef<Rect | null>(null);
  // The same region gives the same area (nextDrawnArea keeps it), so a render may run twice.
  kept.current = nextDrawnArea(kept.current, region);
  return kept.current;
}
