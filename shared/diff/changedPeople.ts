/**
 * Who changed between two versions, for the attribution (attribution.ts): the people added,
 * removed or changed in a field the analysis reads, the people at either end of a line that
 * changed, and who gained or lost a buying role. Their names come from both versions.
 */
import type { MapContent, Relationship } from '../document/schema';
import type { DocumentDiff } from './types';

/** What happened to a person row's person: `relationships` when only their lines changed. */
export type PersonChange = 'added' | 'removed' | 'changed' | 'relationships';

/** The two versions the diff compared: they find the people at both ends of changed lines, and names. */
export interface ComparedVersions {
  readonly old?: MapContent;
  readonly new?: MapContent;
}

export interface ChangedPeople {
  /** Each person's name to show, the newer version's first. */
  readonly names: ReadonlyMap<string, string>;
  /** The people added, removed, or changed in a field the analysis reads. */
  readonly own: ReadonlyMap<string, PersonChange>;
  /** Those, and the people at either end of a line that was added, removed or changed. */
  readonly touched: ReadonlyMap<string, PersonChange>;
}

/** Person fields the analysis never reads: a change only there is no change for the likelihood. */
const NEUTRAL_FIELDS = new Set(['name', 'title', 'department', 'style', 'notes', 'interests', 'position']);

function isNeutral(field: string): boolean {
  const dot = field.indexOf('.');
  return NEUTRAL_FIELDS.has(dot < 0 ? field : field.slice(0, dot));
}

export function changedPeople(diff: DocumentDiff, versions: ComparedVersions): ChangedPeople {
  const { names, own } = ownChanges(diff, versions);
  return { names, own, touched: touchedPeople(diff, versions, own) };
}

/** Who changed themselves, and the names to show. */
function ownChanges(
  { stakeholders }: DocumentDiff,
  versions: ComparedVersions,
): { names: Map<string, string>; own: Map<string, PersonChange> } {
  const names = new Map<string, string>();
  for (const map of [versions.old, versions.new]) for (const p of map?.stakeholders ?? []) names.set(p.id, p.name);
  const own = new Map<string, PersonChange>();
  for (const p of stakeholders.removed) {
    own.set(p.id, 'removed');
    names.set(p.id, p.name);
  }
  for (const p of stakeholders.added) {
    own.set(p.id, 'added');
    names.set(p.id, p.name);
  }
  for (const entity of stakeholders.changed) {
    names.set(entity.id, entity.name);
    if (entity.changes.some((c) => !isNeutral(c.field))) own.set(entity.id, 'changed');
  }
  return { names, own };
}

/** The people who changed, and the people at either end of a line that was added, removed or changed. */
function touchedPeople(
  { relationships }: DocumentDiff,
  versions: ComparedVersions,
  own: ReadonlyMap<string, PersonChange>,
): Map<string, PersonChange> {
  const touched = new Map<string, PersonChange>(own);
  const touch = (id: unknown) => {
    if (typeof id === 'string' && !touched.has(id)) touched.set(id, 'relationships');
  };
  const touchLine = (line: Pick<Relationship, 'from' | 'to'> | undefined) => {
    if (line === undefined) return;
    touch(line.from);
    touch(line.to);
  };
  for (const line of [...relationships.added, ...relationships.removed]) touchLine(line);
  if (relationships.changed.length > 0) {
    const lines = new Map<string, Relationship>();
    for (const map of [versions.old, versions.new])
      for (const line of map?.relationships ?? []) lines.set(line.id, line);
    for (const entity of relationships.changed) {
      touchLine(lines.get(entity.id));
      for (const change of entity.changes) {
        if (change.field === 'from' || change.field === 'to') {
          touch(change.old);
          touch(change.new);
        }
      }
    }
  }
  return touched;
}

/** People who gained a buying role (closing MISSING_ROLE): added with it, or given it. */
export function gainedRole(diff: DocumentDiff, role: string): string[] {
  return [
    ...diff.stakeholders.added.filter((p) => (p.roles as readonly string[]).includes(role)).map((p) => p.id),
    ...roleMoves(diff, role, 'new'),
  ];
}

/** People who lost a buying role (opening MISSING_ROLE): removed with it, or no longer holding it. */
export function lostRole(diff: DocumentDiff, role: string): string[] {
  return [
    ...diff.stakeholders.removed.filter((p) => (p.roles as readonly string[]).includes(role)).map((p) => p.id),
    ...roleMoves(diff, role, 'old'),
  ];
}

/** People whose `roles` change moved `role` in or out: present on the `side` where the role is held. */
function roleMoves(diff: DocumentDiff, role: string, side: 'old' | 'new'): string[] {
  const out: string[] = [];
  for (const entity of diff.stakeholders.changed) {
    const change = entity.changes.find((c) => c.field === 'roles');
    if (!change) continue;
    const held = (value: unknown) => Array.isArray(value) && (value as unknown[]).includes(role);
    const [before, after] = side === 'new' ? [change.old, change.new] : [change.new, change.old];
    if (held(after) && !held(before)) out.push(entity.id);
  }
  return out;
}
