/**
 * The English catalogue, whole: its keys are the message keys (messageKeys.ts) every other
 * catalogue is typed against. Loaded as one piece (loaded.ts), so a language not shown is not shipped.
 */
import { actions as enActions } from './actions';
import { app as enApp } from './app';
import { canvas as enCanvas } from './canvas';
import { legend as enLegend } from './legend';
import { panels as enPanels } from './panels';
import { desktop as enDesktop } from './desktop';
import { exportMessages as enExport } from './export';
import { csvImportApp as enCsvImportApp } from './csvImportApp';
import { sheet as enSheet } from './sheet';
import { exportApp as enExportApp } from './exportApp';
import { deck as enDeck } from './deck';
import { analysis as enAnalysis } from './analysis';
import { cli as enCli } from './cli';
import { history as enHistory } from './history';
import { historyApp as enHistoryApp } from './historyApp';
import { importOver as enImportOver } from './importOver';
import { problems as enProblems } from './problems';
import { vocabulary as enVocabulary } from './vocabulary';
import { salesProcess as enSalesProcess } from './salesProcess';
import { firstRun as enFirstRun } from './firstRun';
import { collab as enCollab } from './collab';
import { pipeline as enPipeline } from './pipeline';
import { pipelineExport as enPipelineExport } from './pipelineExport';
import { calibration as enCalibration } from './calibration';
import { trailApp as enTrailApp } from './trailApp';
import { team as enTeam } from './team';
import { pipelineApp as enPipelineApp } from './pipelineApp';
import { review as enReview } from './review';
import { pipelineExportApp as enPipelineExportApp } from './pipelineExportApp';

export const en = {
  ...enVocabulary,
  ...enProblems,
  ...enAnalysis,
  ...enCli,
  ...enHistory,
  ...enHistoryApp,
  ...enImportOver,
  ...enActions,
  ...enApp,
  ...enCanvas,
  ...enLegend,
  ...enPanels,
  ...enDesktop,
  ...enExport,
  ...enCsvImportApp,
  ...enSheet,
  ...enExportApp,
  ...enDeck,
  ...enSalesProcess,
  ...enFirstRun,
  ...enCollab,
  ...enPipeline,
  ...enPipelineExport,
  ...enCalibration,
  ...enTrailApp,
  ...enTeam,
  ...enPipelineApp,
  ...enReview,
  ...enPipelineExportApp,
};
