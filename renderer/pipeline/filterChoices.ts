import type { PipelineRow } from '../../shared/pipeline/onRows';
import type { FilterChoices } from './PipelineFilters';

function distinct(rows: readonly PipelineRow[], pick: (row: PipelineRow) => string | null): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = pick(row);
    if (value) seen.add(value);
  }
  return [...seen].sort((a, b) => a.localeCompare(b));
}

/** The owners and teams the filters offer: those of the rows, each once, in order. */
export function filterChoicesOf(rows: readonly PipelineRow[]): FilterChoices {
  return {
    owners: distinct(rows, (r) => r.owner),
    teams: distinct(rows, (r) => r.team),
  };
}
