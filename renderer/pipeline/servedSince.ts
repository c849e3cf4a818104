/**
 * The server's answer to GET /api/pipeline?since=… (or its kept copy), read defensively as
 * the rows are (mergeRows.ts `readServedRows`): every row through shared/pipeline's schema,
 * every movement through the schema below; a part that is not one is left out, never drawn
 * wrongly. An answer for another date (or, for the movements, another language) is not this
 * one: null, as when nothing was kept.
 */
import { z } from 'zod';
import type { Lang } from '../../shared/i18n';
import { readPipelineRow, type DealMovement, type PipelineRow } from '../../shared/pipeline';

const AttributionRowSchema = z.object({
  kind: z.enum(['person', 'deal', 'structure']),
  id: z.string().optional(),
  name: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'relationships']).optional(),
  points: z.number().finite(),
  rounded: z.number().int(),
  terms: z.array(z.string()),
});

const DealMovementSchema = z.object({
  dealId: z.string().min(1),
  name: z.string(),
  fromDate: z.string(),
  before: z.number().finite(),
  after: z.number().finite(),
  delta: z.number().int(),
  changes: z.array(AttributionRowSchema),
});

export interface ServedSince {
  readonly rows: readonly PipelineRow[];
  readonly then: readonly PipelineRow[];
  readonly moved: readonly DealMovement[];
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

function rowsIn(value: unknown): PipelineRow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const row = readPipelineRow(item);
    return row === null ? [] : [row];
  });
}

function movementsIn(value: unknown): DealMovement[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const read = DealMovementSchema.safeParse(item);
    return read.success ? [read.data] : [];
  });
}

/** The answer for `since` (and, when given, words in `lang`), or null when the payload is not one. */
export function readServedSince(payload: unknown, since: string, lang?: Lang): ServedSince | null {
  const answer = record(payload);
  if (answer === null || answer['since'] !== since || !Array.isArray(answer['rows'])) return null;
  if (lang !== undefined && answer['lang'] !== lang) return null;
  return { rows: rowsIn(answer['rows']), then: rowsIn(answer['then']), moved: movementsIn(answer['moved']) };
}
