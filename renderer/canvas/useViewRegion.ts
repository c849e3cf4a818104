/**
 * The canvas's view and the region mounted around it (region.ts): the pane's size, measured
 * before React Flow first renders so the first frame is the fitted view; the zoom's level of
 * detail; the region, grown in idle time once the first frame is drawn; and the viewport's
 * transform held for the compositor (heldTransform.ts).
 */
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { fitAvoiding, minimapCorner, OPEN_FIT_OPTIONS } from './canvasApi';
import { holdTransform } from './heldTransform';
import { KeptMargins } from './ahead';
import { nextDetail, type Detail } from './levelOfDetail';
import { cardBounds, nextRegion, REGION_MARGIN, viewRect, type Rect } from './region';
import type { LineEdge, PersonNode } from './toFlow';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The view a map opens at: fitted (OPEN_FIT_OPTIONS) clear of the minimap, or the origin for an empty map. */
function openingViewport(nodes: readonly PersonNode[], size: Size, minimap: boolean): Viewport {
  const bounds = cardBounds(nodes);
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  return fitAvoiding(bounds, size, OPEN_FIT_OPTIONS, minimapCorner(minimap));
}

export function useViewRegion(
  wrapper: RefObject<HTMLDivElement | null>,
  nodes: PersonNode[],
  minimapRef: RefObject<boolean>,
) {
  // The pane's size, known before React Flow first renders, so the first frame is the fitted view.
  const size = useRef<Size | null>(null);
  const [opening, setOpening] = useState<Viewport | null>(null);
  // How much cards and lines show at this zoom (levelOfDetail.ts): a class on the root, so
  // crossing a threshold restyles once and re-renders no card.
  const [detail, setDetail] = useState<Detail>('full');
  const [region, setRegion] = useState<Rect | null>(null);
  const instance = useRef<ReactFlowInstance<PersonNode, LineEdge> | null>(null);
  const flowNodes = useRef(nodes);
  flowNodes.current = nodes;
  // The margin ahead at rest, measured again only for the cards a drop moved (ahead.ts).
  const [keptMargins] = useState(() => new KeptMargins());

  // True from the start to the end of a pan, zoom or drag: the region then only grows.
  const gesture = useRef(false);
  // Until the first frame is drawn the region is just the view; then, in idle time, it
  // takes in its margin (and the cards and lines there: ahead.ts).
  const warmRef = useRef(false);
  // The viewport last seen, for the mounting batches' nearest-first order.
  const lastViewport = useRef<Viewport | null>(null);
  const refreshRegion = useCallback((viewport: Viewport) => {
    lastViewport.current = viewport;
    if (!size.current || size.current.width === 0) return;
    const view = viewRect(viewport, size.current);
    const growOnly = gesture.current;
    // At rest the region reaches ahead as far as its budget of people allows (ahead.ts);
    // during a gesture it grows, when it must, by a strip around the view.
    const margin = !warmRef.current ? 0 : growOnly ? REGION_MARGIN : keptMargins.of(flowNodes.current, view);
    setRegion((current) => nextRegion(current, view, viewport.zoom, growOnly, margin));
  }, []);

  useLayoutEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const measure = () => {
      size.current = { width: element.clientWidth, height: element.clientHeight };
      if (size.current.width === 0 || size.current.height === 0) return;
      if (instance.current) refreshRegion(instance.current.getViewport());
      else {
        const viewport = openingViewport(flowNodes.current, size.current, minimapRef.current);
        setOpening((current) => current ?? viewport);
        setDetail((current) => nextDetail(current, viewport.zoom));
        refreshRegion(viewport);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [refreshRegion]);

  useEffect(() => {
    if (!opening) return;
    let cancel = () => {};
    const later = (step: () => void) => {
      if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(step, { timeout: 300 });
        cancel = () => window.cancelIdleCallback(handle);
      } else {
        const timer = window.setTimeout(step, 50);
        cancel = () => window.clearTimeout(timer);
      }
    };
    const step = () => {
      warmRef.current = true;
      if (instance.current) refreshRegion(instance.current.getViewport());
    };
    // Two frames first: the one with the view drawn has then been presented.
    const first = requestAnimationFrame(() => {
      const second = requestAnimationFrame(() => later(step));
      cancel = () => cancelAnimationFrame(second);
    });
    cancel = () => cancelAnimationFrame(first);
    return () => cancel();
  }, [opening, refreshRegion]);

  // A pan moves the viewport by its transform: straight to the compositor (heldTransform.ts).
  useEffect(() => {
    if (!opening) return;
    return holdTransform(wrapper.current?.querySelector('.react-flow__viewport'));
  }, [opening]);

  return { size, opening, detail, setDetail, region, instance, gesture, lastViewport, refreshRegion };
}
