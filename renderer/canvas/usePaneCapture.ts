/**
 * A press on the empty pane (where a pan starts) captures the pointer on the pane, so the
 * browser sends the pan's moves straight to the pane without hit-testing the map under the
 * pointer on each of them.
 *
 * Why not the cover alone (canvas.css's `.pm-canvas--moving`): the cover answers a move's
 * hit test at once too, but it takes the pointer by a change of `pointer-events`, which
 * changes how its paint chunk answers hit tests, and that makes Chromium re-layer the whole
 * page (`PaintArtifactCompositor::Update`, 14–28 ms on a 1,000-person map, traced) on the
 * pan's first move and again at its release. A captured pan changes nothing in the page; the
 * cover is still what a wheel zoom or a card's drag takes the pointer with (useGesture.ts).
 * A click on the pane is still a click on the pane (a captured pointer's click goes to the
 * capturing element), and the capture ends by itself when the button is released.
 */
import { useCallback, useRef, type PointerEvent } from 'react';

/** The class React Flow gives its pane, the element a press on the empty map lands on. */
const PANE_CLASS = 'react-flow__pane';

/** What a press's target offers here (an Element does). */
interface Capturable {
  readonly classList: { contains(name: string): boolean };
  setPointerCapture(pointerId: number): void;
  hasPointerCapture(pointerId: number): boolean;
  addEventListener(type: 'lostpointercapture', listener: () => void, options: { once: true }): void;
}

/** A press (pointerdown), as far as it is read here. */
export interface Press {
  readonly button: number;
  readonly isPrimary: boolean;
  readonly pointerId: number;
  readonly target: unknown;
}

function onThePane(target: unknown): target is Capturable {
  const classList = (target as Partial<Capturable> | null)?.classList;
  return typeof classList?.contains === 'function' && classList.contains(PANE_CLASS);
}

/**
 * Captures the pointer of a press with the main button on the pane itself (not on a card, a
 * line, a handle or a panel: their own gestures keep their targets); `lost` is called once
 * the capture ends. True if the pointer is captured.
 */
export function capturePan(press: Press, lost: () => void): boolean {
  const { target } = press;
  if (press.button !== 0 || !press.isPrimary || !onThePane(target)) return false;
  target.setPointerCapture(press.pointerId);
  if (!target.hasPointerCapture(press.pointerId)) return false;
  target.addEventListener('lostpointercapture', lost, { once: true });
  return true;
}

/** The wrapper's press handler, and whether the pointer is captured on the pane now (a pan by the pointer). */
export function usePaneCapture() {
  const captured = useRef(false);
  const onPointerDown = useCallback((event: PointerEvent<HTMLElement>) => {
    if (
      capturePan(event, () => {
        captured.current = false;
      })
    )
      captured.current = true;
  }, []);
  return { captured, onPointerDown };
}
