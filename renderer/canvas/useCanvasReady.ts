/**
 * React Flow's instance, once it is ready: kept for the view (useViewRegion.ts), and the
 * app handed the canvas's API (canvasApi.ts) over the whole map (wholeMap.ts).
 */
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { createCanvasApi, type CanvasApi } from './canvasApi';
import type { MapCanvasProps } from './mapCanvasProps';
import type { Renaming } from './renaming';
import type { LineEdge, PersonNode } from './toFlow';
import type { Size } from './useViewRegion';
import { wholeMapControls } from './wholeMap';

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2;

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface ReadyParts {
  readonly latest: RefObject<MapCanvasProps>;
  readonly instance: RefObject<ReactFlowInstance<PersonNode, LineEdge> | null>;
  readonly size: RefObject<Size | null>;
  readonly allPlaced: RefObject<PersonNode[]>;
  readonly minimapRef: RefObject<boolean>;
  readonly renaming: Renaming;
  readonly refreshRegion: (viewport: Viewport) => void;
}

export function useCanvasReady({ latest, instance, size, allPlaced, minimapRef, renaming, refreshRegion }: ReadyParts) {
  return useCallback(
    (rf: ReactFlowInstance<PersonNode, LineEdge>) => {
      instance.current = rf;
      refreshRegion(rf.getViewport());
      const measure = () => size.current ?? { width: 0, height: 0 };
      const limits = { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM };
      const whole = wholeMapControls(rf, () => allPlaced.current, measure, limits);
      const api: CanvasApi = {
        ...createCanvasApi(whole, measure, reducedMotion, () => minimapRef.current),
        rename: (id) => renaming.start(id),
      };
      latest.current.onReady?.(api);
    },
    [refreshRegion, renaming],
  );
}
