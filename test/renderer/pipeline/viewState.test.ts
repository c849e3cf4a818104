import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  isFiltered,
  nextSort,
  readSavedFilters,
  shownRows,
  weekBefore,
  withSavedFilter,
  type SavedFilter,
} from '../../../renderer/pipeline/viewState';
import { withChoice } from '../../../renderer/pipeline/filterEdits';
import type { PipelineRow } from '../../../shared/pipeline';

/** An open green deal; the tests below change what they look at. */
const ROW: PipelineRow = {
  dealId: 'd-0',
  name: '',
  account: '',
  value: null,
  currency: null,
  purchaseStage: 'needs',
  salesStep: null,
  decisionDate: null,
  daysLeft: null,
  overdue: false,
  likelihood: 50,
  trend: { since: null, delta: null, series: [] },
  criticalGaps: { count: 0, codes: [], gaps: [] },
  coverage: { keyPeople: 0, covered: 0, share: null },
  lastChange: null,
  owner: null,
  team: null,
  status: 'green',
  reasons: [],
  outcome: null,
  searchKey: '',
};

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

describe('the rows the table shows', () => {
  const row = (dealId: string, name: string, outcome: PipelineRow['outcome'] = null): PipelineRow => ({
    ...ROW,
    dealId,
    name,
    outcome,
  });
  const rows = [
    row('d-zhang', '张家港'),
    row('d-an', '安徽'),
    row('d-bei', '北京'),
    row('d-won', '成都', { result: 'won', closedOn: '2026-11-01', reason: null, note: '', competitor: null }),
  ];
  const byName = { filter: DEFAULT_VIEW.filter, sort: { key: 'name', direction: 'asc' } } as const;

  it('sorts names by pinyin in Chinese (an, bei, zhang), by code point order otherwise, and leaves closed deals out', () => {
    expect(shownRows(rows, byName, 'zh-CN').map((r) => r.dealId)).toEqual(['d-an', 'd-bei', 'd-zhang']);
    expect(shownRows(rows, byName, 'en').map((r) => r.dealId)).not.toEqual(['d-an', 'd-bei', 'd-zhang']);
  });
});
