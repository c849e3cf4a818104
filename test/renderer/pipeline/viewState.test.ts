import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  isFiltered,
  nextSort,
  readSavedFilters,
  weekBefore,
  withSavedFilter,
  type SavedFilter,
} from '../../../renderer/pipeline/viewState';
import { withChoice } from '../../../renderer/pipeline/PipelineFilters';

const saved: SavedFilter = {
  name: 'Red this quarter',
  view: {
    filter: { state: 'open', statuses: ['red'], decisionFrom: '2026-10-01', decisionTo: '2026-12-31', search: '' },
    sort: { key: 'value', direction: 'desc' },
    since: '2026-11-25',
  },
};

describe('the pipeline view state', () => {
  it('sorts a new column in its natural direction and flips the same column', () => {
    expect(nextSort(DEFAULT_VIEW.sort, 'value')).toEqual({ key: 'value', direction: 'desc' });
    expect(nextSort(DEFAULT_VIEW.sort, 'name')).toEqual({ key: 'name', direction: 'asc' });
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
  });

  it('tells a narrowed filter from the default open pipeline', () => {
    expect(isFiltered(DEFAULT_VIEW.filter)).toBe(false);
    expect(isFiltered({ state: 'open', search: '', owners: [], likelihoodMin: null })).toBe(false);
    expect(isFiltered({ state: 'closed' })).toBe(true);
    expect(isFiltered({ state: 'open', search: '张' })).toBe(true);
    expect(isFiltered({ state: 'open', likelihoodMin: 0 })).toBe(true);
  });

  it('finds the week before a date across a month and a year', () => {
    expect(weekBefore('2026-12-02')).toBe('2026-11-25');
    expect(weekBefore('2027-01-03')).toBe('2026-12-27');
  });
});

describe('saved filters', () => {
  it('read back what was saved', () => {
    const text = JSON.stringify([saved]);
    expect(readSavedFilters(text)).toEqual([
      {
        name: saved.name,
        view: {
          ...saved.view,
          filter: { ...saved.view.filter, likelihoodMin: null, likelihoodMax: null, changedSince: null },
        },
      },
    ]);
  });

  it('skip damaged entries and drop unknown criteria, keeping the rest', () => {
    const text = JSON.stringify([
      42,
      { name: '', view: saved.view },
      { name: 'odd', view: { filter: { statuses: ['purple', 'amber'], likelihoodMin: 140, decisionFrom: 'soon' } } },
      saved,
    ]);
    const read = readSavedFilters(text);
    expect(read.map((f) => f.name)).toEqual(['odd', saved.name]);
    expect(read[0]!.view.filter).toMatchObject({ statuses: ['amber'], likelihoodMin: null, decisionFrom: null });
    expect(read[0]!.view.sort).toEqual(DEFAULT_VIEW.sort);
  });

  it('read nothing from no storage or text that is not JSON', () => {
    expect(readSavedFilters(null)).toEqual([]);
    expect(readSavedFilters('{not json')).toEqual([]);
    expect(readSavedFilters('{"a":1}')).toEqual([]);
  });

  it('replace a filter saved again under its name, in its place', () => {
    const other: SavedFilter = { name: 'Mine', view: DEFAULT_VIEW };
    const list = withSavedFilter(withSavedFilter([], saved), other);
    const again = withSavedFilter(list, { name: saved.name, view: DEFAULT_VIEW });
    expect(again.map((f) => f.name)).toEqual([saved.name, 'Mine']);
    expect(again[0]!.view).toBe(DEFAULT_VIEW);
  });
});

describe('a list criterion chosen in the filters', () => {
  it('is left out for "any", so it never narrows to nothing', () => {
    const rows = [{ owner: 'Li' }, { owner: 'Wang' }];
    const chosen = withChoice({ state: 'open' }, 'owners', 'Li');
    expect(chosen.owners).toEqual(['Li']);
    const cleared = withChoice(chosen, 'owners', '');
    expect('owners' in cleared).toBe(false);
    expect(rows.filter((r) => cleared.owners?.includes(r.owner) ?? true)).toHaveLength(2);
    const read = readSavedFilters(JSON.stringify([{ name: 'x', view: { filter: { statuses: [], owners: [] } } }]));
    expect(read[0]!.view.filter).not.toHaveProperty('statuses');
    expect(read[0]!.view.filter).not.toHaveProperty('owners');
  });
});
