/** Checks for editing one relationship line in the inspector. */
import type { PowermapDocument, Relationship, RelationshipKind } from '../../../shared/document';
import { lineProblem, type LinePatch } from '../../editor/commands/lines';
import type { FieldError } from './parse';

/** Reports-to and influences have a direction; ally and conflict do not. */
export function isDirected(kind: RelationshipKind): boolean {
  return kind === 'reports-to' || kind === 'influences';
}

/** Why `patch` cannot be applied to line `id`, or null when it can (or the line is gone). */
export function lineEditProblem(doc: PowermapDocument, id: string, patch: LinePatch): FieldError | null {
  const line = doc.relationships.find((r) => r.id === id);
  if (!line) return null;
  const next = { ...line, ...patch };
  const others = doc.relationships.filter((r) => r.id !== id);
  const people = new Set(doc.stakeholders.map((p) => p.id));
  const problem = lineProblem(others, people, next);
  return problem === 'duplicate' ? 'lineDuplicate' : null;
}

/** The patch that turns a directed line around. */
export function swapPatch(line: Pick<Relationship, 'from' | 'to'>): LinePatch {
  return { from: line.to, to: line.from };
}
