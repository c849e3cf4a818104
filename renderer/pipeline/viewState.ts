/**
 * What the pipeline view shows, as one plain value: the filter, the sort and the date the
 * movement is measured from. Saved filters keep this value under a name in local storage;
 * it is read back defensively (a damaged or older entry is skipped, never a crash).
 */
import type { Lang } from '../../shared/i18n';
import {
  filterPipeline,
  PIPELINE_STATUSES,
  sortPipeline,
  SORT_KEYS,
  type PipelineFilter,
  type PipelineRow,
  type SortDirection,
  type SortKey,
} from '../../shared/pipeline/onRows';
import { PURCHASE_STAGES, type PurchaseStage } from '../../shared/document/vocabulary';
import { isCalendarDate } from '../../shared/values';

export interface PipelineViewState {
  readonly filter: PipelineFilter;
  readonly sort: { readonly key: SortKey; readonly direction: SortDirection };
  /** The date the trend and the totals' movement are measured from; null: the last snapshot, no movement. */
  readonly since: string | null;
}

/** The rows the table shows: those the filter passes, in the view's order; text by the language's collation (pinyin for Chinese). */
export function shownRows(
  rows: readonly PipelineRow[],
  view: Pick<PipelineViewState, 'filter' | 'sort'>,
  lang: Lang,
): PipelineRow[] {
  return sortPipeline(filterPipeline(rows, view.filter), view.sort.key, view.sort.direction, lang);
}

export const DEFAULT_VIEW: PipelineViewState = {
  filter: { state: 'open' },
  sort: { key: 'decisionDate', direction: 'asc' },
  since: null,
};

/** The date a week before `today` (YYYY-MM-DD), where "what moved this week" starts. */
export function weekBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d - 7));
  return date.toISOString().slice(0, 10);
}

/** Clicking a column: the same column flips its direction, another starts with its natural one. */
export function nextSort(current: PipelineViewState['sort'], key: SortKey): PipelineViewState['sort'] {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  const firstDescending: readonly SortKey[] = ['value', 'likelihood', 'delta', 'criticalGaps', 'lastChange'];
  return { key, direction: firstDescending.includes(key) ? 'desc' : 'asc' };
}

/** Whether any criterion narrows the rows beyond the default (open deals). */
export function isFiltered(filter: PipelineFilter): boolean {
  return Object.entries(filter).some(([key, value]) => {
    if (key === 'state') return value !== 'open';
    if (Array.isArray(value)) return value.length > 0;
    return value !== null && value !== undefined && value !== '';
  });
}

export interface SavedFilter {
  readonly name: string;
  readonly view: PipelineViewState;
}

export const SAVED_FILTERS_KEY = 'powermap.pipeline.savedFilters';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list criterion; an empty list is left out, as "any" (an empty list would match no row). */
function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? value : undefined;
}

function date(value: unknown): string | null {
  return typeof value === 'string' && isCalendarDate(value) ? value : null;
}

function percent(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/** A filter read from storage: unknown or malformed criteria are dropped. */
export function readFilter(raw: unknown): PipelineFilter {
  if (!isRecord(raw)) return DEFAULT_VIEW.filter;
  const stages = strings(raw['stages'])?.filter((s): s is PurchaseStage =>
    (PURCHASE_STAGES as readonly string[]).includes(s),
  );
  const statuses = strings(raw['statuses'])?.filter((s): s is (typeof PIPELINE_STATUSES)[number] =>
    (PIPELINE_STATUSES as readonly string[]).includes(s),
  );
  const state = raw['state'] === 'closed' || raw['state'] === 'all' ? raw['state'] : 'open';
  return {
    state,
    ...(strings(raw['owners']) ? { owners: strings(raw['owners']) } : {}),
    ...(strings(raw['teams']) ? { teams: strings(raw['teams']) } : {}),
    ...(stages && stages.length > 0 ? { stages } : {}),
    ...(statuses && statuses.length > 0 ? { statuses } : {}),
    decisionFrom: date(raw['decisionFrom']),
    decisionTo: date(raw['decisionTo']),
    likelihoodMin: percent(raw['likelihoodMin']),
    likelihoodMax: percent(raw['likelihoodMax']),
    changedSince: date(raw['changedSince']),
    search: typeof raw['search'] === 'string' ? raw['search'] : '',
  };
}

function readView(raw: unknown): PipelineViewState | null {
  if (!isRecord(raw)) return null;
  const sort = isRecord(raw['sort']) ? raw['sort'] : {};
  const key = (SORT_KEYS as readonly unknown[]).includes(sort['key'])
    ? (sort['key'] as SortKey)
    : DEFAULT_VIEW.sort.key;
  const direction = sort['direction'] === 'desc' ? 'desc' : 'asc';
  return { filter: readFilter(raw['filter']), sort: { key, direction }, since: date(raw['since']) };
}

/** The saved filters in storage, in the order saved; entries that do not read are skipped. */
export function readSavedFilters(text: string | null): SavedFilter[] {
  if (text === null) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const saved: SavedFilter[] = [];
  for (const entry of raw) {
    if (!isRecord(entry) || typeof entry['name'] !== 'string' || entry['name'].trim() === '') continue;
    const view = readView(entry['view']);
    if (view) saved.push({ name: entry['name'], view });
  }
  return saved;
}

/** Saving under a name already used replaces that filter, in its place. */
export function withSavedFilter(list: readonly SavedFilter[], entry: SavedFilter): SavedFilter[] {
  const at = list.findIndex((f) => f.name === entry.name);
  if (at < 0) return [...list, entry];
  return list.map((f, i) => (i === at ? entry : f));
}
