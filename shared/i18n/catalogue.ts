/**
 * The message catalogues: every user-visible sentence of the domain, in English and in
 * Simplified Chinese. The English catalogue defines the keys; the Chinese one is typed
 * against it, so a missing translation fails the type check rather than showing a key.
 */
import { actions as enActions } from './en/actions';
import { app as enApp } from './en/app';
import { canvas as enCanvas } from './en/canvas';
import { legend as enLegend } from './en/legend';
import { panels as enPanels } from './en/panels';
import { desktop as enDesktop } from './en/desktop';
import { exportMessages as enExport } from './en/export';
import { csvImportApp as enCsvImportApp } from './en/csvImportApp';
import { sheet as enSheet } from './en/sheet';
import { exportApp as enExportApp } from './en/exportApp';
import { deck as enDeck } from './en/deck';
import { analysis as enAnalysis } from './en/analysis';
import { cli as enCli } from './en/cli';
import { history as enHistory } from './en/history';
import { historyApp as enHistoryApp } from './en/historyApp';
import { importOver as enImportOver } from './en/importOver';
import { problems as enProblems } from './en/problems';
import { vocabulary as enVocabulary } from './en/vocabulary';
import { salesProcess as enSalesProcess } from './en/salesProcess';
import { firstRun as enFirstRun } from './en/firstRun';
import { collab as enCollab } from './en/collab';
import { pipeline as enPipeline } from './en/pipeline';
import { pipelineExport as enPipelineExport } from './en/pipelineExport';
import { calibration as enCalibration } from './en/calibration';
import { trailApp as enTrailApp } from './en/trailApp';
import { team as enTeam } from './en/team';
import { pipelineApp as enPipelineApp } from './en/pipelineApp';
import { review as enReview } from './en/review';
import { pipelineExportApp as enPipelineExportApp } from './en/pipelineExportApp';
import { actions as zhActions } from './zh-CN/actions';
import { app as zhApp } from './zh-CN/app';
import { canvas as zhCanvas } from './zh-CN/canvas';
import { legend as zhLegend } from './zh-CN/legend';
import { panels as zhPanels } from './zh-CN/panels';
import { desktop as zhDesktop } from './zh-CN/desktop';
import { exportMessages as zhExport } from './zh-CN/export';
import { csvImportApp as zhCsvImportApp } from './zh-CN/csvImportApp';
import { sheet as zhSheet } from './zh-CN/sheet';
import { exportApp as zhExportApp } from './zh-CN/exportApp';
import { deck as zhDeck } from './zh-CN/deck';
import { analysis as zhAnalysis } from './zh-CN/analysis';
import { cli as zhCli } from './zh-CN/cli';
import { history as zhHistory } from './zh-CN/history';
import { historyApp as zhHistoryApp } from './zh-CN/historyApp';
import { importOver as zhImportOver } from './zh-CN/importOver';
import { problems as zhProblems } from './zh-CN/problems';
import { vocabulary as zhVocabulary } from './zh-CN/vocabulary';
import { salesProcess as zhSalesProcess } from './zh-CN/salesProcess';
import { firstRun as zhFirstRun } from './zh-CN/firstRun';
import { collab as zhCollab } from './zh-CN/collab';
import { pipeline as zhPipeline } from './zh-CN/pipeline';
import { pipelineExport as zhPipelineExport } from './zh-CN/pipelineExport';
import { calibration as zhCalibration } from './zh-CN/calibration';
import { trailApp as zhTrailApp } from './zh-CN/trailApp';
import { team as zhTeam } from './zh-CN/team';
import { pipelineApp as zhPipelineApp } from './zh-CN/pipelineApp';
import { review as zhReview } from './zh-CN/review';
import { pipelineExportApp as zhPipelineExportApp } from './zh-CN/pipelineExportApp';

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

const en = {
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
export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;

const zhCN: Catalogue = {
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

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, 'zh-CN': zhCN };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Picks the closest interface language for a BCP 47 tag or POSIX locale (`zh-Hans-CN`, `zh_CN.UTF-8`, `en-GB`). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh(?:[-_.@]|$)/i.test(locale) ? 'zh-CN' : 'en';
}
