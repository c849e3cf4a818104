/**
 * `powermap export FILE…|DIR --format pack|pipeline-csv [-o OUT] [--as-of] [--since]
 * [--include-personal] [--anonymous] [--font]`: the formats of many deals. Every document
 * is read and given its export view (the privacy choices, applied once per document, as for
 * one deal); a file that cannot be read is reported and nothing is written (exit 1), as
 * for one deal: a review pack missing a deal without saying so would mislead the meeting.
 */
import { encodeCsvUtf8 } from '../../shared/csv';
import { pipelineToCsv, type ExportView } from '../../shared/export';
import type { Context } from '../context';
import { terminalSafe } from '../format/text';
import { loadDocument } from '../loadDocument';
import { expandPaths } from '../readDocuments';
import { deliver, exportViewFor, type ExportRequest, type Made } from './exportSteps';

/** The export of these views (privacy applied) in a format of many deals. */
export async function makeMany(
  request: ExportRequest,
  views: readonly ExportView[],
  asOf: string,
  ctx: Context,
): Promise<Made> {
  const options = { asOf, since: request.since, lang: ctx.lang };
  if (request.format === 'pipeline-csv') {
    const text = pipelineToCsv(views, options);
    return { ok: true, data: request.output === null ? text : encodeCsvUtf8(text) };
  }
  const { makePack } = await import('./exportPack');
  return makePack(request, views, options, ctx);
}

export async function exportMany(request: ExportRequest, ctx: Context): Promise<number> {
  const { files, emptyFolders } = await expandPaths(request.paths, ctx.io.cwd);
  for (const dir of emptyFolders) ctx.io.stderr(`${terminalSafe(ctx.t('cli.pipeline.noFiles', { dir }))}\n`);
  const views: ExportView[] = [];
  let unread = 0;
  for (const file of files) {
    const loaded = await loadDocument(file, ctx);
    if (loaded === null) unread += 1;
    else {
      views.push(exportViewFor(loaded.document, request, ctx));
    }
  }
  if (unread > 0 || files.length === 0) return 1;
  return deliver(request, await makeMany(request, views, request.asOf ?? ctx.io.today, ctx), ctx);
}
