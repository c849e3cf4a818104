import { useLayoutEffect, useRef } from 'react';
import { placeTip } from './tipPlace';

/** The cell a tip belongs to, and its words. */
export interface TipAnchor {
  readonly cell: HTMLElement;
  readonly text: string;
}

/**
 * The table's one hover tip, drawn over the page (position: fixed, outside the scrolled and
 * clipped rows) and placed inside the viewport beside its cell (tipPlace.ts), so the status
 * column's tip at the table's right edge shows whole. Pointing at the tip keeps it; its words
 * are also in the cell for screen readers, so the tip itself is hidden from them.
 */
export function CellTip({ anchor, onLeave }: { anchor: TipAnchor; onLeave: (to: EventTarget | null) => void }) {
  const tip = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = tip.current;
    if (!element) return;
    const cell = anchor.cell.getBoundingClientRect();
    const size = element.getBoundingClientRect();
    const at = placeTip(
      { left: cell.left, top: cell.top, width: cell.width, height: cell.height },
      { width: size.width, height: size.height },
      { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    );
    element.style.left = `${at.left}px`;
    element.style.top = `${at.top}px`;
    element.style.visibility = 'visible';
  }, [anchor]);
  return (
    <div ref={tip} className="pl-tip" aria-hidden="true" onMouseLeave={(event) => onLeave(event.relatedTarget)}>
      {anchor.text}
    </div>
  );
}
