/**
 * Runs an export the pipeline's export dialog asked for, in two steps. `readPipelineDocuments`
 * reads the selected deals' documents from the source (the team's source first fetches the
 * team's deals never opened here, with progress and cancel); when some cannot be had, the
 * dialog names them and why, and exports the rest only if the user confirms: a pack silently
 * missing a deal would mislead the meeting. `writePipelineExport` applies the privacy choices,
 * then saves the CSV's bytes (a download in the browser, a save dialog on the desktop) or gives
 * the pack to show in its print view (which the browser prints and the desktop shell prints
 * to a PDF file, as the one-deal sheet).
 */
import type { PowermapDocument } from '../../shared/document';
import type { ReviewPack } from '../../shared/export/reviewPack';
import type { PipelineRow } from '../../shared/pipeline';
import type { Platform } from '../platform/platform';
import {
  exportViews,
  missingMessages,
  pipelineCsvBytes,
  pipelineExportFileName,
  pipelinePack,
  type PipelineExportContext,
  type PipelineExportKind,
} from './exportModel';
import type { PrivacyChoices } from '../export/exportFormats';
import type { DocumentsOptions, PipelineSource } from './source';

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
  | { readonly outcome: 'pack'; readonly job: PackJob };

/** What reading the documents gave: all of them, some (the missing named), or a cancel. */
export type ReadDocuments =
  | { readonly outcome: 'read'; readonly documents: readonly PowermapDocument[] }
  | {
      readonly outcome: 'missing';
      /** One sentence per reason, naming the deals. */
      readonly messages: readonly string[];
      /** The documents that were read: exported only if the user confirms. */
      readonly documents: readonly PowermapDocument[];
    }
  | { readonly outcome: 'cancelled' };

export interface PipelineExportEnvironment extends PipelineExportContext {
  readonly source: Pick<PipelineSource, 'documents'>;
  readonly platform: Pick<Platform, 'saveExportFile' | 'printToPdf'>;
  /** The rows the ids come from, to name a deal that could not be read. */
  readonly rows: readonly PipelineRow[];
}

export async function readPipelineDocuments(
  dealIds: readonly string[],
  env: Pick<PipelineExportEnvironment, 'source' | 'rows' | 'lang'>,
  options: DocumentsOptions = {},
): Promise<ReadDocuments> {
  const read = await env.source.documents(dealIds, options);
  if (options.signal?.aborted) return { outcome: 'cancelled' };
  const messages = missingMessages(read.unread, read.reasons, env.rows, env.lang);
  if (messages.length === 0) return { outcome: 'read', documents: read.documents };
  return { outcome: 'missing', messages, documents: read.documents };
}

export async function writePipelineExport(
  kind: PipelineExportKind,
  documents: readonly PowermapDocument[],
  choices: PrivacyChoices,
  env: PipelineExportEnvironment,
): Promise<PipelineExportResult> {
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

/** Both steps, for an export every deal of which must be there (nothing is written when one is missing). */
export async function runPipelineExport(
  kind: PipelineExportKind,
  dealIds: readonly string[],
  choices: PrivacyChoices,
  env: PipelineExportEnvironment,
): Promise<PipelineExportResult | Extract<ReadDocuments, { outcome: 'missing' }>> {
  const read = await readPipelineDocuments(dealIds, env);
  if (read.outcome !== 'read') return read;
  return writePipelineExport(kind, read.documents, choices, env);
}
