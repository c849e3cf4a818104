/** The first screen read before every row is drawn only in the default view; what counts every row waits for them all. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawableRows, isDefaultOrder } from '../../../renderer/pipeline/firstScreenData';
import type { PipelineData } from '../../../renderer/pipeline/source';
import { DEFAULT_VIEW, nextSort, type PipelineViewState } from '../../../renderer/pipeline/viewState';
import { SORT_KEYS } from '../../../shared/pipeline/onRows';

const complete: PipelineData = { rows: [], then: null };
const firstScreen: PipelineData = { rows: [], then: null, firstScreenOf: 4200 };

describe('the rows the board may draw', () => {
  it('draws every row in every view, and counts them', () => {
    const view: PipelineViewState = { ...DEFAULT_VIEW, filter: { state: 'closed' } };
    expect(drawableRows(complete, view)).toEqual({ drawn: complete, complete });
    expect(drawableRows(null, DEFAULT_VIEW)).toEqual({ drawn: null, complete: null });
  });

  it('draws the first screen in the default view, with nothing counted yet', () => {
    expect(drawableRows(firstScreen, DEFAULT_VIEW)).toEqual({ drawn: firstScreen, complete: null });
    // The default view as a saved filter reads it back: criteria left empty.
    const saved: PipelineViewState = {
      ...DEFAULT_VIEW,
      filter: { state: 'open', search: '', decisionFrom: null, likelihoodMin: null },
    };
    expect(drawableRows(firstScreen, saved).drawn).toBe(firstScreen);
  });

  it('is still loading in every other filter or order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SORT_KEYS),
        fc.constantFrom<PipelineViewState['filter']>(
          { state: 'open' },
          { state: 'all' },
          { state: 'closed' },
          { state: 'open', search: 'bank' },
          { state: 'open', owners: ['Li Na'] },
        ),
        fc.boolean(),
        (key, filter, flip) => {
          const sort = flip ? nextSort(nextSort(DEFAULT_VIEW.sort, key), key) : nextSort(DEFAULT_VIEW.sort, key);
          const view: PipelineViewState = { ...DEFAULT_VIEW, filter, sort };
          const isDefault =
            filter.state === 'open' &&
            Object.keys(filter).length === 1 &&
            sort.key === 'decisionDate' &&
            sort.direction === 'asc';
          expect(isDefaultOrder(view)).toBe(isDefault);
          expect(drawableRows(firstScreen, view)).toEqual({ drawn: isDefault ? firstScreen : null, complete: null });
        },
      ),
    );
  });
});
