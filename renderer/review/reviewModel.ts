/**
 * The win/loss review as the screen shows it (docs/CALIBRATION.md): the figures worded, the
 * reliability chart's points, the per-stage rows, the gaps table and the advice beside the
 * current model. Pure: the screen only lays these out, and the tests read them directly.
 */
import type { Advice, CalibrationAt, ClosedDeals, GapOutcome, ReliabilityBin } from '../../shared/calibration';
import type { LikelihoodModelSetting } from '../../shared/document';
import type { PurchaseStage } from '../../shared/document';
import type { Lang, Translator as Translate } from '../../shared/i18n';
import { gapRuleName } from '../../shared/pipeline';
import { GAP_CODES, SEVERITIES, type GapCode, type Severity } from '../../shared/analysis';

const three = (x: number) => x.toFixed(3);
const percent = (share: number) => `${Math.round(share * 100)}%`;

export interface FigureCells {
  readonly brier: string;
  readonly baseRate: string;
  readonly logLoss: string;
  readonly predicted: string;
  readonly observed: string;
  /** True when the likelihood beats always forecasting the share won. */
  readonly beatsBaseRate: boolean;
}

/** The headline figures, or null when there are too few deals to judge. */
export function figureCells(at: CalibrationAt): FigureCells | null {
  const f = at.figures;
  if (!at.judged || f === null) return null;
  return {
    brier: three(f.brier),
    baseRate: three(f.baseRateBrier),
    logLoss: three(f.logLoss),
    predicted: percent(f.meanPredicted),
    observed: percent(f.observed),
    beatsBaseRate: f.brier < f.baseRateBrier,
  };
}

/** One point of the reliability chart, in 0..1 on both axes; empty bins are left out. */
export interface ChartPoint {
  readonly from: number;
  readonly to: number;
  readonly x: number;
  readonly y: number;
  readonly count: number;
  readonly enough: boolean;
}

export function chartPoints(bins: readonly ReliabilityBin[]): ChartPoint[] {
  return bins
    .filter((bin) => bin.count > 0)
    .map((bin) => ({
      from: bin.from,
      to: bin.to,
      x: bin.meanPredicted,
      y: bin.observed,
      count: bin.count,
      enough: bin.enough,
    }));
}

export interface BinRow {
  readonly band: string;
  readonly count: number;
  readonly won: number;
  /** Empty when the bin has no deals. */
  readonly predicted: string;
  readonly observed: string;
  readonly enough: boolean;
}

export function binRows(bins: readonly ReliabilityBin[]): BinRow[] {
  return bins.map((bin) => ({
    band: `${bin.from}–${bin.to}%`,
    count: bin.count,
    won: bin.won,
    predicted: bin.count === 0 ? '' : percent(bin.meanPredicted),
    observed: bin.count === 0 ? '' : percent(bin.observed),
    enough: bin.enough,
  }));
}

export interface StageRow {
  readonly stage: PurchaseStage;
  readonly won: number;
  readonly lost: number;
  /** Null: too few to judge at this stage. */
  readonly figures: FigureCells | null;
}

export function stageRows(byStage: Readonly<Record<PurchaseStage, CalibrationAt>>): StageRow[] {
  return (Object.entries(byStage) as [PurchaseStage, CalibrationAt][]).map(([stage, at]) => ({
    stage,
    won: at.won,
    lost: at.lost,
    figures: figureCells(at),
  }));
}

export interface GapRow {
  readonly code: GapCode;
  readonly rule: string;
  readonly inLost: string;
  readonly inWon: string;
  readonly daysLost: string;
  readonly daysWon: string;
  /** Rate in lost minus rate in won, for the bar; 0 when unknown. */
  readonly difference: number;
}

