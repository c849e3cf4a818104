/** `powermap export … --format pack`: the review pack of the views given (privacy applied), as one PDF. */
import { reviewPack, type ExportView, type PipelineExportOptions } from '../../shared/export';
import type { Lang } from '../../shared/i18n';
import type { Context } from '../context';
import { isWinAnsi } from '../export/winAnsi';
import { fontFor, type ExportRequest, type Made } from './exportSteps';

export async function makePack(
  request: ExportRequest,
  views: readonly ExportView[],
  options: PipelineExportOptions & { readonly lang: Lang },
  ctx: Context,
): Promise<Made> {
  const pack = reviewPack(views, options);
  const font = fontFor(JSON.stringify(pack), request, ctx, isWinAnsi);
  if (!font.ok) return font.made;
  const { renderPackPdf } = await import('../export/packPdf');
  return { ok: true, data: await renderPackPdf(pack, { font: font.font, date: options.asOf }) };
}
