/**
 * The map canvas: the document's people and lines drawn with React Flow, as a controlled
 * component. The document, selection and highlight come in as props; every user action
 * goes out through a callback, and nothing changes until the app passes a new document.
 * The local state is only about drawing: where dragged cards are while a drag lasts
 * (`onMove` is called once when it ends: one undo step), which region gets full cards,
 * and whether the view is moving.
 *
 * Large maps stay fluid (PRODUCT.md section 6):
 * - nodes and edges are reused by identity (toFlow), cards have a fixed size and declared
 *   handles, so nothing has to be measured before drawing, and the first frame is already
 *   at the fitted view (computed here, not by React Flow after a measuring pass);
 * - only people in a region around the view get a card, only lines that can cross it are
 *   mounted, and React Flow holds only those people (and the selected ones): region.ts. The
 *   canvas API reads the whole map from the canvas's own list (wholeMap.ts). During a pan
 *   the region only grows, rarely and in large steps, so a pan mostly moves composited
 *   layers (the lines' and the cards', canvas.css) instead of re-rendering and re-layering;
 * - cards are light (PersonCard, canvas.css), long dashed lines have a bounded dash count;
 * - zoomed out past reading, cards show only their names, then are plain shapes, and lines
 *   lose their arrows (levelOfDetail.ts): one class on the root, no card re-renders; shapes
 *   have no handles (CardHandles), so a drag zoomed out runs a fifth of the store's selectors.
 *   Lines in the region stay mounted while the view moves inside it (region.ts says why):
 *   moving the view only re-composites their layer, it does not repaint them.
 *
 * What a gesture still costs (build/bench/canvas/profile.ts --renders, 1,000 people at 50%):
 * a pan renders this component only when it starts, ends or the region grows; a drag move
 * renders it and the dragged card's lines, and nothing of React Flow: the dragged cards'
 * elements move by their transforms (draggedElements.ts), and React Flow is given their
 * places once, with the app's one edit at the drop. Before, each move handed React Flow a
 * new nodes array, adopted whole, with every mounted node wrapper's and handle's selector
 * run against it (O(people)): about 4 ms of script a move traced, most of a drag frame's
 * main thread. Its first frame maps again only the people and lines whose selection flips
 * (toFlow), and the overview keeps its drawing (sameBoxes); a drop works out again only
 * the ends of lines whose people changed. No other card (PersonCard's memo) or line
 * (RelationLine's, and LineLayer's `Lines`: the resting lines are not even walked) renders
 * while a card moves. The dragged card's lines are drawn in a
 * layer of their own while it moves (LineLayer says why): in the one layer of every line, a
 * long line re-rasterised dozens of tiles of a thousand lines each on every move, 30 to 50 ms
 * of the raster workers' time a move at 20% (profile.ts counts the tiles), more than all the
 * rest; lifted, about 1 ms. Moving the cards by their
 * elements (issue 9, 3 December) was measured on a machine loaded 18 to 26 (4 helpers on 2
 * cores): React Flow's adoptUserNodes and store selectors no longer run on a drag move
 * (JavaScript profile of 30 moves at 50%: about 450 to about 150 ms sampled), but the frame
 * benchmark, the builds alternated (run.ts --built, 2 runs each), did not resolve a
 * difference at that load: drag at 50% mean 26.9 and 32.8 ms before, 31.2 and 90.1 after
 * (one run stalled); at 20% 24.7 and 21.7 before, 23.7 and 28.4 after; pan, unchanged, varied
 * as much (37 to 56 ms). Measure it again quiet (last quiet figures, before: drag at 50%
 * 17.3 ms mean, at 20% 16.7).
 * A drag's long frames at 50% (profile.ts traces, 3 December, loaded 3 to 9): first its start,
 * which re-layered the page (PaintArtifactCompositor::Update, 6 to 10 ms each) five times in
 * as many frames, each change redrawing the changed layers whole (18 to 34 ms of the display
 * compositor): the card raised by its selection, the gesture's cover added, the card held,
 * the lifted layer mounted and filled, each in a React commit of its own. Now the cover is
 * always there (it takes the pointer only in a gesture), the selected cards are held while
 * selected (heldCards.ts), and the drag's start draws its selection and its lifted lines
 * (a layer mounted for the drag) synchronously (flushSync), so the start is one
 * re-layering in one frame: 6 updates a drag (37 to 63 ms of CPU) became 3 (21 to 27 ms:
 * the pointer coming over the card, the start and the drop).
 * What is left is the drag's steady state: with no GPU, the display compositor redraws in
 * software the rectangle around every changed line, through every layer under it (then the
 * dots, the lines, the lifted lines, the rows of cards: about 107 tiles, 7 to 10 ms of its
 * CPU a move when a dragged card's line is long on screen; little at 20%, where lines are
 * short). These figures predate painting the lines and cards in the viewport's one layer
 * (canvas.css). On that, one trace each (loaded about 2): the drag's re-layerings went from
 * 6 (89 ms of CPU) to 3 (44 ms), and the start re-rasterises the viewport's layer once
 * (where the card and its hidden lines were: 190 ms of the raster workers' CPU) instead of
 * three times (431 ms); the frame benchmark did not resolve a difference (run.ts --built,
 * alternated, 2 runs each: drag at 50% 19.8 and 19.6 ms before, 19.8 and 19.5 after).
 * Drawing the lines in the cards' frame (flushSync on every move) made that rectangle one
 * larger draw (the card's corner widens it) and was left out; clipping the lifted layer to
 * the view saved a quarter of its raster tiles but not the redraw, and was left out too.
 * As for a pan: React Flow holds no edges (LineLayer draws the lines), the overview is ours (Overview) and the grid's dots
 * move with the viewport (GridDots), so a pan's script is about 9 ms a move on a loaded
 * machine, down from about 24.
 *
 * The dropped frames of a pan or a drag (profile.ts, frame by frame) were those where
 * Chromium laid out the page's compositing layers again (PaintArtifactCompositor::Update,
 * 6 to 9 ms a move, its cost growing with the paint properties in the page) on top of the
 * move's script. It did so on every move, for three reasons, each now gone: the viewport's
 * and the dragged card's new transforms (Chromium hands a transform to the compositor
 * directly only while it is animated: heldTransform.ts holds both as animated), the lifted
 * lines' layer changing its painted bounds (LineLayer's fixed extent), and, zoomed out, the
 * overview's viewBox following the view (Overview's `held` area). Layering is left to the
 * moves that change what is drawn (the region growing, a drag's start and end): about 3
 * to 6 a gesture instead of one a move (profile.ts). The benchmark, the builds before and
 * after alternated on a machine loaded 7 to 24 (run.ts --built, 6 runs each): the mean
 * frame of a pan at 50% went from 39 to 33 ms, a drag at 50% from 29 to 25, a pan at 20%
 * from 23 to 20, a drag at 20% from 24 to 21; what remains there is mostly waiting for a
 * core (profile.ts --frames: long frames whose tasks took far more wall than CPU time). Before
 * that, handles without a transform or an opacity each (canvas.css) had halved its cost,
 * from about 22 to about 10 ms a move on a loaded machine. At 3,000 people, with every person held by React
 * Flow and every line mounted, it was about 16 ms a move (pan at 50%); holding only the
 * region's people and lines (region.ts) brought it to about 9 ms, and a drag's Layerize from
 * about 3 to about 0.6 ms a frame. A pan that grew the region then mounted its new cards
 * and lines (about 400 and 750 at 3,000 people) in that frame, and ending it let go of as
 * many at once: now what React Flow and the line layer hold follows the region in bounded
 * batches (mounting.ts, mountQueue.ts): during a gesture a strip around the view once the
 * view comes near something missing, between gestures what the view shows in the frame it
 * needs it, the margin nearest first and the letting go in small idle-time batches. Main
 * before and this after, alternated in one run (run.ts --built, 4 runs each, a load average
 * of 12 to 27 on 2 cores, so wall-clock frames are mostly waiting for a core): the mean frame
 * of a pan at 50% at 1,000 people went from 45.7 to 37.0 ms (p95 113 to 100; plain React
 * Flow 172); pan at 20%, 25.6 and 27.1; drag at 50%, 26.6 and 35.6 and at 20%, 24.4 and
 * 23.1, where nothing is mounted (noise of this load). At 3,000 people: pan at 50%, 41.8 and
 * 45.7; at 20%, 34.4 and 56.8 (runs from 19 to 99: to measure again on a quiet machine);
 * drag, 39.3 and 41.1 at 50%, 29.8 and 24.1 at 20%; the longest frames 4.4 s and 2.5 s. Less dependent on the load, the main thread's CPU time in a pan at 50%
 * (profile.ts, alternated): 5.6 to 4.0 ms a frame at 1,000 people, 5.6 to 4.3 at 3,000;
 * at 20% it does not pay yet: 3.4 to 3.8 at 1,000 and 3.1 to 5.6 at 3,000 (one run), where
 * the strip around the view holds hundreds of cards, mounted on consecutive frames: the
 * strip should lie ahead of the pan only, or the batching start above a zoom (left to do).
 * Ending a pan at 3,000 people (gestureEnd.ts): from one frame of two tasks of about 45 ms
 * of CPU each to tasks of at most about 17 to 24 ms.
 *
 * A comparison's marks (`compareMarks`, marks.ts) are drawn by the cards and lines
 * themselves: a mark is part of a node's cached identity in toFlow, so marks re-create only
 * the marked nodes once, and panning a marked map re-renders no more than an unmarked one.
 */
