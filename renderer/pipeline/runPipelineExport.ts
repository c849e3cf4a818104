/**
 * Runs an export the pipeline's export dialog asked for: reads the selected deals'
 * documents from the source, applies the privacy choices, then saves the CSV's bytes (a
 * download in the browser, a save dialog on the desktop) or gives the pack to show in its
 * print view (which the browser prints and the desktop shell prints to a PDF file, as the
 * one-deal sheet). A deal that cannot be read stops the export: a pack silently missing a
 * deal would mislead the meeting, as the command line says too.
 */
import type { ReviewPack } from '../../shared/export/reviewPack';
import type { PipelineRow } from '../../shared/pipeline';
import type { Platform } from '../platform/platform';
import {
  exportViews,
  pipelineCsvBytes,
  pipelineExportFileName,
  pipelinePack,
  unreadMessage,
  type PipelineExportContext,
  type PipelineExportKind,
  type PrivacyChoices,
} from './exportModel';
import type { PipelineSource } from './source';

/** The pack shown in its print view. */
export interface PackJob {
  readonly pack: ReviewPack;
  readonly fileName: string;
  /** Desktop: save the PDF as soon as the pack is drawn, then come back. */
  readonly savePdf: boolean;
}

export type PipelineExportResult =
  | { readonly outcome: 'saved'; readonly name: string }
  | { readonly outcome: 'cancelled' }
  | { readonly outcome: 'pack'; readonly job: PackJob }
  | { readonly outcome: 'unread'; readonly message: string };

export interface PipelineExportEnvironment extends PipelineExportContext {
  readonly source: Pick<PipelineSource, 'documents'>;
  readonly platform: Pick<Platform, 'saveExportFile' | 'printToPdf'>;
  /** The rows the ids come from, to name a deal that could not be read. */
  readonly rows: readonly PipelineRow[];
}

export async function runPipelineExport(
  kind: PipelineExportKind,
  dealIds: readonly string[],
  choices: PrivacyChoices,
  env: PipelineExportEnvironment,
): Promise<PipelineExportResult> {
  const { documents, unread } = await env.source.documents(dealIds);
  const message = unreadMessage(unread, env.rows, env.lang);
  if (message !== null) return { outcome: 'unread', message };
  const views = exportViews(documents, choices, env.lang);
  const context = { lang: env.lang, asOf: env.asOf, since: env.since };
  const fileName = pipelineExportFileName(kind, env.lang, env.asOf);
  if (kind === 'pack') {
    return {
      outcome: 'pack',
      job: { pack: pipelinePack(views, context), fileName, savePdf: env.platform.printToPdf !== undefined },
    };
  }
  const bytes = pipelineCsvBytes(views, context);
  const saved = await env.platform.saveExportFile({ suggestedName: fileName, kind: 'csv', bytes });
  return saved === null ? { outcome: 'cancelled' } : { outcome: 'saved', name: saved.path ?? fileName };
}
