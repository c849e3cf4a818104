/**
 * Stable serialisation: the same document always gives the same bytes, so files diff well
 * and saving an unchanged map changes nothing. Known keys come in the order PRODUCT.md
 * writes them; keys this version does not know follow, sorted.
 */
import type { PowermapDocument } from './schema';
import { SUPPLIER_CRITERIA } from './vocabulary';

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
  'salesStep',
  'needsRecord',
  'date',
  'text',
  'standing',
  'bestSupplier',
  'scores',
  // The criteria in the course's chart order, as the vocabulary lists them.
  ...SUPPLIER_CRITERIA,
  'ours',
  'best',
  'outcome',
  'result',
  'closedOn',
  'reason',
  'note',
  'competitor',
  'likelihoodModel',
  'base',
  'gapCosts',
  'adoptedBy',
  'adoptedAt',
  'fittedFrom',
  'won',
  'lost',
  'point',
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
  'notes',
  'position',
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
/** `position` is a stakeholder's place on the map, but also one of the three interests. */
const INTERESTS_RANK = new Map(['organizational', 'position', 'personal'].map((key, index) => [key, index]));

function rankIn(parent: string | undefined): (a: string, b: string) => number {
  const ranks = parent === 'interests' ? INTERESTS_RANK : RANK;
  return (a, b) => compareRanked(ranks, a, b);
}

/** Orders keys as files write them: known keys in PRODUCT.md's order, then the rest sorted. */
export function compareKeys(a: string, b: string): number {
  return compareRanked(RANK, a, b);
}

function compareRanked(ranks: ReadonlyMap<string, number>, a: string, b: string): number {
  const ra = ranks.get(a);
  const rb = ranks.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonical(value: unknown, parent?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, parent));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort(rankIn(parent))) {
    if (source[key] !== undefined) out[key] = canonical(source[key], key);
  }
  return out;
}

export function serializeDocument(document: PowermapDocument): string {
  return `${JSON.stringify(canonical(document), null, 2)}\n`;
}
