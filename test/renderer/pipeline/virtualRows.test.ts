import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextRow } from '../../../renderer/pipeline/keyboardNav';
import {
  OVERSCAN_AHEAD,
  OVERSCAN_BEHIND,
  overscanFor,
  rowWindow,
  sameWindow,
  scrollToShow,
} from '../../../renderer/pipeline/virtualRows';

describe('the rows drawn of a long table', () => {
  it('draws the rows in view and the rows asked for above and below', () => {
    const view = rowWindow({ count: 5000, rowHeight: 48, scrollTop: 48 * 100, viewHeight: 480, above: 8, below: 3 });
    expect(view).toEqual({ first: 92, end: 114 });
  });

  it('draws nothing for an empty table, and everything for a short one', () => {
    expect(rowWindow({ count: 0, rowHeight: 48, scrollTop: 0, viewHeight: 480, above: 8, below: 8 })).toEqual({
      first: 0,
      end: 0,
    });
    expect(rowWindow({ count: 3, rowHeight: 48, scrollTop: 0, viewHeight: 480, above: 8, below: 8 })).toEqual({
      first: 0,
      end: 3,
    });
  });

  it('always covers the view and draws no more than asked, for any scroll position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: -100, max: 1_000_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (count, rowHeight, rawTop, viewHeight, above, below) => {
          const maxTop = Math.max(0, count * rowHeight - viewHeight);
          const scrollTop = Math.min(rawTop, maxTop);
          const view = rowWindow({ count, rowHeight, scrollTop, viewHeight, above, below });
          const firstVisible = Math.floor(Math.max(0, scrollTop) / rowHeight);
          const lastVisible = Math.min(count - 1, Math.floor((Math.max(0, scrollTop) + viewHeight - 1) / rowHeight));
          expect(view.first).toBeGreaterThanOrEqual(0);
          expect(view.end).toBeLessThanOrEqual(count);
          expect(view.first).toBeLessThanOrEqual(firstVisible);
          expect(view.end).toBeGreaterThan(lastVisible);
          // Never the whole of a long table: at most the view, one partial row and the rows asked for.
          expect(view.end - view.first).toBeLessThanOrEqual(Math.ceil(viewHeight / rowHeight) + 1 + above + below);
        },
      ),
    );
  });

  it('draws more rows on the side the table scrolls towards', () => {
    const at = (direction: 'up' | 'down') =>
      rowWindow({ count: 5000, rowHeight: 48, scrollTop: 48 * 100, viewHeight: 480, ...overscanFor(direction) });
    const down = at('down');
    const up = at('up');
    expect(100 - down.first).toBe(OVERSCAN_BEHIND);
    expect(up.end - down.end).toBe(OVERSCAN_BEHIND - OVERSCAN_AHEAD);
    expect(100 - up.first).toBe(OVERSCAN_AHEAD);
    expect(OVERSCAN_AHEAD).toBeGreaterThan(OVERSCAN_BEHIND);
  });

  it('tells a scroll that keeps the drawn rows from one that changes them', () => {
    expect(sameWindow({ first: 3, end: 20 }, { first: 3, end: 20 })).toBe(true);
    expect(sameWindow({ first: 3, end: 20 }, { first: 4, end: 20 })).toBe(false);
    expect(sameWindow({ first: 3, end: 20 }, { first: 3, end: 21 })).toBe(false);
  });

  it('scrolls a row into view only when it is not already', () => {
    expect(scrollToShow(5, 48, 0, 480)).toBeNull();
    expect(scrollToShow(20, 48, 0, 480)).toBe(21 * 48 - 480);
    expect(scrollToShow(2, 48, 480, 480)).toBe(96);
  });
});

describe('the table keys', () => {
  it('moves one row with the arrows, a page with Page Up/Down, to the ends with Home and End', () => {
    expect(nextRow('ArrowDown', 3, 10, 4)).toBe(4);
    expect(nextRow('ArrowUp', 3, 10, 4)).toBe(2);
    expect(nextRow('PageDown', 3, 10, 4)).toBe(7);
    expect(nextRow('PageUp', 3, 10, 4)).toBe(0);
    expect(nextRow('Home', 7, 10, 4)).toBe(0);
    expect(nextRow('End', 2, 10, 4)).toBe(9);
  });

  it('stops at the ends, starts at the first row, and leaves other keys alone', () => {
    expect(nextRow('ArrowDown', 9, 10, 4)).toBe(9);
    expect(nextRow('ArrowUp', 0, 10, 4)).toBe(0);
    expect(nextRow('ArrowDown', -1, 10, 4)).toBe(0);
    expect(nextRow('ArrowDown', 0, 0, 4)).toBeNull();
    expect(nextRow('a', 2, 10, 4)).toBeNull();
    expect(nextRow('Enter', 2, 10, 4)).toBeNull();
  });
});
