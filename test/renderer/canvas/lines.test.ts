/**
 * A layer's lines in chunks (Lines.tsx): the page gets the same lines as from one list, and a
 * chunk skips its render only when every one of its lines would get the same props.
 */
import type { XYPosition } from '@xyflow/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LINE_CHUNK, Lines, sameChunk, type LinesProps } from '../../../renderer/canvas/Lines';
import type { LineEdge } from '../../../renderer/canvas/toFlow';

const line = (id: string, source: string, target: string): LineEdge => ({
  id,
  source,
  target,
  className: 'pm-line--influences',
  ariaLabel: `line ${id}`,
  data: { kind: 'influences', strength: 2 },
});
const ignore = () => undefined;

describe('Lines', () => {
  it('draws the same elements, in the same order, in chunks as in one list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 6 * LINE_CHUNK }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }),
        (ranks, shift) => {
          const sorted = [...ranks].sort((a, b) => a - b);
          const lines = sorted.map((rank) => line(`l${rank}`, `p${rank % 7}`, `p${(rank + shift[0]!) % 9}`));
          const positions = new Map(Array.from({ length: 9 }, (_, i) => [`p${i}`, { x: i * 100, y: shift[1]! * i }]));
          const away = new Set(lines.filter((_, i) => i % (shift[2]! + 2) === 0).map((l) => l.id));
          const props = { lines, positions, dragged: null, away, describedBy: 'd', onClick: ignore, onKeyDown: ignore };
          const rank = (id: string) => Number(id.slice(1));
          const drawn = (extra: Partial<LinesProps>) =>
            renderToStaticMarkup(createElement('svg', null, createElement(Lines, { ...props, ...extra })));
          expect(drawn({ rankOf: rank })).toBe(drawn({}));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('skips a chunk only when each of its lines would get the same object, places and flag', () => {
    // Small pools, so that two chunks' props often share objects.
    const lineObjects = [line('a', 'p', 'q'), line('b', 'q', 'r'), line('a', 'p', 'q'), line('c', 'r', 'p')];
    const places: XYPosition[] = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 0, y: 0 },
    ];
    const positionsArbitrary = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }).map(
      ([p, q, r]) =>
        new Map([
          ['p', places[p!]!],
          ['q', places[q!]!],
          ['r', places[r!]!],
        ]),
    );
    const chunk = fc.record({
      lines: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }).map((at) => at.map((i) => lineObjects[i]!)),
      positions: positionsArbitrary,
      away: fc.subarray(['a', 'b', 'c']).map((ids) => new Set(ids)),
    });
    fc.assert(
      fc.property(chunk, chunk, fc.boolean(), ({ lines, positions, away }, other, samePlaces) => {
        const shared = { dragged: null, describedBy: 'd', onClick: ignore, onKeyDown: ignore };
        const a = { ...shared, lines, positions, away };
        const b = { ...shared, ...other, positions: samePlaces ? positions : other.positions };
        if (!sameChunk(a, b)) return;
        expect(b.lines).toHaveLength(a.lines.length);
        a.lines.forEach((l, i) => {
          expect(b.lines[i]).toBe(l);
          expect(b.positions.get(l.source)).toBe(a.positions.get(l.source));
          expect(b.positions.get(l.target)).toBe(a.positions.get(l.target));
          expect(b.away.has(l.id)).toBe(a.away.has(l.id));
        });
      }),
    );
  });
});
