/**
 * Reading a document: text or already-parsed JSON in, a whole valid document or every
 * problem out. Never a partial document. The steps: careful JSON reading, the envelope
 * (`format`, `version`), migrations up to the current version, the zod schema (which fills
 * defaults and keeps unknown fields), then the cross-checks.
 */
import { migrate } from './migrate';
import { problem, type Problem } from './problems';
import { DocumentSchema, FORMAT_NAME, type PowermapDocument } from './schema';
import { checkDocument } from './crossChecks';
import { describeValue, findForbiddenKey, jsonKind, readJson } from './json';
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
    return { ok: false, problems: [problem([], 'not_object', { received: jsonKind(input) })] };
  }
  // Checked here rather than only when reading text: objects handed over in memory (an
  // import, a message from another window) get the same refusal.
  const forbidden = findForbiddenKey(input);
  if (forbidden)
    return { ok: false, problems: [problem(forbidden, 'forbidden_key', { key: String(forbidden.at(-1)) })] };
  const raw = input as Record<string, unknown>;
  if (raw['format'] !== FORMAT_NAME) {
    return { ok: false, problems: [problem(['format'], 'wrong_format', { received: describeValue(raw['format']) })] };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = DocumentSchema.safeParse(migrated.document);
  if (!parsed.success) {
    // Report the cross-check problems too, read tolerantly from the raw input, so one
    // round of fixes can address everything. Reference checks only when no id is broken,
    // or one bad id would show up again at every line that names it.
    const schemaProblems = parsed.error.issues.map((issue) => problemFromIssue(issue, migrated.document));
    const idBroken = schemaProblems.some((p) => p.path.at(-1) === 'id');
    return { ok: false, problems: [...schemaProblems, ...checkDocument(migrated.document, !idBroken)] };
  }
  const problems = checkDocument(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: parsed.data, migratedFrom: migrated.from };
}
