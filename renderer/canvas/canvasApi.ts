/**
 * What the app can ask of the canvas (menus, shortcuts, the analysis panel): zoom, fit,
 * bring people into view, where the middle of the view is for a new person, and renaming
 * a person on their card.
 *
 * Fitting leaves the minimap's corner free (fitAvoiding): the map is fitted beside or
 * above the minimap, whichever shows it larger, so the minimap never covers a card.
 */
import { getViewportForBounds, type FitViewOptions, type Rect, type Viewport } from '@xyflow/react';

export interface CanvasApi {
  /** Fits the whole map (never zooming in past 100%). */
  zoomToFit(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Brings these people into view: pans at the current zoom when they fit, else zooms out to fit them. */
  centerOn(ids: readonly string[]): void;
  /** The centre of the visible area, in flow (document) coordinates. */
  viewportCenter(): { x: number; y: number };
  /** Brings these people into view as centerOn does, unless they are already wholly in view. */
  reveal(ids: readonly string[]): void;
  /** Shows this person's name as a text field on their card, focused (MapCanvas adds it). */
  rename(id: string): void;
}

/** What createCanvasApi makes; the canvas adds `rename`. */
export type CanvasControls = Omit<CanvasApi, 'rename'>;

/** The part of React Flow's instance the API uses (a fake in tests). */
export interface FlowControls {
  fitView(options?: FitViewOptions): Promise<boolean>;
  zoomIn(options?: { duration?: number }): Promise<boolean>;
  zoomOut(options?: { duration?: number }): Promise<boolean>;
  setCenter(x: number, y: number, options?: { zoom?: number; duration?: number }): Promise<boolean>;
  getViewport(): Viewport;
  getNodesBounds(nodes: string[]): Rect;
  getInternalNode(id: string): unknown;
  getNodes(): readonly { id: string }[];
  setViewport(viewport: Viewport, options?: { duration?: number }): Promise<boolean>;
}

/** The minimap's box in the pane's bottom-right corner, with its margin, in screen pixels (MapCanvas). */
export const MINIMAP_WIDTH = 180;
export const MINIMAP_HEIGHT = 120;
export const MINIMAP_MARGIN = 15;

interface FitOptions {
  readonly padding: number;
  readonly minZoom?: number;
  readonly maxZoom?: number;
}

/**
 * The viewport that fits `bounds` into a pane of `size` with the bottom-right `corner`
 * (the minimap, with its margin) left free, or null: beside the corner (right padding)
 * or above it (bottom padding), whichever gives the larger zoom. Cards then never sit under
 * the minimap unless the map does not fit even at the smallest zoom.
 */
export function fitAvoiding(
  bounds: Rect,
  size: { width: number; height: number },
  options: FitOptions,
  corner: { width: number; height: number } | null,
): Viewport {
  const minZoom = options.minZoom ?? 0.1;
  const maxZoom = options.maxZoom ?? 2;
  const padX = Math.floor(size.width * options.padding * 0.5);
  const padY = Math.floor(size.height * options.padding * 0.5);
  const fit = (right: number, bottom: number) =>
    getViewportForBounds(
      { ...bounds, width: Math.max(bounds.width, 1), height: Math.max(bounds.height, 1) },
      size.width,
      size.height,
      minZoom,
      maxZoom,
      { top: `${padY}px`, left: `${padX}px`, right: `${right}px`, bottom: `${bottom}px` },
    );
  if (!corner) return fit(padX, padY);
  const beside = fit(Math.max(padX, corner.width), padY);
  const above = fit(padX, Math.max(padY, corner.height));
  return above.zoom > beside.zoom ? above : beside;
}

/** Fit on request: the whole map, however large, but no closer than 100%. */
export const FIT_OPTIONS = { padding: 0.08, maxZoom: 1 } as const;
/**
 * Fit on open: the same, but no further out than 50%, where cards are still readable; a
 * larger map opens on its middle (zoom out or use the minimap for the rest).
 */
export const OPEN_FIT_OPTIONS = { padding: 0.08, maxZoom: 1, minZoom: 0.5 } as const;
const DURATION = 200;

/** The corner the minimap takes, with its margin, when it is shown. */
export function minimapCorner(shown: boolean): { width: number; height: number } | null {
  return shown ? { width: MINIMAP_WIDTH + 2 * MINIMAP_MARGIN, height: MINIMAP_HEIGHT + 2 * MINIMAP_MARGIN } : null;
}

export function createCanvasApi(
  flow: FlowControls,
  size: () => { width: number; height: number },
  reducedMotion: () => boolean = () => false,
  minimapShown: () => boolean = () => false,
): CanvasControls {
  const duration = () => (reducedMotion() ? 0 : DURATION);
  const api: CanvasControls = {
    zoomToFit: () => {
      const ids = flow.getNodes().map((node) => node.id);
      if (ids.length === 0) return;
      const viewport = fitAvoiding(flow.getNodesBounds(ids), size(), FIT_OPTIONS, minimapCorner(minimapShown()));
      void flow.setViewport(viewport, { duration: duration() });
    },
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
    reveal: (ids) => {
      const present = ids.filter((id) => flow.getInternalNode(id) !== undefined);
      if (present.length === 0) return;
      const bounds = flow.getNodesBounds(present);
      const { x, y, zoom } = flow.getViewport();
      const { width, height } = size();
      const left = bounds.x * zoom + x;
      const top = bounds.y * zoom + y;
      const inView =
        left >= 0 && top >= 0 && left + bounds.width * zoom <= width && top + bounds.height * zoom <= height;
      if (!inView) api.centerOn(present);
    },
    viewportCenter: () => {
      const { x, y, zoom } = flow.getViewport();
      const { width, height } = size();
      return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
    },
  };
  return api;
}
