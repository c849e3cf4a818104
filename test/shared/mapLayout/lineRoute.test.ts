/** Where lines run: floating ends on the card borders, and round the cards in their way. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  borderPoint,
  closeRoute,
  directRoute,
  isLongLine,
  MIN_LINE_GAP,
  MAX_OBSTACLES,
  MAX_ROUTED_LENGTH,
  polylineLength,
  roundedPath,
  routeBetween,
  routeLine,
  segmentHitsBox,
  type Box,
  type Point,
} from '../../../shared/mapLayout/lineRoute';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../renderer/canvas/toFlow';

const card = (x: number, y: number): Box => ({ x, y, width: CARD_WIDTH, height: CARD_HEIGHT });
const onBorder = (p: Point, box: Box) =>
  ((Math.abs(p.x - box.x) < 1e-6 || Math.abs(p.x - box.x - box.width) < 1e-6) &&
    p.y >= box.y - 1e-6 &&
    p.y <= box.y + box.height + 1e-6) ||
  ((Math.abs(p.y - box.y) < 1e-6 || Math.abs(p.y - box.y - box.height) < 1e-6) &&
    p.x >= box.x - 1e-6 &&
    p.x <= box.x + box.width + 1e-6);

/** Cards on distinct cells of a grid with some jitter: they never overlap. */
const layout = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })), {
    minLength: 2,
    maxLength: 10,
    selector: ([c, r]) => `${c},${r}`,
  })
  .chain((cells) =>
    fc.tuple(
      fc.constant(cells),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), {
        minLength: cells.length,
        maxLength: cells.length,
      }),
    ),
  )
  .map(([cells, jitter]) =>
    cells.map(([c, r], i) => card(c * (CARD_WIDTH + 50) + jitter[i]![0], r * (CARD_HEIGHT + 50) + jitter[i]![1])),
  );

describe('borderPoint', () => {
  it('leaves by the side facing the other card, on the border', () => {
    const box = card(0, 0);
    expect(borderPoint(box, { x: 1000, y: CARD_HEIGHT / 2 })).toMatchObject({ x: CARD_WIDTH, side: 'right' });
    expect(borderPoint(box, { x: CARD_WIDTH / 2, y: -500 })).toMatchObject({ y: 0, side: 'top' });
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }), (x, y) => {
        expect(onBorder(borderPoint(box, { x, y }), box)).toBe(true);
      }),
    );
  });
});

describe('segmentHitsBox', () => {
  it('sees a segment through a box, and not one beside it or touching its border', () => {
    const box = card(100, 100);
    expect(segmentHitsBox({ x: 0, y: 150 }, { x: 500, y: 150 }, box)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 50 }, { x: 500, y: 50 }, box)).toBe(false);
    expect(segmentHitsBox({ x: 0, y: 100 }, { x: 500, y: 100 }, box)).toBe(false);
    expect(segmentHitsBox({ x: 150, y: 150 }, { x: 160, y: 160 }, box)).toBe(true);
  });

  /** The clipping alone (Liang–Barsky against the open box), without the quick miss of a box to one side. */
  function clipped(a: Point, b: Point, box: Box): boolean {
    let [t0, t1] = [0, 1];
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const sides: [number, number][] = [
      [-dx, a.x - box.x],
      [dx, box.x + box.width - a.x],
      [-dy, a.y - box.y],
      [dy, box.y + box.height - a.y],
    ];
    for (const [p, q] of sides) {
      if (p === 0) {
        if (q <= 0) return false;
        continue;
      }
      const r = q / p;
      if (p < 0) {
        if (r > t1) return false;
        t0 = Math.max(t0, r);
      } else {
        if (r < t0) return false;
        t1 = Math.min(t1, r);
      }
    }
    return t1 - t0 > 1e-9;
  }

  it('for every segment and box, answers as the clipping alone does (on a grid, where they touch, and off it)', () => {
    const onGrid = fc.integer({ min: -4, max: 4 }).map((n) => n * 50);
    const anywhere = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    for (const coordinate of [onGrid, anywhere]) {
      const point = fc.record({ x: coordinate, y: coordinate });
      const box = fc.record({
        x: coordinate,
        y: coordinate,
        width: fc.constantFrom(0, 50, 100, 0.1),
        height: fc.constantFrom(0, 50, 100, 0.3),
      });
      fc.assert(
        fc.property(point, point, box, (a, b, target) => {
          expect(segmentHitsBox(a, b, target)).toBe(clipped(a, b, target));
        }),
        { numRuns: 3000 },
      );
    }
  });
});

