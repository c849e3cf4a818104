import type { ChangeEvent } from 'react';
import type { PipelineFilter } from '../../shared/pipeline/onRows';

/** A single choice of a list criterion: the empty string is "any". */
export function one<T extends string>(list: readonly T[] | undefined): string {
  return list?.[0] ?? '';
}

type ListKey = 'owners' | 'teams' | 'stages' | 'statuses';

/**
 * The filter with one list criterion set from a single choice. "Any" leaves the criterion
 * out: an empty list would match no row (shared/pipeline's filter).
 */
export function withChoice(filter: PipelineFilter, key: ListKey, value: string): PipelineFilter {
  const next: Record<string, unknown> = { ...filter };
  if (value === '') delete next[key];
  else next[key] = [value];
  return next;
}

export function numberOrNull(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null;
}

/** A control's change handler: the whole new filter, with `key` read from the control's value. */
export type FieldSetter = <K extends keyof PipelineFilter>(
  key: K,
  read: (value: string) => PipelineFilter[K],
) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;

export function fieldSetter(filter: PipelineFilter, onChange: (next: PipelineFilter) => void): FieldSetter {
  return (key, read) => (event) => onChange({ ...filter, [key]: read(event.target.value) });
}
