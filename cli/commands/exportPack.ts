/** The review pack: placeholder until the renderer lands. */
import type { ExportView, PipelineExportOptions } from '../../shared/export';
import type { Context } from '../context';
import { fail, type ExportRequest, type Made } from './export';

export function makePack(
  _request: ExportRequest,
  _views: readonly ExportView[],
  _options: PipelineExportOptions,
  ctx: Context,
): Promise<Made> {
  return Promise.resolve(fail(ctx, 'cli.export.noFont'));
}
