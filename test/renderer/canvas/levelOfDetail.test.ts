/** The level of detail by zoom: thresholds from readable text, hysteresis against flicker. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BAND,
  DETAILS,
  detailClass,
  FAR_NAME_PX,
  NAME_PX,
  NAMES_BELOW,
  nextDetail,
  READABLE_PX,
  SHAPES_BELOW,
  type Detail,
} from '../../../renderer/canvas/levelOfDetail';

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;
/** Any zoom, often one close to a threshold, where flicker would happen. */
const zoom = fc.oneof(
  fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
  fc
    .tuple(fc.constantFrom(NAMES_BELOW, SHAPES_BELOW), fc.double({ min: 0.9, max: 1.2, noNaN: true }))
    .map(([t, f]) => t * f),
);
const detail = fc.constantFrom(...DETAILS);
const rank = (d: Detail) => DETAILS.indexOf(d);

/** The levels a sequence of zooms goes through, from `start`. */
function walk(start: Detail, zooms: readonly number[]): Detail[] {
  const levels: Detail[] = [];
  let now = start;
  for (const z of zooms) {
    now = nextDetail(now, z);
    levels.push(now);
  }
  return levels;
}

describe('the thresholds', () => {
  it('come from the size of the name on screen, and shapes come after names', () => {
    expect(NAMES_BELOW * NAME_PX).toBeCloseTo(READABLE_PX);
    expect(SHAPES_BELOW * FAR_NAME_PX).toBeCloseTo(READABLE_PX);
    expect(SHAPES_BELOW * BAND).toBeLessThan(NAMES_BELOW);
    expect(MIN_ZOOM).toBeLessThan(SHAPES_BELOW);
  });

  it('open a map at 50% (the smallest opening zoom) with full cards, and a whole large map with shapes', () => {
    expect(nextDetail('full', 0.5)).toBe('full');
    expect(nextDetail('full', 0.4)).toBe('names');
    expect(nextDetail('full', MIN_ZOOM)).toBe('shapes');
  });

  it('comes back to full cards after one step of the zoom buttons out of the opening zoom and one back in', () => {
    const step = 1.2;
    expect(walk('full', [0.5 / step, 0.5])).toEqual(['names', 'full']);
    expect(walk('full', [0.5 / step ** 3, 0.5 / step ** 2, 0.5])).toEqual(['shapes', 'names', 'full']);
  });

  it('stays put on a zoom that is not a number or not positive', () => {
    for (const d of DETAILS) for (const z of [NaN, 0, -1, Infinity]) expect(nextDetail(d, z)).toBe(d);
  });

  it('gives the canvas one class per coarse level and none for full cards', () => {
    expect(detailClass('full')).toBe('');
    expect(detailClass('names')).toBe(' pm-canvas--far');
    expect(detailClass('shapes')).toBe(' pm-canvas--shapes');
  });
});

describe('nextDetail', () => {
  it('never shows text smaller than readable: full cards only at a zoom where their name is readable, names likewise', () => {
    fc.assert(
      fc.property(detail, zoom, (from, z) => {
        const to = nextDetail(from, z);
        if (to === 'full') expect(NAME_PX * z).toBeGreaterThanOrEqual(READABLE_PX - 1e-9);
        if (to === 'names') expect(FAR_NAME_PX * z).toBeGreaterThanOrEqual(READABLE_PX - 1e-9);
      }),
    );
  });

  it('is decided by the zoom alone outside the hysteresis bands', () => {
    const outsideBands = zoom.filter(
      (z) => !(z >= NAMES_BELOW && z < NAMES_BELOW * BAND) && !(z >= SHAPES_BELOW && z < SHAPES_BELOW * BAND),
    );
    fc.assert(
      fc.property(detail, detail, outsideBands, (a, b, z) => {
        expect(nextDetail(a, z)).toBe(nextDetail(b, z));
      }),
    );
  });

  it('is settled after one step: the same zoom again changes nothing', () => {
    fc.assert(
      fc.property(detail, zoom, (from, z) => {
        const once = nextDetail(from, z);
        expect(nextDetail(once, z)).toBe(once);
      }),
    );
  });

  it('never shows more when zoomed further out from the same level', () => {
    fc.assert(
      fc.property(detail, zoom, zoom, (from, a, b) => {
        const [near, far] = a >= b ? [a, b] : [b, a];
        expect(rank(nextDetail(from, far))).toBeGreaterThanOrEqual(rank(nextDetail(from, near)));
      }),
    );
  });

  it('does not flicker: after a switch to fewer details, more come back only once the zoom rose by BAND', () => {
    fc.assert(
      fc.property(detail, fc.array(zoom, { minLength: 1, maxLength: 60 }), (start, zooms) => {
        const levels = walk(start, zooms);
        let coarserAt: number | null = null;
        let before = start;
        levels.forEach((level, i) => {
          const z = zooms[i]!;
          if (rank(level) > rank(before)) coarserAt = z;
          else if (rank(level) < rank(before)) {
            if (coarserAt !== null) expect(z / coarserAt).toBeGreaterThanOrEqual(BAND);
            coarserAt = null;
          }
          before = level;
        });
      }),
    );
  });

  it('holds its level while the zoom jitters within the band around a threshold', () => {
    const threshold = fc.constantFrom(NAMES_BELOW, SHAPES_BELOW);
    fc.assert(
      fc.property(
        detail,
        threshold,
        fc.array(fc.double({ min: 0.97, max: 1.07, noNaN: true }), { minLength: 2, maxLength: 60 }),
        (start, t, factors) => {
          const levels = walk(start, [t * 0.9, ...factors.map((f) => t * f)]).slice(1);
          const changes = levels.filter((level, i) => i > 0 && level !== levels[i - 1]).length;
          expect(changes).toBe(0);
        },
      ),
    );
  });
});
