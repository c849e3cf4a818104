/**
 * The canvas's selection clicks, gathered: React Flow reports one click as node changes and
 * edge changes in two calls, so they are batched and the app is told once, after both
 * (MapCanvas.tsx).
 */
import { useCallback, useRef, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { linePickFlags, nextSelection, sameSelection, type LinePick } from './changes';
import type { MapCanvasProps } from './mapCanvasProps';

export interface Pending {
  people: Map<string, boolean>;
  lines: Map<string, boolean>;
  removedPeople: string[];
}

export function useSelectionBatch(latest: RefObject<MapCanvasProps>) {
  // React Flow reports one click as node changes and edge changes in two calls: gather them
  // and tell the app once, after both.
  const pending = useRef<Pending | null>(null);
  /**
   * Tells the app of what was gathered. `inRender` is true when the caller already draws
   * inside one `flushSync` (a drag's start: useGesture.ts), so the selection is drawn in that
   * same render, not a second one.
   */
  const settle = useCallback((inRender: boolean) => {
    const batch = pending.current;
    pending.current = null;
    if (!batch) return;
    const app = latest.current;
    if (batch.removedPeople.length > 0) {
      app.onDelete({ people: batch.removedPeople, lines: [] });
    }
    if (batch.people.size > 0 || batch.lines.size > 0) {
      const next = nextSelection(app.selection, batch.people, batch.lines);
      if (sameSelection(next, app.selection)) return;
      // Drawn now, not when React's scheduler gets to it: a drag's start (which selects the
      // card) then re-layers the page once, with the card raised, held and its lines lifted.
      if (inRender) app.onSelectionChange(next);
      else flushSync(() => app.onSelectionChange(next));
    }
  }, []);
  const flush = useCallback(() => settle(false), [settle]);
  /** What is gathered, told to the app now, inside the caller's `flushSync` (see `settle`). */
  const settleInRender = useCallback(() => settle(true), [settle]);
  const batch = useCallback((): Pending => {
    if (!pending.current) {
      pending.current = { people: new Map(), lines: new Map(), removedPeople: [] };
      queueMicrotask(flush);
    }
    return pending.current;
  }, [flush]);

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

  return { batch, settleInRender, onPickLine, onPaneClick };
}
