/**
 * The Simplified Chinese catalogue, whole, typed against the English keys: a missing
 * translation fails the type check rather than showing a key. Loaded as one piece (loaded.ts).
 */
import type { Catalogue } from '../messageKeys';
import { actions as zhActions } from './actions';
import { app as zhApp } from './app';
import { canvas as zhCanvas } from './canvas';
import { legend as zhLegend } from './legend';
import { panels as zhPanels } from './panels';
import { desktop as zhDesktop } from './desktop';
import { exportMessages as zhExport } from './export';
import { csvImportApp as zhCsvImportApp } from './csvImportApp';
import { sheet as zhSheet } from './sheet';
import { exportApp as zhExportApp } from './exportApp';
import { deck as zhDeck } from './deck';
import { analysis as zhAnalysis } from './analysis';
import { cli as zhCli } from './cli';
import { history as zhHistory } from './history';
import { historyApp as zhHistoryApp } from './historyApp';
import { importOver as zhImportOver } from './importOver';
import { problems as zhProblems } from './problems';
import { vocabulary as zhVocabulary } from './vocabulary';
import { salesProcess as zhSalesProcess } from './salesProcess';
import { firstRun as zhFirstRun } from './firstRun';
import { collab as zhCollab } from './collab';
import { pipeline as zhPipeline } from './pipeline';
import { pipelineExport as zhPipelineExport } from './pipelineExport';
import { calibration as zhCalibration } from './calibration';
import { trailApp as zhTrailApp } from './trailApp';
import { team as zhTeam } from './team';
import { pipelineApp as zhPipelineApp } from './pipelineApp';
import { review as zhReview } from './review';
import { pipelineExportApp as zhPipelineExportApp } from './pipelineExportApp';

export const zhCN: Catalogue = {
  ...zhVocabulary,
  ...zhProblems,
  ...zhAnalysis,
  ...zhCli,
  ...zhHistory,
  ...zhHistoryApp,
  ...zhImportOver,
  ...zhActions,
  ...zhApp,
  ...zhCanvas,
  ...zhLegend,
  ...zhPanels,
  ...zhDesktop,
  ...zhExport,
  ...zhCsvImportApp,
  ...zhSheet,
  ...zhExportApp,
  ...zhDeck,
  ...zhSalesProcess,
  ...zhFirstRun,
  ...zhCollab,
  ...zhPipeline,
  ...zhPipelineExport,
  ...zhCalibration,
  ...zhTrailApp,
  ...zhTeam,
  ...zhPipelineApp,
  ...zhReview,
  ...zhPipelineExportApp,
};