import {
  ConnectionMode,
  Controls,
  Panel,
  ReactFlow,
  type Connection,
  type IsValidConnection,
  type NodeChange,
  type OnConnectEnd,
  type NodeTypes,
  type ReactFlowInstance,
  type Viewport,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { flushSync } from 'react-dom';
import type { PowermapDocument, RelationshipKind } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { ariaLabels } from './ariaLabels';
import {
  createCanvasApi,
  fitAvoiding,
  MINIMAP_HEIGHT,
  MINIMAP_WIDTH,
  minimapCorner,
  OPEN_FIT_OPTIONS,
  type CanvasApi,
} from './canvasApi';
import './canvas.css';
import {
  mergePositions,
  nextSelection,
  lineFlagsForPeople,
  linePickFlags,
  sameSelection,
  summariseNodeChanges,
  withPositions,
  type LinePick,
} from './changes';
import { DraggedElements, type HeldPosition } from './draggedElements';
import { GridDots } from './GridDots';
import { HandlesShown } from './CardHandles';
import { HeldCards } from './heldCards';
import { holdTransform } from './heldTransform';
import { Legend } from './Legend';
import { LineLayer, type FlowStore } from './LineLayer';
import { detailClass, nextDetail, type Detail } from './levelOfDetail';
import './levelOfDetail.css';
import type { CanvasMarks, PeerMark } from './marks';
import { Overview } from './Overview';
import { PersonCard } from './PersonCard';
import { NOTHING_MOUNTED, wantedIn, type Mounted } from './mounting';
import { browserClock, MountQueue } from './mountQueue';
import { cardBounds, MountOrder, nextRegion, nodesForFlow, REGION_MARGIN, viewRect, type Rect } from './region';
import { RenameContext, Renaming, type RenameContextValue } from './renaming';
import { CARD_HEIGHT, CARD_WIDTH, FlowCache, toFlow, type LineEdge, type PersonNode } from './toFlow';
import { wholeMapControls } from './wholeMap';

export type { CanvasApi } from './canvasApi';

export interface MapCanvasProps {
  doc: PowermapDocument;
  selection: { people: readonly string[]; lines: readonly string[] };
  /** People to highlight (a chosen gap's people). */
  highlight: readonly string[];
  /** What a newly drawn line will be. */
  connectKind: RelationshipKind;
  readOnly?: boolean;
  /** A comparison's marks per person and line id; keep the same object while they do not change. */
  compareMarks?: CanvasMarks;
  /** Teammates' selections (presence) by person id; keep the same map while they do not change. */
  peerMarks?: ReadonlyMap<string, PeerMark>;
  onSelectionChange(selection: { people: string[]; lines: string[] }): void;
  /** Called once when a drag ends (or the arrow keys move the selection), not every frame. */
  onMove(positions: Map<string, { x: number; y: number }>): void;
  onConnect(line: { kind: RelationshipKind; from: string; to: string }): void;
  /** A line dropped where there is no person: the canvas says nothing itself. */
  onConnectMissed?(): void;
  /** A name typed on a card (trimmed, changed, not blank). */
  onRename?(id: string, name: string): void;
  /** Deletions React Flow itself reports; the Delete key is the app's shortcut, not React Flow's. */
  onDelete(selection: { people: string[]; lines: string[] }): void;
  /** Double-click on the empty canvas: the top-left corner for a new card centred on the click. */
  onAddPersonAt?(position: { x: number; y: number }): void;
  onReady?(api: CanvasApi): void;
}

const NODE_TYPES: NodeTypes = { person: PersonCard };
/** React Flow gets no edges: the lines are the canvas's own layer (LineLayer says why). */
const NO_EDGES: LineEdge[] = [];
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;
const MINIMAP_COLOURS: Readonly<Record<string, string>> = {
  champion: 'var(--attitude-champion)',
  supporter: 'var(--attitude-supporter)',
  neutral: 'var(--attitude-neutral)',
  opponent: 'var(--attitude-opponent)',
  blocker: 'var(--attitude-blocker)',
  unknown: 'var(--attitude-unknown)',
};
/**
 * With more cards than this selected or dragged, their transforms are not held (heldCards.ts):
 * each held card is a compositing layer of its own.
 */
const HELD_DRAG_MAX = 24;
const minimapColour = (node: PersonNode) => MINIMAP_COLOURS[node.data.person.attitude] ?? 'var(--attitude-unknown)';
const isValidConnection: IsValidConnection<LineEdge> = (connection) => connection.source !== connection.target;

interface Size {
  readonly width: number;
  readonly height: number;
}

interface Pending {
  people: Map<string, boolean>;
  lines: Map<string, boolean>;
  removedPeople: string[];
}

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The view a map opens at: fitted (OPEN_FIT_OPTIONS) clear of the minimap, or the origin for an empty map. */
function openingViewport(nodes: readonly PersonNode[], size: Size, minimap: boolean): Viewport {
  const bounds = cardBounds(nodes);
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  return fitAvoiding(bounds, size, OPEN_FIT_OPTIONS, minimapCorner(minimap));
}

const MINIMAP_KEY = 'powermap.minimap';

function storedMinimap(): boolean {
  try {
    return window.localStorage.getItem(MINIMAP_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

/** The person card under a screen point (a line dropped on a card's body), or null. */
function personAt(x: number, y: number): string | null {
  const node = document.elementFromPoint(x, y)?.closest('.react-flow__node');
  return node?.getAttribute('data-id') ?? null;
}

/**
 * React Flow's warnings, in every build (by default it only prints them in development),
 * so the end-to-end tests against the production build see them too.
 */
const reportFlowProblem = (code: string, message: string) => console.warn(`[React Flow ${code}] ${message}`);

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function MapCanvas(props: MapCanvasProps) {
  const { doc, selection, highlight, compareMarks, peerMarks, readOnly = false } = props;
  const { t } = useLang();

  // The callbacks are read through a ref, so React Flow's props stay the same objects when
  // the app passes new closures on every render.
  const latest = useRef(props);
  latest.current = props;

  const cache = useMemo(() => new FlowCache(t), [t]);
  const flow = useMemo(
    () =>
      toFlow(
        doc,
        {
          selection,
          highlight,
          ...(compareMarks ? { marks: compareMarks } : {}),
          ...(peerMarks ? { peers: peerMarks } : {}),
        },
        cache,
      ),
    [doc, selection, highlight, compareMarks, peerMarks, cache],
  );
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const [minimapShown, setMinimapShown] = useState(storedMinimap);
  const minimapRef = useRef(minimapShown);
  minimapRef.current = minimapShown;
  const renaming = useMemo(() => new Renaming(), []);
  const renameContext = useMemo<RenameContextValue>(
    () => ({ renaming, commit: (id, name) => latest.current.onRename?.(id, name) }),
    [renaming],
  );

  // The pane's size, known before React Flow first renders, so the first frame is the fitted view.
  const wrapper = useRef<HTMLDivElement>(null);
  const size = useRef<Size | null>(null);
  const [opening, setOpening] = useState<Viewport | null>(null);
  // How much cards and lines show at this zoom (levelOfDetail.ts): a class on the root, so
  // crossing a threshold restyles once and re-renders no card.
  const [detail, setDetail] = useState<Detail>('full');
  const [region, setRegion] = useState<Rect | null>(null);
  const instance = useRef<ReactFlowInstance<PersonNode, LineEdge> | null>(null);
  const flowNodes = useRef(flow.nodes);
  flowNodes.current = flow.nodes;

  // True from the start to the end of a pan, zoom or drag: the region then only grows.
  const gesture = useRef(false);
  // Until the first frame is drawn the region is just the view; then, in idle time, it
  // takes in its margin (and the cards and lines there).
  const warmRef = useRef(false);
  // The viewport last seen, for the mounting batches' nearest-first order.
  const lastViewport = useRef<Viewport | null>(null);
  const refreshRegion = useCallback((viewport: Viewport) => {
    lastViewport.current = viewport;
    if (!size.current || size.current.width === 0) return;
    const view = viewRect(viewport, size.current);
    const growOnly = gesture.current;
    const margin = warmRef.current ? REGION_MARGIN : 0;
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

  // The people and lines of the region, by the document's positions (a drag mounts and lets
  // go of nothing), mounted in bounded batches, nearest to the view first (mountQueue.ts).
  const positions = useMemo(() => new Map(flow.nodes.map((node) => [node.id, node.position])), [flow.nodes]);
  const wanted = useMemo(
    () => wantedIn(flow.nodes, flow.edges, positions, region),
    [flow.nodes, flow.edges, positions, region],
  );
  const wantedRef = useRef(wanted);
  wantedRef.current = wanted;
  const [mountedNow, setMounted] = useState<Mounted>(NOTHING_MOUNTED);
  const queue = useMemo(() => {
    const source = {
      wanted: () => wantedRef.current,
      view: () => (lastViewport.current && size.current ? viewRect(lastViewport.current, size.current) : null),
      moving: () => gesture.current,
    };
    return new MountQueue(source, browserClock, setMounted, NOTHING_MOUNTED);
  }, []);
  useLayoutEffect(() => queue.changed(), [queue, wanted]);
  useEffect(() => () => queue.cancel(), [queue]);

  const farCache = useMemo(() => new WeakMap<PersonNode, PersonNode>(), []);
  const placed = useMemo(() => withPositions(flow.nodes, dragged), [flow.nodes, dragged]);
  // The drag moves cards by their elements (draggedElements.ts), not by the nodes handed over.
  const nodes = useMemo(
    () => nodesForFlow(flow.nodes, mountedNow.people, farCache),
    [flow.nodes, mountedNow, farCache],
  );
  const allPlaced = useRef(placed);
  allPlaced.current = placed;
  const mountOrder = useMemo(() => new MountOrder(), []);
  const mounted = useMemo(
    () => mountOrder.order(flow.edges.filter((edge) => mountedNow.lines.has(edge.id))),
    [flow.edges, mountedNow, mountOrder],
  );
  const flowStore = useRef<FlowStore | null>(null);
  const heldPosition = useCallback<HeldPosition>(
    (id) => flowStore.current?.getState().nodeLookup.get(id)?.internals.positionAbsolute,
    [],
  );
  const draggedElements = useMemo(() => new DraggedElements(() => wrapper.current), []);
  const allLines = useRef(flow.edges);
  allLines.current = flow.edges;

  // React Flow reports one click as node changes and edge changes in two calls: gather them
  // and tell the app once, after both.
  const pending = useRef<Pending | null>(null);
  const flush = useCallback(() => {
    const batch = pending.current;
    pending.current = null;
    if (!batch) return;
    const app = latest.current;
    if (batch.removedPeople.length > 0) {
      app.onDelete({ people: batch.removedPeople, lines: [] });
    }
    if (batch.people.size > 0 || batch.lines.size > 0) {
      const next = nextSelection(app.selection, batch.people, batch.lines);
      // Drawn now, not when React's scheduler gets to it: a drag's start (which selects the
      // card) then re-layers the page once, with the card raised, held and its lines lifted.
      if (!sameSelection(next, app.selection)) flushSync(() => app.onSelectionChange(next));
    }
  }, []);
  const batch = useCallback((): Pending => {
    if (!pending.current) {
      pending.current = { people: new Map(), lines: new Map(), removedPeople: [] };
      queueMicrotask(flush);
    }
    return pending.current;
  }, [flush]);

  const onNodesChange = useCallback(
    (changes: NodeChange<PersonNode>[]) => {
      const summary = summariseNodeChanges(changes);
      if (summary.select.size > 0) {
        for (const [id, on] of summary.select) batch().people.set(id, on);
        const state = flowStore.current?.getState();
        const how = state?.userSelectionActive ? 'box' : state?.multiSelectionActive ? 'multi' : 'single';
        const lines = lineFlagsForPeople(latest.current.selection, summary.select, how, allLines.current);
        for (const [id, on] of lines) batch().lines.set(id, on);
      }
      if (summary.removed.length > 0) batch().removedPeople.push(...summary.removed);
      if (summary.dragging.size > 0) {
        // The cards move by their elements, not through React Flow's store (draggedElements.ts).
        draggedElements.move(summary.dragging, heldPosition);
        setDragged((held) => mergePositions(held, summary.dragging));
      }
      if (summary.moved.size > 0) {
        setDragged(null);
        if (!latest.current.readOnly) latest.current.onMove(new Map(summary.moved));
      }
    },
    [batch, draggedElements, heldPosition],
  );

  // Once a drop is drawn (React Flow's store then holds the app's positions), the moved
  // elements take the transforms React Flow renders.
  useEffect(() => {
    if (dragged === null && draggedElements.active) draggedElements.settle(heldPosition);
  }, [dragged, draggedElements, heldPosition]);

  const onPickLine = useCallback(
    (id: string, pick: LinePick) => {
      const flags = linePickFlags(latest.current.selection, id, pick);
      for (const [person, on] of flags.people) batch().people.set(person, on);
      for (const [line, on] of flags.lines) batch().lines.set(line, on);
    },
    [batch],
  );

  /** A click on the empty pane lets go of everything: React Flow does so for the people, the canvas for its lines. */
  const onPaneClick = useCallback(() => {
    for (const line of latest.current.selection.lines) batch().lines.set(line, false);
  }, [batch]);

  const onConnect = useCallback((connection: Connection) => {
    const app = latest.current;
    if (app.readOnly || connection.source === connection.target) return;
    app.onConnect({ kind: app.connectKind, from: connection.source, to: connection.target });
  }, []);

  /*
   * A line dropped on a card's body (not within reach of a handle) connects to that card;
   * one dropped on nothing says so instead of vanishing silently. Dropped back on its own
   * card it is simply let go.
   */
  const onConnectEnd = useCallback<OnConnectEnd>((event, state) => {
    const app = latest.current;
    if (app.readOnly || state.isValid || !state.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!point) return;
    const to = personAt(point.clientX, point.clientY);
    if (to === state.fromNode.id) return;
    if (to === null) app.onConnectMissed?.();
    else app.onConnect({ kind: app.connectKind, from: state.fromNode.id, to });
  }, []);

  const onNodeDoubleClick = useCallback(
    (_event: MouseEvent, node: PersonNode) => {
      if (!latest.current.readOnly && latest.current.onRename) renaming.start(node.id);
    },
    [renaming],
  );

  /**
   * F2 renames the one selected person on their card; so does Enter on that person's card.
   * Enter on another card is React Flow's: it selects that card (a keyboard user's first
   * Enter selects, the second renames), so it never renames someone the user is not on.
   */
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const app = latest.current;
      if (event.key !== 'F2' && event.key !== 'Enter') return;
      if (app.readOnly || !app.onRename || isTextField(event.target) || app.selection.people.length !== 1) return;
      if (event.key === 'Enter') {
        const node = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
        if (!node || node.dataset['id'] !== app.selection.people[0]) return;
      }
      event.preventDefault();
      renaming.start(app.selection.people[0]!);
    },
    [renaming],
  );

  const toggleMinimap = useCallback(() => {
    setMinimapShown((shown) => {
      try {
        window.localStorage.setItem(MINIMAP_KEY, shown ? 'hidden' : 'shown');
      } catch {
        // Private windows may refuse storage: the choice then lasts for this canvas only.
      }
      return !shown;
    });
  }, []);

  const onDoubleClick = useCallback((event: MouseEvent<HTMLDivElement>) => {
    const app = latest.current;
    const target = event.target as Element;
    if (app.readOnly || !app.onAddPersonAt || !instance.current || !target.classList.contains('react-flow__pane'))
      return;
    const at = instance.current.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    app.onAddPersonAt({ x: Math.round(at.x - CARD_WIDTH / 2), y: Math.round(at.y - CARD_HEIGHT / 2) });
  }, []);

  const onInit = useCallback(
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

  // While the view moves or a card is dragged, a transparent cover takes the hit tests
  // (canvas.css). Only once something actually moves: a plain click must still reach the pane.
  const [moving, setMoving] = useState(false);
  const onMove = useCallback(
    (_event: unknown, viewport: Viewport) => {
      setDetail((now) => nextDetail(now, viewport.zoom));
      if (gesture.current) setMoving(true);
      refreshRegion(viewport);
      queue.viewMoved();
    },
    [refreshRegion, queue],
  );
  const startGesture = useCallback(() => {
    gesture.current = true;
  }, []);
  // The selected cards' transforms go to the compositor directly (heldCards.ts): held from
  // the frame that selects them, so a drag's start and drop change no compositing layer.
  const heldCards = useMemo(() => new HeldCards(holdTransform, HELD_DRAG_MAX), []);
  const cardElements = useCallback(() => wrapper.current?.querySelectorAll<HTMLElement>('.react-flow__node') ?? [], []);
  useLayoutEffect(() => {
    heldCards.sync(new Set(selection.people), cardElements);
  }, [heldCards, cardElements, selection.people, mountedNow]);
  useEffect(() => () => heldCards.clear(), [heldCards]);
  const startDrag = useCallback(
    (_event: unknown, _node: PersonNode, dragging: PersonNode[]) => {
      gesture.current = true;
      // The lines are lifted where the cards are now, in the frame the drag starts in (React
      // Flow moves nothing on the move that starts a drag): see onNodesChange.
      const start = new Map(dragging.map((node) => [node.id, node.position]));
      flushSync(() => {
        setMoving(true);
        setDragged((held) => held ?? start);
      });
      // A card dragged without being selected by the app (it keeps its own selection) is held too.
      const ids = new Set([...latest.current.selection.people, ...dragging.map((node) => node.id)]);
      heldCards.sync(ids, cardElements);
    },
    [heldCards, cardElements],
  );
  const endGesture = useCallback(() => {
    gesture.current = false;
    setMoving(false);
    heldCards.sync(new Set(latest.current.selection.people), cardElements);
    if (instance.current) refreshRegion(instance.current.getViewport());
    queue.settled();
  }, [refreshRegion, heldCards, cardElements, queue]);

  const aria = useMemo(() => ariaLabels(t), [t]);

  const className =
    'pm-canvas' +
    (highlight.length > 0 ? ' pm-canvas--highlighting' : '') +
    detailClass(detail) +
    (moving ? ' pm-canvas--moving' : '');

  return (
    <div className={className} ref={wrapper} onDoubleClick={onDoubleClick} onKeyDown={onKeyDown}>
      <RenameContext.Provider value={renameContext}>
        <HandlesShown.Provider value={detail !== 'shapes'}>
          {opening && (
            <ReactFlow<PersonNode, LineEdge>
              nodes={nodes}
              edges={NO_EDGES}
              nodeTypes={NODE_TYPES}
              onNodesChange={onNodesChange}
              onPaneClick={onPaneClick}
              onConnect={onConnect}
              onConnectEnd={onConnectEnd}
              onError={reportFlowProblem}
              onNodeDoubleClick={onNodeDoubleClick}
              isValidConnection={isValidConnection}
              onInit={onInit}
              onMove={onMove}
              onMoveStart={startGesture}
              onMoveEnd={endGesture}
              onNodeDragStart={startDrag}
              onNodeDragStop={endGesture}
              connectionMode={ConnectionMode.Loose}
              deleteKeyCode={null}
              zoomOnDoubleClick={false}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly}
              connectOnClick={!readOnly}
              elementsSelectable
              defaultViewport={opening}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              colorMode="system"
              ariaLabelConfig={aria}
              aria-label={t('canvas.label')}
            >
              <LineLayer
                lines={mounted}
                nodes={flow.nodes}
                dragged={dragged}
                onPick={onPickLine}
                storeRef={flowStore}
                area={region}
                under={<GridDots area={region} />}
              />
              <Controls showInteractive={false} />
              {minimapShown && (
                <Overview
                  nodes={placed}
                  frozen={dragged !== null}
                  held={moving}
                  width={MINIMAP_WIDTH}
                  height={MINIMAP_HEIGHT}
                  label={t('canvas.minimap')}
                  colour={minimapColour}
                />
              )}
              <Panel
                position="bottom-right"
                className={`pm-minimap-toggle${minimapShown ? ' pm-minimap-toggle--above' : ''}`}
              >
                <button
                  type="button"
                  aria-pressed={minimapShown}
                  title={t(minimapShown ? 'canvas.minimap.hide' : 'canvas.minimap.show')}
                  onClick={toggleMinimap}
                >
                  {t(minimapShown ? 'canvas.minimap.hide' : 'canvas.minimap.show')}
                </button>
              </Panel>
              <Panel position="top-right">
                <Legend />
              </Panel>
            </ReactFlow>
          )}
        </HandlesShown.Provider>
      </RenameContext.Provider>
    </div>
  );
}
