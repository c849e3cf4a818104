/**
 * Moving an element by its `transform` without making the browser lay out the page's
 * compositing layers again (issue 9 §4, "the canvas under one frame").
 *
 * Why: Chromium hands a changed transform straight to the compositor (a cheap update of one
 * node of its property trees) only when the element has a transform animation under way;
 * otherwise, even for an element with `will-change: transform`, every change makes it
 * re-layer the whole page (PaintArtifactCompositor::Update in a trace: about 6 to 9 ms a
 * mouse move on a 1,000-person map, the largest single cost of a pan or a drag). React
 * Flow moves the viewport (a pan) and a dragged card by their inline transform, once a move.
 *
 * So the element is given a transform animation that changes nothing: it adds the identity
 * to the element's own transform (`composite: 'add'`, so the inline transform still says
 * where the element is), and it is paused, so it never ticks, never runs on the compositor
 * and costs nothing a frame. Being current, it is what lets each new inline transform go
 * to the compositor directly. Cancelled, the element is as before.
 *
 * Where the browser has no Web Animations (jsdom in unit tests), nothing is done.
 */

const IDENTITY: Keyframe[] = [
  { transform: 'translate(0px, 0px)', composite: 'add' },
  { transform: 'translate(0px, 0px)', composite: 'add' },
];
/** Long enough never to end; finite, so tools that finish animations (screenshots) simply end it. */
const FOREVER_MS = 1e9;

/** Holds `element`'s transform as animated (see above) until the returned function is called. */
export function holdTransform(element: Element | null | undefined): () => void {
  if (!element || typeof element.animate !== 'function') return () => {};
  const animation = element.animate(IDENTITY, { duration: FOREVER_MS });
  animation.pause();
  return () => animation.cancel();
}
