/**
 * Totals per currency, never summed across currencies (issue 12): deal count, total value
 * and likelihood-weighted value, and how each moved against an earlier set of rows.
 */
import type { PipelineRow } from './types';

export interface CurrencyFigures {
  readonly count: number;
  /** Sum of the values (deals without a value add nothing, and are counted in `unvalued`). */
  readonly value: number;
  /** Sum of value × likelihood / 100. */
  readonly weighted: number;
  readonly unvalued: number;
}

export interface CurrencyTotal extends CurrencyFigures {
  /** ISO 4217 code; null for deals whose currency is not set. */
  readonly currency: string | null;
  /** Now minus the earlier rows' figures in this currency; null when no earlier rows were given. */
  readonly movement: CurrencyFigures | null;
}

export interface PipelineTotals {
  /** One entry per currency present now or earlier, by code (null last). */
  readonly currencies: readonly CurrencyTotal[];
  readonly count: number;
}

/** Totals of the rows given (filter them first: the open pipeline is `state: 'open'`). */
export function pipelineTotals(rows: readonly PipelineRow[], previousRows?: readonly PipelineRow[]): PipelineTotals {
  void rows;
  void previousRows;
  throw new Error('not yet');
}
