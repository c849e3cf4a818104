/**
 * In-page instruments of the canvas benchmark (build/bench/canvas/run.ts), loaded by every
 * benchmark page alike, so both pages are measured by the same definitions.
 *
 * "Fully drawn" (drawnAt, ms since navigation start): the first animation frame in which
 *   1. the viewport has been fitted (its transform is no longer the initial identity: both
 *      pages fit the view on open, which always moves this map), and
 *   2. every node whose position (its top-left corner) lies inside the visible pane has an
 *      element that React Flow shows (not `visibility: hidden`, as it keeps unmeasured
 *      nodes) with a non-zero size, and
 *   3. every edge between two such nodes has an element with a non-empty path,
 * and then two more animation frames have run, so that frame and the next were painted.
 *
 * Frame times: the intervals between consecutive requestAnimationFrame callbacks while
 * recording (startFrames .. stopFrames).
 *
 * Views: `zoomTo(zoom)` centres the map at a zoom through the page's React Flow (each page
 * hands its `setViewport` over with BenchViewControl), then `drawnNow()` says whether
 * everything in that view is drawn, by the same definition as on open.
 */

/** The performance measure of computing a comparison on the compare-view page (compare.tsx). */
export const COMPARE_MEASURE = 'powermap:bench-compare';

export interface BenchLayout {
  readonly nodes: readonly { readonly id: string; readonly x: number; readonly y: number }[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
}

export interface CanvasBenchProbe {
  drawnAt: number | null;
  /** Nodes found in view when the canvas was first fully drawn. */
  drawnNodes: number;
  startFrames(): void;
  stopFrames(): number[];
  /** A point (client coordinates) over the empty pane, near the middle of the canvas. */
  emptyPanePoint(): { x: number; y: number } | null;
  /** The centre of the node element nearest the middle of the canvas. */
  middleNode(): { id: string; x: number; y: number } | null;
  /** Set by the page (BenchViewControl): moves its React Flow's view. */
  setViewport: ((viewport: { x: number; y: number; zoom: number }) => void) | null;
  /** Centres the map at `zoom`; false if the page has not handed over its viewport yet. */
  zoomTo(zoom: number): boolean;
  /** The zoom the viewport shows now, or null before React Flow placed it. */
  zoom(): number | null;
  /** The nodes in view when everything in view is drawn, else null (see "fully drawn"). */
  drawnNow(): number | null;
}

declare global {
  interface Window {
    __canvasBench?: CanvasBenchProbe;
  }
}

const TRANSFORM = /translate\(\s*(-?[\d.e+-]+)px\s*,\s*(-?[\d.e+-]+)px\s*\)\s*scale\(\s*([\d.e+-]+)\s*\)/;

function readTransform(viewport: HTMLElement): [number, number, number] | null {
  const match = TRANSFORM.exec(viewport.style.transform);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** Counts the nodes in view when everything in view is drawn; null while something is missing. */
function drawnInView(layout: BenchLayout): number | null {
  const root = document.querySelector<HTMLElement>('.react-flow');
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!root || !viewport) return null;
  const transform = readTransform(viewport);
  if (!transform) return null;
  const [tx, ty, zoom] = transform;
  if (tx === 0 && ty === 0 && zoom === 1) return null;
  const width = root.clientWidth;
  const height = root.clientHeight;
  const rendered = new Map<string, HTMLElement>();
  for (const element of root.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const id = element.dataset['id'];
    if (id !== undefined) rendered.set(id, element);
  }
  const inView = new Set<string>();
  for (const node of layout.nodes) {
    const sx = node.x * zoom + tx;
    const sy = node.y * zoom + ty;
    if (sx < 0 || sy < 0 || sx >= width || sy >= height) continue;
    const element = rendered.get(node.id);
    if (!element || element.style.visibility === 'hidden' || element.offsetWidth === 0) return null;
    inView.add(node.id);
  }
  if (inView.size === 0) return null;
  const drawnEdges = new Set<string>();
  for (const element of root.querySelectorAll<SVGGElement>('.react-flow__edge')) {
    const id = element.dataset['id'];
    const path = element.querySelector('.react-flow__edge-path');
    if (id !== undefined && path && (path.getAttribute('d') ?? '') !== '') drawnEdges.add(id);
  }
  for (const edge of layout.edges) {
    if (inView.has(edge.source) && inView.has(edge.target) && !drawnEdges.has(edge.id)) return null;
  }
  return inView.size;
}

export function installProbe(layout: BenchLayout): CanvasBenchProbe {
  let frames: number[] = [];
  let recording = false;
  let last = -1;
  const record = (time: number) => {
    if (!recording) return;
    if (last >= 0) frames.push(time - last);
    last = time;
    requestAnimationFrame(record);
  };

  const probe: CanvasBenchProbe = {
    drawnAt: null,
    drawnNodes: 0,
    startFrames() {
      frames = [];
      last = -1;
      recording = true;
      requestAnimationFrame(record);
    },
    stopFrames() {
      recording = false;
      return frames;
    },
    emptyPanePoint() {
      const root = document.querySelector<HTMLElement>('.react-flow');
      if (!root) return null;
      const box = root.getBoundingClientRect();
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      // Rings every 6 px out to the corners, a point every ~6 px along each: on a dense map
      // the gaps between cards are crossed by lines, and the pane shows only here and there.
      for (let radius = 0; radius < Math.hypot(box.width, box.height) / 2; radius += 6) {
        const points = Math.max(16, Math.ceil((2 * Math.PI * radius) / 6));
        for (let step = 0; step < points; step++) {
          const angle = (step / points) * 2 * Math.PI;
          const x = Math.round(cx + radius * Math.cos(angle));
          const y = Math.round(cy + radius * Math.sin(angle));
          if (x < box.left || y < box.top || x >= box.right || y >= box.bottom) continue;
          const hit = document.elementFromPoint(x, y);
          if (hit?.classList.contains('react-flow__pane')) return { x, y };
        }
      }
      return null;
    },
    setViewport: null,
    zoomTo(zoom) {
      const root = document.querySelector<HTMLElement>('.react-flow');
      if (!probe.setViewport || !root || layout.nodes.length === 0) return false;
      const xs = layout.nodes.map((node) => node.x);
      const ys = layout.nodes.map((node) => node.y);
      const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
      const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
      probe.setViewport({ x: root.clientWidth / 2 - cx * zoom, y: root.clientHeight / 2 - cy * zoom, zoom });
      return true;
    },
    zoom() {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      return viewport ? (readTransform(viewport)?.[2] ?? null) : null;
    },
    drawnNow: () => drawnInView(layout),
    middleNode() {
      const root = document.querySelector<HTMLElement>('.react-flow');
      if (!root) return null;
      const box = root.getBoundingClientRect();
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      let best: { id: string; x: number; y: number; distance: number } | null = null;
      for (const element of root.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const rect = element.getBoundingClientRect();
        // Nodes kept undrawn (outside the drawn region) have no box to grab.
        if (rect.width === 0) continue;
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        const distance = Math.hypot(x - cx, y - cy);
        if (!best || distance < best.distance) best = { id: element.dataset['id'] ?? '', x, y, distance };
      }
      return best && { id: best.id, x: Math.round(best.x), y: Math.round(best.y) };
    },
  };

  const watch = () => {
    const count = drawnInView(layout);
    if (count === null) {
      requestAnimationFrame(watch);
      return;
    }
    probe.drawnNodes = count;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        probe.drawnAt = performance.now();
      }),
    );
  };
  requestAnimationFrame(watch);
  window.__canvasBench = probe;
  return probe;
}
