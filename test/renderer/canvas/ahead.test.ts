/** How far the region reaches at rest: as many people around the view as the budget allows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AHEAD_PEOPLE, KeptMargins, marginToMeet, restMargin } from '../../../renderer/canvas/ahead';
import { madeFrom } from '../../../renderer/canvas/arrayChanges';
import { around, gapToView } from '../../../renderer/canvas/mounting';
import { REGION_MARGIN, regionFor, viewRect, type Rect } from '../../../renderer/canvas/region';
import { CARD_HEIGHT, CARD_WIDTH, type PersonNode } from '../../../renderer/canvas/toFlow';

const card = (at: { x: number; y: number }): Rect => ({ ...at, width: CARD_WIDTH, height: CARD_HEIGHT });
/** The cards the view, grown by `margin` on each side, meets (to a rounding error of the growth). */
const met = (positions: readonly { x: number; y: number }[], view: Rect, margin: number) =>
  positions.filter((at) => gapToView(card(at), around(view, margin)) < 1e-6).length;

/** The benchmark's map: 40 people a row, 220 by 140 flow units apart (build/bench/syntheticMap.ts). */
const grid = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ x: (i % 40) * 220, y: Math.floor(i / 40) * 140 }));
/** The view of a 1280 by 800 pane at 50%, at the top left of the map. */
const halfZoomView = viewRect({ x: 0, y: 0, zoom: 0.5 }, { width: 1280, height: 800 });

const coordinate = fc.integer({ min: -30_000, max: 30_000 });
const positions = fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 300 });
const views = fc.record({
  x: fc.integer({ min: -10_000, max: 10_000 }),
  y: fc.integer({ min: -10_000, max: 10_000 }),
  width: fc.integer({ min: 400, max: 12_000 }),
  height: fc.integer({ min: 300, max: 8_000 }),
});

describe('marginToMeet', () => {
  it('is 0 for a card the view meets, and is the least margin that meets a card outside it', () => {
    fc.assert(
      fc.property(fc.record({ x: coordinate, y: coordinate }), views, (at, view) => {
        const margin = marginToMeet(at, view);
        expect(gapToView(card(at), around(view, margin))).toBeLessThan(1e-6);
        if (margin > 1e-9) expect(gapToView(card(at), around(view, margin * 0.999))).toBeGreaterThan(0);
        else expect(gapToView(card(at), view)).toBe(0);
      }),
    );
  });
});

describe('restMargin', () => {
  it('mounts a map no larger than the budget whole, and about the budget of a larger one', () => {
    const small = grid(AHEAD_PEOPLE);
    const margin = restMargin(small, halfZoomView);
    expect(met(small, halfZoomView, margin)).toBe(AHEAD_PEOPLE);
    const region = regionFor(halfZoomView, 0.5, margin);
    expect(small.every((at) => gapToView(card(at), region) === 0)).toBe(true);

    for (const people of [1000, 3000]) {
      const large = grid(people);
      const reached = met(large, halfZoomView, restMargin(large, halfZoomView));
      expect(reached).toBeLessThanOrEqual(AHEAD_PEOPLE);
      // Less by at most the cards at the edge the budget ends at (a row and a column of the grid).
      expect(reached).toBeGreaterThan(AHEAD_PEOPLE - 40 - Math.ceil(people / 40));
    }
  });

  it('keeps the least margin when the view alone holds more than the budget', () => {
    expect(restMargin(grid(3000), halfZoomView, 50)).toBe(REGION_MARGIN);
    expect(restMargin([], halfZoomView)).toBe(REGION_MARGIN);
  });

  it('never goes below the least margin, meets every card within the budget, and no more cards than it', () => {
    fc.assert(
      fc.property(positions, views, fc.integer({ min: 0, max: 200 }), (list, view, budget) => {
        const margin = restMargin(list, view, budget);
        expect(margin).toBeGreaterThanOrEqual(REGION_MARGIN);
        if (list.length <= budget) expect(met(list, view, margin)).toBe(list.length);
        else if (margin > REGION_MARGIN) expect(met(list, view, margin)).toBeLessThanOrEqual(budget);
      }),
    );
  });

  it('reaches as far as the budget allows: the next card out would take it over', () => {
    fc.assert(
      fc.property(positions, views, fc.integer({ min: 1, max: 200 }), (list, view, budget) => {
        fc.pre(list.length > budget);
        const margin = restMargin(list, view, budget);
        const beyond = list.map((at) => marginToMeet(at, view)).filter((m) => m > margin);
        const next = Math.min(...beyond);
        expect(list.filter((at) => marginToMeet(at, view) <= next).length).toBeGreaterThan(budget);
      }),
    );
  });
});

describe('KeptMargins (the margin ahead after a drop)', () => {
  const node = (id: number, at: { x: number; y: number }) => ({ id: `p${id}`, position: at }) as unknown as PersonNode;
  // Few places, so cards tie at the budget's edge.
  const place = fc.record({
    x: fc.integer({ min: -8, max: 8 }).map((n) => n * 300),
    y: fc.integer({ min: -8, max: 8 }).map((n) => n * 200),
  });
  const step = fc.record({
    moves: fc.array(fc.tuple(fc.nat(), place), { maxLength: 3 }),
    recorded: fc.boolean(),
    view: fc.option(views, { nil: null }),
  });

  it('for every run of drops (said or not) and views, gives what restMargin gives afresh', () => {
    fc.assert(
      fc.property(
        fc.array(place, { maxLength: 60 }),
        views,
        fc.array(step, { maxLength: 10 }),
        fc.integer({ min: 1, max: 40 }),
        (start, firstView, steps, budget) => {
          const kept = new KeptMargins();
          let nodes = start.map((at, i) => node(i, at));
          let view = firstView;
          const fresh = () =>
            restMargin(
              nodes.map((n) => n.position),
              view,
              budget,
            );
          expect(kept.of(nodes, view, budget)).toBe(fresh());
          for (const { moves, recorded, view: nextView } of steps) {
            const next = [...nodes];
            const at = moves
              .filter(() => nodes.length > 0)
              .map(([i, to]) => {
                const k = i % nodes.length;
                next[k] = node(k, to);
                return k;
              });
            if (recorded) madeFrom(next, nodes, at);
            nodes = next;
            view = nextView ?? view;
            expect(kept.of(nodes, view, budget)).toBe(fresh());
          }
        },
      ),
    );
  });
});
