/** The pipeline table's columns: their heading, the sort key behind them and their width. */
import type { MessageKey } from '../../shared/i18n';
import type { SortKey } from '../../shared/pipeline/onRows';

export interface Column {
  readonly id: string;
  readonly label: MessageKey;
  readonly sort: SortKey;
  /** A CSS grid track. */
  readonly width: string;
  readonly numeric?: boolean;
}

export const COLUMNS: readonly Column[] = [
  { id: 'deal', label: 'pipelineApp.column.deal', sort: 'name', width: 'minmax(130px, 1.6fr)' },
  { id: 'account', label: 'pipelineApp.column.account', sort: 'account', width: 'minmax(100px, 1.3fr)' },
  { id: 'value', label: 'pipelineApp.column.value', sort: 'value', width: 'minmax(112px, 1fr)', numeric: true },
  { id: 'stage', label: 'pipelineApp.column.stage', sort: 'stage', width: 'minmax(110px, 1.3fr)' },
  { id: 'decision', label: 'pipelineApp.column.decision', sort: 'decisionDate', width: 'minmax(136px, 1.2fr)' },
  { id: 'likelihood', label: 'pipelineApp.column.likelihood', sort: 'likelihood', width: '128px' },
  { id: 'gaps', label: 'pipelineApp.column.gaps', sort: 'criticalGaps', width: '104px', numeric: true },
  { id: 'coverage', label: 'pipelineApp.column.coverage', sort: 'coverage', width: '84px', numeric: true },
  { id: 'changed', label: 'pipelineApp.column.changed', sort: 'lastChange', width: 'minmax(112px, 1fr)' },
  { id: 'status', label: 'pipelineApp.column.status', sort: 'status', width: 'minmax(96px, 1.2fr)' },
];

export const GRID_TEMPLATE = COLUMNS.map((c) => c.width).join(' ');

/** The row height in pixels: fixed, so the table can draw only the rows in view (virtualRows.ts). */
export const ROW_HEIGHT = 48;
