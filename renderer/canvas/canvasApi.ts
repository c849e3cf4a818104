/**
 * What the app can ask of the canvas (menus, shortcuts, the analysis panel): zoom, fit,
 * bring people into view, and where the middle of the view is for a new person.
 */
import type { FitViewOptions, Rect, Viewport } from '@xyflow/react';

export interface CanvasApi {
  /** Fits the whole map (never zooming in past 100%). */
  zoomToFit(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Brings these people into view: pans at the current zoom when they fit, else zooms out to fit them. */
  centerOn(ids: readonly string[]): void;
  /** The centre of the visible area, in flow (document) coordinates. */
  viewportCenter(): { x: number; y: number };
}

/** The part of React Flow's instance the API uses (a fake in tests). */
export interface FlowControls {
  fitView(options?: FitViewOptions): Promise<boolean>;
  zoomIn(options?: { duration?: number }): Promise<boolean>;
  zoomOut(options?: { duration?: number }): Promise<boolean>;
  setCenter(x: number, y: number, options?: { zoom?: number; duration?: number }): Promise<boolean>;
  getViewport(): Viewport;
  getNodesBounds(nodes: string[]): Rect;
  getInternalNode(id: string): unknown;
}

/** Fit on request: the whole map, however large, but no closer than 100%. */
export const FIT_OPTIONS = { padding: 0.08, maxZoom: 1 } as const;
/**
 * Fit on open: the same, but no further out than 50%, where cards are still readable; a
 * larger map opens on its middle (zoom out or use the minimap for the rest).
 */
export const OPEN_FIT_OPTIONS = { padding: 0.08, maxZoom: 1, minZoom: 0.5 } as const;
const DURATION = 200;

export function createCanvasApi(
  flow: FlowControls,
  size: () => { width: number; height: number },
  reducedMotion: () => boolean = () => false,
): CanvasApi {
  const duration = () => (reducedMotion() ? 0 : DURATION);
  return {
    zoomToFit: () => void flow.fitView({ ...FIT_OPTIONS, duration: duration() }),
    zoomIn: () => void flow.zoomIn({ duration: duration() }),
    zoomOut: () => void flow.zoomOut({ duration: duration() }),
    centerOn: (ids) => {
      const present = ids.filter((id) => flow.getInternalNode(id) !== undefined);
      if (present.length === 0) return;
      const bounds = flow.getNodesBounds(present);
      const { zoom } = flow.getViewport();
      const { width, height } = size();
      const margin = 48;
      if (bounds.width * zoom <= width - 2 * margin && bounds.height * zoom <= height - 2 * margin) {
        void flow.setCenter(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, { zoom, duration: duration() });
      } else {
        void flow.fitView({ nodes: present.map((id) => ({ id })), padding: 0.15, duration: duration() });
      }
    },
    viewportCenter: () => {
      const { x, y, zoom } = flow.getViewport();
      const { width, height } = size();
      return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
    },
  };
}
