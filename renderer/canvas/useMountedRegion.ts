/**
 * The people and lines of the region, by the document's positions (a drag mounts and lets
 * go of nothing), mounted in bounded batches, nearest to the view first (mountQueue.ts).
 */
import type { Viewport, XYPosition } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { withPositions } from './changes';
import type { DragPositions } from './dragPositions';
import { SameGeometry } from './sameGeometry';
import { NOTHING_MOUNTED, type Mounted } from './mounting';
import { browserClock, MountQueue } from './mountQueue';
import { KeptSubset } from './keptSubset';
import { markOutermost } from './outermost';
import { heldNode, MountOrder, viewRect, type Rect } from './region';
import type { Flow, LineEdge, PersonNode } from './toFlow';
import type { Size } from './useViewRegion';
import { PlacesById, WantedRegion } from './wantedRegion';

interface View {
  readonly dragPositions: DragPositions;
  readonly region: Rect | null;
  readonly lastViewport: RefObject<Viewport | null>;
  readonly size: RefObject<Size | null>;
  readonly gesture: RefObject<boolean>;
}

export function useMountedRegion(
  flow: Flow,
  dragged: ReadonlyMap<string, XYPosition> | null,
  { dragPositions, region, lastViewport, size, gesture }: View,
) {
  // Places only: the same arrays while only the selection or the like changes (sameGeometry.ts).
  const sameGeometry = useMemo(() => new SameGeometry(), []);
  const atRest = useMemo(() => sameGeometry.of(flow), [sameGeometry, flow]);
  // Worked out again only where cards moved (wantedRegion.ts): a drop moves one or a few.
  const placesById = useMemo(() => new PlacesById(), []);
  const positions = useMemo(() => placesById.of(atRest.nodes), [placesById, atRest]);
  const wantedRegion = useMemo(() => new WantedRegion(), []);
  const wanted = useMemo(
    () => wantedRegion.of(atRest.nodes, atRest.edges, positions, region),
    [wantedRegion, atRest, positions, region],
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
  const heldNodes = useMemo(() => new KeptSubset<PersonNode, PersonNode>(), []);
  const held = useMemo(
    () => heldNodes.of(flow.nodes, mountedNow.people, (node) => heldNode(node, mountedNow.people, farCache)),
    [heldNodes, flow.nodes, mountedNow, farCache],
  );
  // What React Flow is given: the first card at each extreme keeps its handles painted at rest (outermost.ts).
  const outermost = useMemo(() => new WeakMap<PersonNode, PersonNode>(), []);
  const nodes = useMemo(() => markOutermost(held, outermost), [held, outermost]);
  // Every card where it is now, a dragged one too (fitting the whole map mid-drag), read when asked.
  const atRestNodes = useRef(flow.nodes);
  atRestNodes.current = flow.nodes;
  const allPlaced = useMemo(
    () => ({
      get current() {
        return withPositions(atRestNodes.current, dragPositions.get());
      },
    }),
    [dragPositions],
  );
  const mountOrder = useMemo(() => new MountOrder(), []);
  const mountedLines = useMemo(() => new KeptSubset<LineEdge, LineEdge>(), []);
  const mounted = useMemo(
    () =>
      mountOrder.order(
        mountedLines.of(flow.edges, mountedNow.lines, (edge) => (mountedNow.lines.has(edge.id) ? edge : null)),
      ),
    [flow.edges, mountedNow, mountOrder, mountedLines],
  );

  return { mountedNow, queue, placed, allPlaced, nodes, mounted, positions, lineRank: mountOrder.rank };
}
