/**
 * The canvas API's view of the whole map. React Flow holds only the people in the drawn
 * region (region.ts), so asking it for "every node" or for a person panned out of view
 * would miss most of a large map: fitting, centring on and revealing people read the
 * canvas's own list of every person instead, and only move React Flow's view.
 */
import { getViewportForBounds, type FitViewOptions, type Rect } from '@xyflow/react';
import type { FlowControls } from './canvasApi';
import { cardBounds } from './region';
import type { PersonNode } from './toFlow';

/** React Flow's instance, as far as the whole-map controls use it. */
export type ViewControls = Pick<FlowControls, 'zoomIn' | 'zoomOut' | 'setCenter' | 'getViewport' | 'setViewport'>;

export interface WholeMapLimits {
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** React Flow's default fit padding, a share of the pane on each side. */
const FIT_PADDING = 0.1;

/**
 * FlowControls over every person in `people()` (the canvas's current cards, at their drawn
 * positions), moving the view through `flow`; `size()` is the pane's size in pixels.
 */
export function wholeMapControls(
  flow: ViewControls,
  people: () => readonly PersonNode[],
  size: () => { width: number; height: number },
  limits: WholeMapLimits,
): FlowControls {
  const byId = () => new Map(people().map((node) => [node.id, node]));
  const boundsOf = (ids: readonly string[]): Rect => {
    const lookup = byId();
    const chosen = ids.flatMap((id) => lookup.get(id) ?? []);
    return cardBounds(chosen) ?? { x: 0, y: 0, width: 0, height: 0 };
  };
  return {
    zoomIn: (options) => flow.zoomIn(options),
    zoomOut: (options) => flow.zoomOut(options),
    setCenter: (x, y, options) => flow.setCenter(x, y, options),
    getViewport: () => flow.getViewport(),
    setViewport: (viewport, options) => flow.setViewport(viewport, options),
    getNodes: () => people(),
    getNodesBounds: (ids) => boundsOf(ids),
    getInternalNode: (id) => byId().get(id),
    fitView: (options?: FitViewOptions) => {
      const ids = options?.nodes?.map((node) => node.id) ?? people().map((node) => node.id);
      if (ids.length === 0) return Promise.resolve(false);
      const bounds = boundsOf(ids);
      const { width, height } = size();
      const viewport = getViewportForBounds(
        { ...bounds, width: Math.max(bounds.width, 1), height: Math.max(bounds.height, 1) },
        width,
        height,
        options?.minZoom ?? limits.minZoom,
        options?.maxZoom ?? limits.maxZoom,
        options?.padding ?? FIT_PADDING,
      );
      return flow.setViewport(viewport, options?.duration === undefined ? undefined : { duration: options.duration });
    },
  };
}