/** Only the rules that were present in some deal read: a table of zeros says nothing. */
export function gapRows(gaps: readonly GapOutcome[], lang: Lang, t: Translate): GapRow[] {
  const rate = (side: GapOutcome['lost']) =>
    side.deals === 0
      ? t('review.none')
      : t('review.gaps.rate', { rate: percent(side.rate), present: side.present, deals: side.deals });
  const days = (value: number | null) => (value === null ? t('review.none') : t('review.days', { days: value }));
  return gaps
    .filter((gap) => gap.lost.present + gap.won.present > 0)
    .map((gap) => ({
      code: gap.code,
      rule: gapRuleName(gap.code, lang),
      inLost: rate(gap.lost),
      inWon: rate(gap.won),
      daysLost: days(gap.lost.medianDaysOpen),
      daysWon: days(gap.won.medianDaysOpen),
      difference: Number.isNaN(gap.difference) ? 0 : gap.difference,
    }));
}

function isGapCode(value: string): value is GapCode {
  return (GAP_CODES as readonly string[]).includes(value);
}

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/**
 * A model figure's name: "Base", or a gap cost key (`UNCOVERED.critical`) as the rule's name
 * and the severity. A key this build does not know (a rule added later) is shown as it is.
 */
export function parameterName(key: string, lang: Lang, t: Translate): string {
  if (key === 'base') return t('review.advice.base');
  const [code = '', severity = ''] = key.split('.');
  if (!isGapCode(code) || !isSeverity(severity)) return key;
  return t('review.advice.cost', { rule: gapRuleName(code, lang), severity: t(`severity.${severity}`) });
}

export interface ParameterRow {
  readonly key: string;
  readonly name: string;
  readonly current: number;
  readonly fitted: string;
  readonly deals: number;
  readonly clearlyDifferent: boolean;
}

export function parameterRows(advice: Advice, lang: Lang, t: Translate): ParameterRow[] {
  return (advice.parameters ?? []).map((p) => ({
    key: p.key,
    name: parameterName(p.key, lang, t),
    current: p.current,
    fitted: `${p.fitted.toFixed(1)} ± ${(1.96 * p.se).toFixed(1)}`,
    deals: p.deals,
    clearlyDifferent: p.clearlyDifferent,
  }));
}

/**
 * What adopting `setting` changes against the model now (`current`, null: the standard one),
 * one line a figure, for the confirmation: only the figures that move.
 */
export function adoptionChanges(setting: LikelihoodModelSetting, advice: Advice, lang: Lang, t: Translate): string[] {
  const lines: string[] = [];
  const now = new Map((advice.parameters ?? []).map((p) => [p.key, p.current]));
  const base = now.get('base');
  if (base !== undefined && base !== setting.base) {
    lines.push(t('review.confirm.change.base', { from: base, to: setting.base }));
  }
  for (const p of advice.parameters ?? []) {
    if (p.key === 'base') continue;
    const to = Math.round(p.fitted);
    if (to !== p.current) {
      lines.push(t('review.confirm.change.cost', { name: parameterName(p.key, lang, t), from: p.current, to }));
    }
  }
  return lines;
}

/** The counts line: won, lost, still open; the no-decision and withdrawn are said apart. */
export function countsLine(closed: ClosedDeals, t: Translate): string {
  const won = closed.decided.filter((d) => d.result === 'won').length;
  return t('review.counts', { won, lost: closed.decided.length - won, open: closed.open });
}

/** The model the team's deals use: the most recent adoption among them, null when all are standard. */
export function teamModel(settings: readonly (LikelihoodModelSetting | null)[]): {
  readonly setting: LikelihoodModelSetting | null;
  readonly mixed: boolean;
} {
  let latest: LikelihoodModelSetting | null = null;
  for (const s of settings) if (s !== null && (latest === null || s.adoptedAt > latest.adoptedAt)) latest = s;
  const key = (s: LikelihoodModelSetting | null) => (s === null ? 'standard' : JSON.stringify(s));
  const mixed = settings.some((s) => key(s) !== key(settings[0] ?? null));
  return { setting: latest, mixed };
}
