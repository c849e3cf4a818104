/**
 * The exports of the review meeting from the pipeline screen (issue 12): the review pack and
 * the pipeline CSV of the deals the current filter selects. Every document gets its export
 * view here (privacy.ts: personal fields off unless included; the anonymous variant), then
 * the same shared code as `powermap export --format pack|pipeline-csv` makes the pack's
 * model and the CSV's bytes, so the app and the command line write the same thing.
 */
import { encodeCsvUtf8 } from '../../shared/csv';
import type { PowermapDocument } from '../../shared/document';
// Each module by its path, not the shared/export barrel, which also holds the deck.
import { pipelineToCsv } from '../../shared/export/pipelineCsv';
import type { ExportView } from '../../shared/export/privacy';
import { reviewPack, type ReviewPack } from '../../shared/export/reviewPack';
import { joinList, translate, translatePlural, type Lang } from '../../shared/i18n';
import { filterPipeline, type PipelineFilter, type PipelineRow } from '../../shared/pipeline/onRows';
import { exportView, type PrivacyChoices } from '../export/exportFormats';
import type { UnreadReason } from './source';

export const PIPELINE_EXPORT_KINDS = ['pack', 'csv'] as const;
export type PipelineExportKind = (typeof PIPELINE_EXPORT_KINDS)[number];

/** Personal fields off, names kept: what a new export dialog starts from. */
export const DEFAULT_PRIVACY: PrivacyChoices = { includePersonal: false, anonymous: false };

export interface PipelineExportContext {
  readonly lang: Lang;
  /** The analysis date, YYYY-MM-DD (today), also in the file's name. */
  readonly asOf: string;
  /** The pipeline's "changed since" date: the trend and the totals' movement are measured from it. */
  readonly since: string | null;
}

/** The deals an export takes: those the screen's filter selects, as the table shows them. */
export function selectedDealIds(rows: readonly PipelineRow[], filter: PipelineFilter): string[] {
  return filterPipeline(rows, filter).map((row) => row.dealId);
}

/** Each document as these choices let it be shown, through the app's one place for them (exportView). */
export function exportViews(documents: readonly PowermapDocument[], choices: PrivacyChoices, lang: Lang): ExportView[] {
  return documents.map((doc) => exportView(doc, choices, lang));
}

/** The CSV's bytes: `pipelineToCsv` encoded as UTF-8 with a byte-order mark, exactly as the command line writes a file. */
export function pipelineCsvBytes(views: readonly ExportView[], context: PipelineExportContext): Uint8Array {
  return encodeCsvUtf8(pipelineToCsv(views, context));
}

/** The review pack's model, as the command line's PDF draws it. */
export function pipelinePack(views: readonly ExportView[], context: PipelineExportContext): ReviewPack {
  return reviewPack(views, context);
}

/** The file's name: "Review pack 2026-12-02.pdf", "Pipeline 2026-12-02.csv"; no deal is named in it. */
export function pipelineExportFileName(kind: PipelineExportKind, lang: Lang, date: string): string {
  const base = translate(lang, kind === 'pack' ? 'pipelineExportApp.fileBase.pack' : 'pipelineExportApp.fileBase.csv');
  return `${base} ${date}.${kind === 'pack' ? 'pdf' : 'csv'}`;
}

/** The order the missing deals are named in: what the user can do something about first. */
const REASONS: readonly UnreadReason[] = ['offline', 'refused', 'unreadable'];

/**
 * The sentences naming the deals that could not be had (by their names in the rows), one per
 * reason: not fetched for want of the server, refused by it, or unreadable here. Empty when
 * every deal was read.
 */
export function missingMessages(
  unread: readonly string[],
  reasons: ReadonlyMap<string, UnreadReason> | undefined,
  rows: readonly PipelineRow[],
  lang: Lang,
): string[] {
  const nameOf = (id: string) => rows.find((row) => row.dealId === id)?.name ?? id;
  return REASONS.flatMap((reason) => {
    const ids = unread.filter((id) => (reasons?.get(id) ?? 'unreadable') === reason);
    if (ids.length === 0) return [];
    const names = joinList(lang, ids.map(nameOf));
    return [translatePlural(lang, `pipelineExportApp.missing.${reason}`, ids.length, { names })];
  });
}
