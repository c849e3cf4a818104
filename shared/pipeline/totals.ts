/**
 * Totals per currency, never summed across currencies (issue 12): deal count, total value
 * and likelihood-weighted value, and how each moved against an earlier set of rows.
 */
import type { PipelineRow } from './types';

export interface CurrencyFigures {
  readonly count: number;
  /** Sum of the values, to the cent (deals without a value add nothing, and are counted in `unvalued`). */
  readonly value: number;
  /** Sum of value × likelihood / 100, to the cent. */
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
  /** One entry per currency present now or earlier, by code (deals without a currency last). */
  readonly currencies: readonly CurrencyTotal[];
  /** Deals counted, all currencies: a count, which may be added up; money may not. */
  readonly count: number;
}

interface Sums {
  count: number;
  value: number;
  weighted: number;
  unvalued: number;
}

/** Whole cents: money sums are shown and compared to the cent, free of binary noise. */
function cents(amount: number): number {
  return Math.round(amount * 100) / 100 + 0;
}

function sumByCurrency(rows: readonly PipelineRow[]): Map<string | null, Sums> {
  const out = new Map<string | null, Sums>();
  for (const row of rows) {
    let sums = out.get(row.currency);
    if (sums === undefined) {
      sums = { count: 0, value: 0, weighted: 0, unvalued: 0 };
      out.set(row.currency, sums);
    }
    sums.count += 1;
    if (row.value === null) sums.unvalued += 1;
    else {
      sums.value += row.value;
      sums.weighted += (row.value * row.likelihood) / 100;
    }
  }
  return out;
}

const NONE: Sums = { count: 0, value: 0, weighted: 0, unvalued: 0 };

function figures(sums: Sums): CurrencyFigures {
  return { count: sums.count, value: cents(sums.value), weighted: cents(sums.weighted), unvalued: sums.unvalued };
}

function byCode(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Totals of the rows given (filter them first: the open pipeline is `state: 'open'`). */
export function pipelineTotals(rows: readonly PipelineRow[], previousRows?: readonly PipelineRow[]): PipelineTotals {
  const now = sumByCurrency(rows);
  const then = previousRows === undefined ? null : sumByCurrency(previousRows);
  const codes = new Set<string | null>([...now.keys(), ...(then?.keys() ?? [])]);
  const currencies = [...codes].sort(byCode).map((currency): CurrencyTotal => {
    const current = figures(now.get(currency) ?? NONE);
    if (then === null) return { currency, ...current, movement: null };
    const earlier = figures(then.get(currency) ?? NONE);
    return {
      currency,
      ...current,
      movement: {
        count: current.count - earlier.count,
        value: cents(current.value - earlier.value),
        weighted: cents(current.weighted - earlier.weighted),
        unvalued: current.unvalued - earlier.unvalued,
      },
    };
  });
  return { currencies, count: rows.length };
}
