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

/**
 * The smallest widths add up to 976 px: every column fits a 1,024 px window (its padding and
 * the body's scroll bar around the table), the status whole. Dates and figures keep their
 * width (a Chinese date is the widest); free text (deal, account, stage) ends in an ellipsis;
 * headings wrap onto two lines; the likelihood drops its sparkline when narrow (pipeline.css).
 */
export const COLUMNS: readonly Column[] = [
  { id: 'deal', label: 'pipelineApp.column.deal', sort: 'name', width: 'minmax(104px, 1.6fr)' },
  { id: 'account', label: 'pipelineApp.column.account', sort: 'account', width: 'minmax(84px, 1.3fr)' },
  { id: 'value', label: 'pipelineApp.column.value', sort: 'value', width: 'minmax(120px, 1fr)', numeric: true },
  { id: 'stage', label: 'pipelineApp.column.stage', sort: 'stage', width: 'minmax(84px, 1.3fr)' },
  { id: 'decision', label: 'pipelineApp.column.decision', sort: 'decisionDate', width: 'minmax(132px, 1.2fr)' },
  { id: 'likelihood', label: 'pipelineApp.column.likelihood', sort: 'likelihood', width: 'minmax(80px, 128px)' },
  { id: 'gaps', label: 'pipelineApp.column.gaps', sort: 'criticalGaps', width: '72px', numeric: true },
  { id: 'coverage', label: 'pipelineApp.column.coverage', sort: 'coverage', width: '80px', numeric: true },
  { id: 'changed', label: 'pipelineApp.column.changed', sort: 'lastChange', width: 'minmax(132px, 1fr)' },
  { id: 'status', label: 'pipelineApp.column.status', sort: 'status', width: 'minmax(88px, 1.2fr)' },
];

export const GRID_TEMPLATE = COLUMNS.map((c) => c.width).join(' ');

/** The row height in pixels: fixed, so the table can draw only the rows in view (virtualRows.ts). */
export const ROW_HEIGHT = 48;
