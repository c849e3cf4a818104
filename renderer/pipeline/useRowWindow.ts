import { useEffect, useRef, useState, type RefObject } from 'react';
import { ROW_HEIGHT } from './columns';
import { overscanFor, rowWindow, sameWindow, scrollToShow, type RowWindow, type ScrollDirection } from './virtualRows';

/** Where the body was last scrolled to, and which way: the drawn rows follow from it. */
interface ScrollPlace {
  readonly top: number;
  readonly direction: ScrollDirection;
}

export interface RowWindowState {
  /** The table's scrolling body. */
  readonly scroller: RefObject<HTMLDivElement | null>;
  readonly viewHeight: number;
  /** The rows drawn: those in view and a few ahead of the scroll. */
  readonly view: RowWindow;
  /** A scroll (by the user or the keys) draws a new window only when the rows drawn change. */
  readonly scrolledTo: (top: number) => void;
  /** Scrolls the body so the row shows; whether it had to. */
  readonly scrollToRow: (index: number) => boolean;
}

/**
 * The window of rows the pipeline table draws (a fixed row height, virtualRows.ts), from the
 * body's scroll place and height.
 */
export function useRowWindow(count: number): RowWindowState {
  const scroller = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<ScrollPlace>({ top: 0, direction: 'down' });
  const lastTop = useRef(0);
  const [viewHeight, setViewHeight] = useState(600);

  // The observer tells the height once the browser has laid the page out (and on every
  // resize): reading clientHeight here would force the page's first layout in the commit.
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const windowAt = ({ top, direction }: ScrollPlace) =>
    rowWindow({ count, rowHeight: ROW_HEIGHT, scrollTop: top, viewHeight, ...overscanFor(direction) });

  const scrolledTo = (top: number) => {
    const direction: ScrollDirection = top < lastTop.current ? 'up' : 'down';
    lastTop.current = top;
    setPlace((previous) => {
      const next = { top, direction };
      return sameWindow(windowAt(previous), windowAt(next)) ? previous : next;
    });
  };

  const scrollToRow = (index: number) => {
    const element = scroller.current;
    if (!element) return false;
    const top = scrollToShow(index, ROW_HEIGHT, element.scrollTop, element.clientHeight);
    if (top === null) return false;
    element.scrollTop = top;
    scrolledTo(top);
    return true;
  };

  return { scroller, viewHeight, view: windowAt(place), scrolledTo, scrollToRow };
}
