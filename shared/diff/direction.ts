/**
 * Which field moves are better or worse for us: attitude (unknown ranks between opponent
 * and neutral: learning that someone opposes us is a worse position, not better
 * knowledge), closeness, relationship stage, and the qualification answers.
 */
import {
  ATTITUDE_RANK,
  CLOSENESS,
  QUALIFICATION_ANSWERS,
  RELATIONSHIP_STAGES,
  type Attitude,
} from '../document/vocabulary';
import type { Direction } from './types';

const ANSWER_RANK: Readonly<Record<(typeof QUALIFICATION_ANSWERS)[number], number>> = { no: 0, unsure: 1, yes: 2 };

function rankOf(field: string, value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (field === 'attitude') return ATTITUDE_RANK[value as Attitude];
  if (field === 'closeness') return (CLOSENESS as readonly string[]).indexOf(value);
  if (field === 'stage') return (RELATIONSHIP_STAGES as readonly string[]).indexOf(value);
  if (field.startsWith('qualification.')) return ANSWER_RANK[value as keyof typeof ANSWER_RANK];
  return undefined;
}

export function directionOf(field: string, old: unknown, next: unknown): Direction | undefined {
  const before = rankOf(field, old);
  const after = rankOf(field, next);
  if (before === undefined || after === undefined || before < 0 || after < 0 || before === after) return undefined;
  return after > before ? 'improved' : 'worsened';
}

/** Improved when every directed change improved, worsened when every one worsened. */
export function overallDirection(directions: readonly (Direction | undefined)[]): Direction | undefined {
  const set = new Set(directions.filter((d): d is Direction => d !== undefined));
  return set.size === 1 ? [...set][0] : undefined;
}
