/** The pipeline screen's own actions: its two exports (of the deals the filter selects) and the palette. */
import type { ActionHandlers } from '../actions/registry';
import type { PipelineExportKind } from './exportModel';

export function pipelineActionHandlers({
  loaded,
  exportDeals,
  openPalette,
}: {
  /** The rows are there: only then is there something to export. */
  readonly loaded: boolean;
  readonly exportDeals: (kind: PipelineExportKind) => void;
  readonly openPalette: () => void;
}): ActionHandlers {
  return {
    'pipeline.exportPack': { run: () => exportDeals('pack'), enabled: () => loaded },
    'pipeline.exportCsv': { run: () => exportDeals('csv'), enabled: () => loaded },
    'view.palette': { run: openPalette },
  };
}
