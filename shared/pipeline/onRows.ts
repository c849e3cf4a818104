/**
 * The pipeline's work on rows only: the row's types, filtering and sorting, totals, the
 * chart, the wording and the packed form. Nothing here analyses a map or reads a document
 * (no analysis, no document schema, no zod), so the view that draws the pipeline imports
 * this and its code stays small and quick to start (issue 12). The package's index
 * re-exports it with the rest.
 */
export * from './types';
export type { Outcome } from './outcome';
export type { DealMovement } from './whatMoved';
export { packRow, unpackRow, type PackedRow } from './packed';
export {
  filterPipeline,
  rowMatches,
  sortPipeline,
  SORT_KEYS,
  type PipelineFilter,
  type SortDirection,
  type SortKey,
} from './query';
export { pipelineTotals, type CurrencyFigures, type CurrencyTotal, type PipelineTotals } from './totals';
export { decidingThisQuarter, likelihoodByDecisionDate, quarterOf, type ChartPoint, type DecisionChart } from './chart';
export { chartScales, quarterMonthStarts, type ChartScales } from './chartScales';
export { placeChartNames, type ChartNames, type ChartNameStyle } from './chartNames';
export {
  boxesIntersect,
  placeChartLabels,
  type LabelBox,
  type LabelLayout,
  type LabelOptions,
  type LabelRequest,
} from './chartLabels';
export * from './wording';
export { FIRST_SCREEN_ROWS, firstScreen, type FirstScreen } from './firstScreen';