describe('cards too close for a straight line', () => {
  it('joins two touching cards side by side over their tops, not by a line of no length', () => {
    const a = card(0, 0);
    const b = card(CARD_WIDTH, 0);
    const route = routeLine(a, b, [a, b]);
    expect(route).toEqual(closeRoute(a, b));
    expect(route.map(({ x, y }) => ({ x, y }))).toEqual([
      { x: CARD_WIDTH / 2, y: 0 },
      { x: CARD_WIDTH / 2, y: -14 },
      { x: CARD_WIDTH * 1.5, y: -14 },
      { x: CARD_WIDTH * 1.5, y: 0 },
    ]);
  });

  it('joins a card just above another round their right sides', () => {
    const a = card(0, 0);
    const b = card(10, CARD_HEIGHT + 5);
    const route = directRoute(a, b);
    expect(route[0]).toEqual({ x: CARD_WIDTH, y: CARD_HEIGHT / 2, side: 'right' });
    expect(route.at(-1)).toEqual({ x: 10 + CARD_WIDTH, y: CARD_HEIGHT + 5 + CARD_HEIGHT / 2, side: 'right' });
    expect(route[1]!.x).toBe(10 + CARD_WIDTH + 14);
  });

  it('keeps the straight line once the cards are MIN_LINE_GAP apart', () => {
    const a = card(0, 0);
    expect(directRoute(a, card(CARD_WIDTH + MIN_LINE_GAP, 0))).toHaveLength(2);
    expect(directRoute(a, card(CARD_WIDTH + MIN_LINE_GAP - 1, 0))).toHaveLength(4);
  });

  // Two cards anywhere near each other, overlapping, touching or apart.
  const pair = fc
    .tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -150, max: 150 }))
    .map(([dx, dy]) => [card(0, 0), card(dx, dy)] as const);

  it('always draws a line at least MIN_LINE_GAP long, from border to border (property)', () => {
    fc.assert(
      fc.property(pair, ([from, to]) => {
        for (const route of [routeLine(from, to, [from, to]), directRoute(from, to)]) {
          expect(polylineLength(route)).toBeGreaterThanOrEqual(MIN_LINE_GAP);
          expect(onBorder(route[0]!, from)).toBe(true);
          expect(onBorder(route.at(-1)!, to)).toBe(true);
          // The arrow head has a segment to point along.
          const [last, before] = [route.at(-1)!, route.at(-2)!];
          expect(Math.hypot(last.x - before.x, last.y - before.y)).toBeGreaterThan(0);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('runs outside both cards unless they overlap (property)', () => {
    const inner = (box: Box): Box => ({ x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 });
    fc.assert(
      fc.property(pair, ([from, to]) => {
        const overlap =
          from.x < to.x + to.width &&
          to.x < from.x + from.width &&
          from.y < to.y + to.height &&
          to.y < from.y + from.height;
        if (overlap) return;
        const route = directRoute(from, to);
        for (let i = 1; i < route.length; i++)
          for (const box of [from, to]) expect(segmentHitsBox(route[i - 1]!, route[i]!, inner(box))).toBe(false);
      }),
      { numRuns: 600 },
    );
  });
});

describe('routeLine', () => {
  it('is straight, from border to border, when nothing is in the way', () => {
    const a = card(0, 0);
    const b = card(600, 0);
    const route = routeLine(a, b, [a, b, card(300, 400)]);
    expect(route).toEqual([
      { x: CARD_WIDTH, y: CARD_HEIGHT / 2, side: 'right' },
      { x: 600, y: CARD_HEIGHT / 2, side: 'left' },
    ]);
  });

  it('bends round a card between the two ends', () => {
    const a = card(0, 0);
    const b = card(1000, 0);
    const middle = card(500, 0);
    const route = routeLine(a, b, [a, middle, b]);
    expect(route.length).toBeGreaterThan(2);
    for (let i = 1; i < route.length; i++) expect(segmentHitsBox(route[i - 1]!, route[i]!, middle)).toBe(false);
    expect(onBorder(route[0]!, a)).toBe(true);
    expect(onBorder(route.at(-1)!, b)).toBe(true);
    expect(roundedPath(route)).toMatch(/^M\d+,\d+( [LQ][\d, -]+)+$/);
  });

  it('never passes under another card when it can go round, and starts and ends on its own cards (property)', () => {
    fc.assert(
      fc.property(layout, (cards) => {
        const [from, to, ...others] = cards as [Box, Box, ...Box[]];
        const route = routeLine(from, to, cards);
        expect(onBorder(route[0]!, from)).toBe(true);
        expect(onBorder(route.at(-1)!, to)).toBe(true);
        const straight = route.length === 2;
        const hits = others.filter((box) => route.some((p, i) => i > 0 && segmentHitsBox(route[i - 1]!, p, box)));
        // Either it avoids every card, or it is the straight line (no way round, or too many cards near).
        if (hits.length > 0) expect(straight).toBe(true);
        // A bend is taken only to avoid a card: never instead of a clear straight line.
        const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
        const a = borderPoint(from, centre(to));
        const b = borderPoint(to, centre(from));
        if (!straight) expect(others.some((box) => segmentHitsBox(a, b, box))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('goes round when only a few cards are near (property)', () => {
    fc.assert(
      fc.property(layout, (cards) => {
        const [from, to, ...others] = cards as [Box, Box, ...Box[]];
        if (others.length > Math.min(4, MAX_OBSTACLES)) return;
        const route = routeLine(from, to, cards);
        for (const box of others)
          for (let i = 1; i < route.length; i++) expect(segmentHitsBox(route[i - 1]!, route[i]!, box)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('measures a polyline', () => {
    expect(
      polylineLength([
        { x: 0, y: 0 },
        { x: 3, y: 4 },
        { x: 3, y: 10 },
      ]),
    ).toBe(11);
  });
});

describe('routeBetween', () => {
  const from = card(0, 0);
  const between = card(CARD_WIDTH * 2, 0);

  it('goes round the cards a function finds, asking it once, for a line within reach', () => {
    const to = card(CARD_WIDTH * 4, 0);
    let asked = 0;
    const lazy = routeBetween(from, to, () => {
      asked++;
      return [between];
    });
    expect(asked).toBe(1);
    expect(lazy).toEqual(routeBetween(from, to, [between]));
    expect(lazy.length).toBeGreaterThan(2);
  });

  it('leaves a long line straight without asking for the cards in its way (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), (x, y) => {
        const to = card(x, y);
        let asked = false;
        const points = routeBetween(from, to, () => {
          asked = true;
          return [between];
        });
        const long = Math.hypot(x, y) > MAX_ROUTED_LENGTH;
        expect(isLongLine(from, to)).toBe(long);
        if (long) {
          expect(asked).toBe(false);
          expect(points).toEqual(routeLine(from, to, []));
        }
      }),
    );
  });
});
