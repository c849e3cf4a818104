/**
 * Small builders for tests: raw documents to mutate before parsing, and parsed, defaulted
 * values made through the real schemas (so a test never hand-writes a default).
 */
import type { z } from 'zod';
import {
  CURRENT_VERSION,
  FORMAT_NAME,
  RelationshipSchema,
  SnapshotSchema,
  StakeholderSchema,
  TeamMemberSchema,
  formatProblem,
  parseDocument,
  type ParseResult,
  type PowermapDocument,
  type PowermapDocumentInput,
  type Problem,
  type Relationship,
  type RelationshipKind,
  type Snapshot,
  type Stakeholder,
  type TeamMember,
} from '../../shared/document';
import type { Lang } from '../../shared/i18n';

export type JsonObject = { [key: string]: unknown };

/** The smallest valid raw document (no stakeholders), with `overrides` spread over it. */
export function rawDocument(overrides: JsonObject = {}): JsonObject {
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    deal: { id: 'd-1', name: 'Core banking upgrade' },
    ...overrides,
  };
}

/** Every problem of a result, one per line, for failure messages. */
export function describeProblems(problems: readonly Problem[], lang: Lang = 'en'): string {
  return problems.map((p) => formatProblem(p, lang)).join('\n');
}

/** The document of a successful parse; throws with the worded problems otherwise. */
export function expectDocument(result: ParseResult): PowermapDocument {
  if (!result.ok) throw new Error(`expected a valid document, got:\n${describeProblems(result.problems)}`);
  return result.document;
}

/** The problems of a failed parse; throws when the parse succeeded. */
export function expectProblems(result: ParseResult): Problem[] {
  if (result.ok) throw new Error('expected problems, but the document parsed');
  return result.problems;
}

/** A parsed, defaulted document: `rawDocument(partial)` through the real reader. */
export function makeDocument(partial: Partial<PowermapDocumentInput> = {}): PowermapDocument {
  return expectDocument(parseDocument(rawDocument(partial)));
}

/** A parsed stakeholder with every default filled; the name defaults to `Person <id>`. */
export function person(id: string, overrides: Partial<z.input<typeof StakeholderSchema>> = {}): Stakeholder {
  return StakeholderSchema.parse({ id, name: `Person ${id}`, ...overrides });
}

/** A parsed member of our team. */
export function member(id: string, overrides: Partial<z.input<typeof TeamMemberSchema>> = {}): TeamMember {
  return TeamMemberSchema.parse({ id, name: `Member ${id}`, ...overrides });
}

/** A parsed relationship (`strength` 2 unless given). */
export function relationship(
  id: string,
  kind: RelationshipKind,
  from: string,
  to: string,
  overrides: Partial<z.input<typeof RelationshipSchema>> = {},
): Relationship {
  return RelationshipSchema.parse({ id, kind, from, to, ...overrides });
}

/** A parsed history snapshot; its deal defaults to the one of `rawDocument()`. */
export function snapshot(
  id: string,
  takenAt: string,
  overrides: Partial<z.input<typeof SnapshotSchema>> = {},
): Snapshot {
  return SnapshotSchema.parse({ id, takenAt, deal: rawDocument()['deal'], ...overrides });
}
