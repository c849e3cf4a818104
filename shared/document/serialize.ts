/**
 * Stable serialisation: the same document always gives the same bytes, so files diff well
 * and saving an unchanged map changes nothing. Known keys come in the order PRODUCT.md
 * writes them; keys this version does not know follow, sorted.
 */
import type { PowermapDocument } from './schema';

const KEY_ORDER = [
  'format',
  'version',
  'id',
  'kind',
  'name',
  'title',
  'label',
  'takenAt',
  'account',
  'value',
  'currency',
  'decisionDate',
  'purchaseStage',
  'qualification',
  'opportunity',
  'solution',
  'canWin',
  'worthWinning',
  'competitors',
  'role',
  'department',
  'function',
  'level',
  'roles',
  'attitude',
  'closeness',
  'stage',
  'influence',
  'style',
  'ownerId',
  'lastContact',
  'interests',
  'organizational',
  'position',
  'personal',
  'notes',
  'x',
  'y',
  'from',
  'to',
  'strength',
  'deal',
  'team',
  'stakeholders',
  'relationships',
  'history',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

/** Orders keys as files write them: known keys in PRODUCT.md's order, then the rest sorted. */
export function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a);
  const rb = RANK.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort(compareKeys)) {
    if (source[key] !== undefined) out[key] = canonical(source[key]);
  }
  return out;
}

export function serializeDocument(document: PowermapDocument): string {
  return `${JSON.stringify(canonical(document), null, 2)}\n`;
}
