/** `powermap diff OLD NEW [--json] [--as-of DATE]`: what changed between two versions. */
import { diffDocuments } from '../../shared/diff';
import type { Context } from '../context';
import { formatDiff } from '../format/diff';
import { loadDocument } from '../loadDocument';

export interface DiffRequest {
  readonly oldFile: string;
  readonly newFile: string;
  readonly json: boolean;
  /** YYYY-MM-DD, already checked; null for today. */
  readonly asOf: string | null;
}

export async function diff(request: DiffRequest, ctx: Context): Promise<number> {
  // Both files are read (and both reported) before giving up, so one run shows every problem.
  const [oldLoaded, newLoaded] = [await loadDocument(request.oldFile, ctx), await loadDocument(request.newFile, ctx)];
  if (oldLoaded === null || newLoaded === null) return 1;
  const asOf = request.asOf ?? ctx.io.today;
  const result = diffDocuments(oldLoaded.document, newLoaded.document, { asOf, lang: ctx.lang });
  ctx.io.stdout(
    request.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : formatDiff(
          {
            oldFile: request.oldFile,
            newFile: request.newFile,
            oldDocument: oldLoaded.document,
            newDocument: newLoaded.document,
            diff: result,
            asOf,
          },
          ctx,
        ),
  );
  return 0;
}
