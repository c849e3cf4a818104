/**
 * Reading a document: text or already-parsed JSON in, a whole valid document or every
 * problem out. Never a partial document. The steps: careful JSON reading, the envelope
 * (`format`, `version`), migrations up to the current version, the zod schema (which fills
 * defaults and keeps unknown fields), then the cross-checks.
 */
import { readJson } from './json';
import { migrate } from './migrate';
import { problem, type Problem } from './problems';
import { DocumentSchema, FORMAT_NAME, type PowermapDocument } from './schema';
import { checkDocument } from './crossChecks';
import { describeValue, jsonKind } from './json';
import { problemFromIssue } from './zodProblems';

export type ParseResult =
  | {
      ok: true;
      document: PowermapDocument;
      /** The version the input was written in; below the current one when migrated. */
      migratedFrom: number;
    }
  | { ok: false; problems: Problem[] };

export function parseDocumentText(text: string): ParseResult {
  const json = readJson(text);
  return json.ok ? parseDocument(json.value) : json;
}

export function parseDocument(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [problem([], 'not_object', { received: `type.${jsonKind(input)}` })] };
  }
  const raw = input as Record<string, unknown>;
  if (raw['format'] !== FORMAT_NAME) {
    return { ok: false, problems: [problem(['format'], 'wrong_format', { received: describeValue(raw['format']) })] };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = DocumentSchema.safeParse(migrated.document);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => problemFromIssue(issue, migrated.document)) };
  }
  const problems = checkDocument(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: parsed.data, migratedFrom: migrated.from };
}
