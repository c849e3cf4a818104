/** The overview's drawing: one path per colour, and React Flow's MiniMap frame for the people and the view. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  heldArea,
  KeptBoxes,
  overviewBoxes,
  overviewFrame,
  sameBoxes,
  type Rect,
} from '../../../renderer/canvas/overviewGeometry';
import { CARD_HEIGHT, CARD_WIDTH, type PersonNode } from '../../../renderer/canvas/toFlow';

const node = (id: string, x: number, y: number, attitude: string) =>
  ({ id, position: { x, y }, data: { person: { attitude } } }) as unknown as PersonNode;
const colourOf = (n: PersonNode) => `var(--attitude-${n.data.person.attitude})`;

describe('overviewBoxes', () => {
  it('draws every person as a box in one path per colour, and bounds them all', () => {
    const { paths, bounds } = overviewBoxes(
      [node('a', 0, 0, 'champion'), node('b', 300, 100, 'blocker'), node('c', -100, 50.04, 'champion')],
      colourOf,
    );
    expect(paths).toEqual([
      {
        colour: 'var(--attitude-champion)',
        d: `M0,0h${CARD_WIDTH}v${CARD_HEIGHT}h${-CARD_WIDTH}zM-100,50h${CARD_WIDTH}v${CARD_HEIGHT}h${-CARD_WIDTH}z`,
      },
      { colour: 'var(--attitude-blocker)', d: `M300,100h${CARD_WIDTH}v${CARD_HEIGHT}h${-CARD_WIDTH}z` },
    ]);
    expect(bounds).toEqual({ x: -100, y: 0, width: 400 + CARD_WIDTH, height: 100 + CARD_HEIGHT });
  });

  it('has nothing to bound on an empty map', () => {
    expect(overviewBoxes([], colourOf)).toEqual({ paths: [], bounds: null });
  });
});

describe('KeptBoxes (the drawing kept between drops)', () => {
  const attitudes = ['champion', 'blocker', 'neutral'];
  const person = fc.record({
    x: fc.integer({ min: -20, max: 20 }).map((n) => n * 50.04),
    y: fc.integer({ min: -20, max: 20 }).map((n) => n * 30),
    attitude: fc.constantFrom(...attitudes),
    hidden: fc.boolean(),
  });
  type Person = { x: number; y: number; attitude: string; hidden: boolean };
  const made = (id: string, p: Person) => ({
    ...node(id, p.x, p.y, p.attitude),
    ...(p.hidden ? { hidden: true } : {}),
  });
  // A change: some people made anew (moved, or recoloured, or hidden), or one added, or one removed.
  const change = fc.record({
    who: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    as: fc.array(person, { minLength: 3, maxLength: 3 }),
    kind: fc.constantFrom('move', 'move', 'move', 'remake', 'add', 'remove'),
  });

  it('for every run of changes, draws what drawing afresh does, keeping the paths of colours nobody moved in', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), fc.array(change, { maxLength: 8 }), (start, changes) => {
        const kept = new KeptBoxes();
        let nodes: PersonNode[] = start.map((p, i) => made(`p${i}`, p));
        let before = kept.of(nodes, colourOf);
        expect(before).toEqual(overviewBoxes(nodes, colourOf));
        changes.forEach(({ who, as, kind }, step) => {
          const at = new Set(who.map((i) => i % Math.max(1, nodes.length)));
          if (kind === 'add') nodes = [...nodes, made(`n${step}`, as[0]!)];
          else if (kind === 'remove') nodes = nodes.filter((_, i) => !at.has(i));
          else
            nodes = nodes.map((n, i) => {
              if (!at.has(i)) return n;
              const keep =
                kind === 'move' ? { ...as[0]!, attitude: n.data.person.attitude, hidden: Boolean(n.hidden) } : as[0]!;
              return made(n.id, keep);
            });
          const after = kept.of(nodes, colourOf);
          expect(after).toEqual(overviewBoxes(nodes, colourOf));
          if (kind === 'move') {
            const touched = new Set(nodes.filter((n, i) => at.has(i) && !n.hidden).map(colourOf));
            for (const path of after.paths)
              if (!touched.has(path.colour)) expect(path).toBe(before.paths.find((p) => p.colour === path.colour));
          }
          before = after;
        });
      }),
    );
  });
});

describe('sameBoxes (whether the overview may keep its drawing)', () => {
  const people = [node('a', 0, 0, 'champion'), node('b', 300, 100, 'blocker')];

  it('is true for nodes re-created for a change of selection, at the same positions and colours', () => {
    const reselected = people.map((n) => ({ ...n, selected: true }));
    expect(sameBoxes(people, reselected, colourOf)).toBe(true);
    expect(overviewBoxes(reselected, colourOf)).toEqual(overviewBoxes(people, colourOf));
  });

  it('is false when someone moved, changed colour, was hidden, added or removed', () => {
    const [a, b] = people as [PersonNode, PersonNode];
    const changed: PersonNode[][] = [
      [a, { ...b, position: { x: 301, y: 100 } }],
      [a, node('b', 300, 100, 'champion')].map((n, i) => (i === 1 ? { ...n, position: b.position } : n)),
      [a, { ...b, hidden: true }],
      [a],
      [a, b, node('c', 0, 0, 'neutral')],
    ];
    for (const nodes of changed) {
      expect(sameBoxes(people, nodes, colourOf)).toBe(false);
      expect(overviewBoxes(nodes, colourOf)).not.toEqual(overviewBoxes(people, colourOf));
    }
  });
});

describe('overviewFrame', () => {
  it('fits the people and the view, centred, with five pixels round them, and masks all but the view', () => {
    const view = { x: 0, y: 0, width: 900, height: 300 };
    const frame = overviewFrame({ x: 0, y: 0, width: 1800, height: 600 }, view, { width: 180, height: 120 });
    // 1,800 units across 180 pixels: 10 units a pixel; the height is centred (1,200 units shown for 600).
    expect(frame.scale).toBe(10);
    expect(frame.viewBox).toBe('-50 -350 1900 1300');
    expect(frame.mask.endsWith('M0,0h900v300h-900z')).toBe(true);
  });

  it('with no people, frames the view alone', () => {
    const frame = overviewFrame(null, { x: 10, y: 20, width: 180, height: 120 }, { width: 180, height: 120 });
    expect(frame.scale).toBe(1);
    expect(frame.viewBox).toBe('5 15 190 130');
  });
});

describe('heldArea (the area shown while the view moves)', () => {
  const rect = fc
    .record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 5000 }),
      height: fc.integer({ min: 1, max: 5000 }),
    })
    .map((r) => r as Rect);
  const holds = (outer: Rect, inner: Rect) =>
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height;

  it('is what is wanted when nothing is held yet', () => {
    const wanted = { x: 1, y: 2, width: 3, height: 4 };
    expect(heldArea(null, wanted)).toBe(wanted);
  });

  it('always shows both what was held and what is wanted, and keeps the held object while it holds what is wanted', () => {
    fc.assert(
      fc.property(rect, rect, (held, wanted) => {
        const area = heldArea(held, wanted);
        expect(holds(area, held)).toBe(true);
        expect(holds(area, wanted)).toBe(true);
        expect(area === held).toBe(holds(held, wanted));
      }),
    );
  });

  it('grows with a margin, so the next moves of a pan keep it', () => {
    const held = { x: 0, y: 0, width: 1000, height: 1000 };
    const grown = heldArea(held, { x: 10, y: 0, width: 1000, height: 1000 });
    expect(grown).not.toBe(held);
    expect(heldArea(grown, { x: 20, y: 0, width: 1000, height: 1000 })).toBe(grown);
  });

  it('is drawn as the viewBox, with the view still masked', () => {
    const view = { x: 0, y: 0, width: 900, height: 300 };
    const area = { x: -900, y: -600, width: 2700, height: 1800 };
    const frame = overviewFrame({ x: 0, y: 0, width: 1800, height: 600 }, view, { width: 180, height: 120 }, area);
    expect(frame.scale).toBe(15);
    expect(frame.viewBox).toBe('-975 -675 2850 1950');
    expect(frame.mask.endsWith('M0,0h900v300h-900z')).toBe(true);
  });
});
