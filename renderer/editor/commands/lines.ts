/** Edits of the relationship lines. */
import { RelationshipSchema, type Relationship, type RelationshipKind } from '../../../shared/document';
import type { Edit } from '../edit';

/** The named fields of a line, id excluded. */
export type LinePatch = Partial<Pick<Relationship, Exclude<keyof typeof RelationshipSchema.shape, 'id'>>>;

/** Ally and conflict lines have no direction: a→b is the same line as b→a. */
export function sameLine(a: Pick<Relationship, 'kind' | 'from' | 'to'>, b: Pick<Relationship, 'kind' | 'from' | 'to'>) {
  if (a.kind !== b.kind) return false;
  if (a.from === b.from && a.to === b.to) return true;
  return (a.kind === 'ally' || a.kind === 'conflict') && a.from === b.to && a.to === b.from;
}

/**
 * Why a line cannot be drawn, or null: both ends must be people on the map, a person is
 * not related to themself, and the same line is not drawn twice.
 */
export function lineProblem(
  lines: readonly Relationship[],
  people: ReadonlySet<string>,
  line: { kind: RelationshipKind; from: string; to: string },
): 'self' | 'missing' | 'duplicate' | null {
  if (line.from === line.to) return 'self';
  if (!people.has(line.from) || !people.has(line.to)) return 'missing';
  if (lines.some((existing) => sameLine(existing, line))) return 'duplicate';
  return null;
}

export function addLines(lines: readonly Relationship[]): Edit {
  return (doc) => {
    const people = new Set(doc.stakeholders.map((p) => p.id));
    const accepted: Relationship[] = [];
    for (const line of lines) {
      if (lineProblem([...doc.relationships, ...accepted], people, line) === null) accepted.push(line);
    }
    return accepted.length === 0 ? doc : { ...doc, relationships: [...doc.relationships, ...accepted] };
  };
}

export function updateLine(id: string, patch: LinePatch): Edit {
  return (doc) => {
    let changed = false;
    const relationships = doc.relationships.map((line) => {
      if (line.id !== id) return line;
      const next = { ...line, ...patch };
      if (next.from === next.to) return line;
      changed = (Object.keys(patch) as (keyof LinePatch)[]).some((k) => !Object.is(line[k], next[k]));
      return changed ? next : line;
    });
    return changed ? { ...doc, relationships } : doc;
  };
}

export function deleteLines(ids: readonly string[]): Edit {
  const gone = new Set(ids);
  return (doc) =>
    doc.relationships.some((r) => gone.has(r.id))
      ? { ...doc, relationships: doc.relationships.filter((r) => !gone.has(r.id)) }
      : doc;
}
