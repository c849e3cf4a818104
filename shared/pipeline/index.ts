/**
 * The pipeline (issue 12): every deal at a glance, for the salesperson and the team lead.
 *
 * - `summarizeDeal(document, { asOf, since?, lastChange?, owner?, team? })` makes one
 *   `PipelineRow`: the deal's figures, the likelihood now and its trend from the history
 *   snapshots, the critical gaps (rule codes, named by `wording.ts` through the catalogues),
 *   the key people's coverage, the last change and the red / amber / green status with its
 *   reasons (the rule is docs/PIPELINE.md). It analyses each version once and caches the
 *   snapshots' figures by snapshot object, so summarizing again after an edit analyses only
 *   the current map. Rows hold no worded text: the server stores them, both languages read them.
 * - `filterPipeline`, `sortPipeline` and `pipelineTotals` work on rows only (no analysis),
 *   cheap enough for thousands of deals; totals are per currency, never summed across.
 * - `decidingThisQuarter` / `likelihoodByDecisionDate`: the chart's model.
 * - `whatMoved(documents, since, { asOf })`: what moved each deal most, from the attribution.
 * - `closeDeal` / `reopenDeal`: the outcome (`deal.outcome`), with a final snapshot.
 * - `dealAsOf(document, date)`: the deal as it stood on a date, for the rows of "then".
 * - `packRow` / `unpackRow`: a row in a compact form, for keeping and reading thousands.
 *
 * `onRows.ts` is the part that works on rows only (no analysis, no zod): the view imports it.
 */
export * from './onRows';
export * from './outcome';
export { PipelineRowSchema, readPipelineRow } from './schema';
export { SEARCH_KEY_SEPARATOR, summarizeDeal, SERIES_POINTS, withOwnerAndTeam } from './summarize';
export { AMBER_BELOW, COVERAGE_AMBER_BELOW, FELL_POINTS, RED_BELOW } from './status';
export { dealAsOf, likelihoodSeries } from './trend';
export { byMovement, whatMoved, type WhatMovedOptions } from './whatMoved';
