/**
 * A tiny builder for analysis tests: `map(people, lines?, deal?)` makes a MapContent through
 * the real `DocumentSchema.parse`, so every default (attitude unknown, closeness none, level
 * operational, influence null, ...) is the one a real reader fills in.
 */
import type { z } from 'zod';
import {
  analyze,
  buildContext,
  RULES,
  type Analysis,
  type Finding,
  type Gap,
  type GapCode,
} from '../../../shared/analysis';
import {
  CURRENT_VERSION,
  DocumentSchema,
  FORMAT_NAME,
  type DealSchema,
  type MapContent,
  type RelationshipKind,
  type StakeholderSchema,
} from '../../../shared/document';
import type { Lang } from '../../../shared/i18n';

/** A stakeholder as written on disk: id required, everything else optional (name defaults to the id). */
export type PersonInput = Partial<z.input<typeof StakeholderSchema>> & { id: string };

/** A relationship: `[from, to]` is an `influences` line; the object form gives any kind. */
export type LineInput =
  | readonly [from: string, to: string]
  | { kind: RelationshipKind; from: string; to: string; strength?: 1 | 2 | 3; id?: string };

export type DealInput = Partial<z.input<typeof DealSchema>>;

/** Our team: one member, `t-1`, who can own relationships. */
export const OWNER = 't-1';

export function map(
  people: readonly PersonInput[],
  lines: readonly LineInput[] = [],
  deal: DealInput = {},
): MapContent {
  const relationships = lines.map((line, index) =>
    'kind' in line
      ? { id: `r-${index + 1}`, ...line }
      : { id: `r-${index + 1}`, kind: 'influences', from: line[0], to: line[1] },
  );
  const document = DocumentSchema.parse({
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    deal: { id: 'd-1', name: 'Test deal', ...deal },
    team: [{ id: OWNER, name: 'Li Na', role: 'client manager' }],
    stakeholders: people.map((p) => ({ name: p.id, ...p })),
    relationships,
  });
  const { deal: d, team, stakeholders, relationships: r } = document;
  return { deal: d, team, stakeholders, relationships: r };
}

/** A relationship of another kind than `influences`. */
export function line(kind: RelationshipKind, from: string, to: string): LineInput {
  return { kind, from, to };
}

/** The gaps `analyze` reports, optionally only those of one code. */
export function gaps(content: MapContent, options: { asOf?: string | null; lang?: Lang } = {}, code?: GapCode): Gap[] {
  const all = analyze(content, options).gaps;
  return code === undefined ? [...all] : all.filter((g) => g.code === code);
}

/** What a gap is, without its wording: [severity, code, stakeholderIds, role]. */
export type GapSummary = [Gap['severity'], GapCode, string[], string | undefined];

export function summary(list: readonly (Gap | Finding)[]): GapSummary[] {
  return list.map((g) => [g.severity, g.code, [...g.stakeholderIds], g.role]);
}

/** The gaps of one code, summarised. */
export function gapsOf(code: GapCode, content: MapContent, asOf?: string | null): GapSummary[] {
  return summary(gaps(content, { asOf: asOf ?? null }, code));
}

/** One rule's own findings, straight from its `check` on a fresh context. */
export function check(code: GapCode, content: MapContent, asOf?: string | null): Finding[] {
  const rule = RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`no rule ${code}`);
  return rule.check(buildContext(content, asOf ?? null));
}

/** Whether `id` is a key person in `content`. */
export function isKey(content: MapContent, id: string): boolean {
  const context = buildContext(content, null);
  const index = context.indexOf.get(id);
  if (index === undefined) throw new Error(`no stakeholder ${id}`);
  return context.isKey[index]!;
}

/**
 * A healthy map: every buying role held, the decision-maker a close, allied champion, a
 * managerial supporter, a trusted supportive coach, weights summing to 100, all owned, all
 * recently met. `analyze` finds no gap in it; tests change one thing at a time.
 */
export function healthyPeople(): PersonInput[] {
  return [
    {
      id: 'dm',
      level: 'decision',
      roles: ['decision-maker', 'financial'],
      attitude: 'champion',
      closeness: 'close',
      stage: 'allied',
      influence: 40,
      ownerId: OWNER,
      lastContact: '2026-11-20',
    },
    {
      id: 'tech',
      level: 'managerial',
      roles: ['technical'],
      attitude: 'supporter',
      closeness: 'frequent',
      stage: 'trusted',
      influence: 30,
      ownerId: OWNER,
      lastContact: '2026-11-20',
    },
    {
      id: 'coach',
      level: 'operational',
      roles: ['coach', 'user'],
      attitude: 'supporter',
      closeness: 'frequent',
      stage: 'trusted',
      influence: 30,
      ownerId: OWNER,
      lastContact: '2026-11-20',
    },
  ];
}

/** The healthy people with some of them changed (by id) and others appended. */
export function healthyWith(
  changes: Record<string, Partial<PersonInput>> = {},
  extra: PersonInput[] = [],
): PersonInput[] {
  return [...healthyPeople().map((p) => ({ ...p, ...changes[p.id] })), ...extra];
}

/** Freezes a value and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

export type { Analysis };
