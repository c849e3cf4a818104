/** Reads a document for a command, or words why it cannot on standard error. */
import type { Context } from './context';
import { fileFailureLine, problemLines } from './format/problems';
import { readDocumentFile, type ReadOutcome } from './readDocumentFile';

export type Loaded = Extract<ReadOutcome, { ok: true }>;

/** Writes the failure of a read to standard error: one line per problem, each naming the file. */
export function reportReadFailure(file: string, outcome: Exclude<ReadOutcome, { ok: true }>, ctx: Context): void {
  ctx.io.stderr(
    'file' in outcome ? fileFailureLine(file, outcome.file, ctx) : problemLines(file, outcome.problems, ctx),
  );
}

/** The document in `file`, or null after reporting why not. */
export async function loadDocument(file: string, ctx: Context): Promise<Loaded | null> {
  const outcome = await readDocumentFile(file, ctx.io.cwd);
  if (outcome.ok) return outcome;
  reportReadFailure(file, outcome, ctx);
  return null;
}
