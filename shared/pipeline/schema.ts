/**
 * The zod schema of a stored summary row: what the team server keeps per deal and the app
 * caches for offline reading are read back through it, so a row from an older build or a
 * damaged cache is refused rather than drawn wrongly. `ROW_VERSION` (types.ts) goes up whenever
 * the row's shape or meaning changes: stored rows of another version are recomputed.
 */
import * as z from 'zod';
import { GAP_CODES } from '../analysis/types';
import { OutcomeSchema } from '../document/schema';
import { BUYING_ROLES, PURCHASE_STAGES, SALES_STEPS } from '../document/vocabulary';
import { PIPELINE_STATUSES, STATUS_REASONS, type PipelineRow } from './types';

const isoDate = z.iso.date();
const count = z.number().int().min(0);

const StatusReasonSchema = z.object({
  code: z.enum(STATUS_REASONS),
  severity: z.enum(['red', 'amber']),
  people: z.array(z.string()),
  figure: z.number().nullable(),
});

const CriticalGapSchema = z.object({
  key: z.string(),
  code: z.enum(GAP_CODES),
  role: z.enum(BUYING_ROLES).optional(),
  people: z.array(z.string()),
});

export const PipelineRowSchema = z.object({
  dealId: z.string().min(1),
  name: z.string(),
  account: z.string(),
  value: z.number().min(0).nullable(),
  currency: z.string().nullable(),
  purchaseStage: z.enum(PURCHASE_STAGES),
  salesStep: z.enum(SALES_STEPS).nullable(),
  decisionDate: isoDate.nullable(),
  daysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  likelihood: z.number().int().min(0).max(100),
  trend: z.object({
    since: isoDate.nullable(),
    delta: z.number().int().nullable(),
    series: z.array(z.object({ date: isoDate, likelihood: z.number().int().min(0).max(100) })),
  }),
  criticalGaps: z.object({ count, codes: z.array(z.enum(GAP_CODES)), gaps: z.array(CriticalGapSchema) }),
  coverage: z.object({ keyPeople: count, covered: count, share: z.number().min(0).max(1).nullable() }),
  lastChange: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
  owner: z.string().nullable(),
  team: z.string().nullable(),
  status: z.enum(PIPELINE_STATUSES),
  reasons: z.array(StatusReasonSchema),
  outcome: OutcomeSchema.nullable(),
  searchKey: z.string(),
});

/** A stored row read back: the row, or null when it is not one (recompute it from the document). */
export function readPipelineRow(value: unknown): PipelineRow | null {
  const parsed = PipelineRowSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
