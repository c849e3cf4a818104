/** Which line has the keyboard's focus, and whether it joins a card (useCardPointer.ts). */
import { describe, expect, it } from 'vitest';
import { focusedLine, touches } from '../../../renderer/canvas/useCardPointer';
import type { MapCanvasProps } from '../../../renderer/canvas/mapCanvasProps';

/** An element whose nearest line (by `closest`) has `id`, or none. */
const inside = (id: string | null) =>
  ({
    closest: (selector: string) =>
      selector.includes('react-flow__edge') && id !== null ? { getAttribute: () => id } : null,
  }) as unknown as Element;

describe('focusedLine', () => {
  it('is the id of the line the focused element belongs to, and none for anything else', () => {
    expect(focusedLine(inside('r-1'))).toBe('r-1');
    expect(focusedLine(inside(null))).toBeNull();
    expect(focusedLine(null)).toBeNull();
  });
});

describe('touches', () => {
  const doc = {
    relationships: [{ id: 'r-1', from: 's-a', to: 's-b' }],
  } as unknown as MapCanvasProps['doc'];
  it('says whether a line joins a card, at either end, and no for a line not in the document', () => {
    expect(touches(doc, 'r-1', 's-a')).toBe(true);
    expect(touches(doc, 'r-1', 's-b')).toBe(true);
    expect(touches(doc, 'r-1', 's-c')).toBe(false);
    expect(touches(doc, 'r-9', 's-a')).toBe(false);
  });
});
