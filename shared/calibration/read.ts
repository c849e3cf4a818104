/**
 * Reading closed deals for the review: each snapshot of each decided deal analysed once,
 * kept as the likelihood it gave and the parts the fit needs (shared/calibration/fit.ts).
 */
import { buildContext, findGaps, likelihoodModel, type GapCode } from '../analysis';
import { epochDay } from '../values/date';
import { STANDARD_MODEL, gapCostKey } from '../analysis/costModel';
import type { LikelihoodModelSetting, MapContent, PowermapDocument, Snapshot } from '../document/schema';
import type { Dated } from './points';

export type Decided = 'won' | 'lost';

/** One snapshot of a closed deal, analysed. */
export interface ReadSnapshot extends Dated {
  readonly takenAt: string;
  /** The whole percentage the map gave (with the model asked for), 0..100. */
  readonly likelihood: number;
  /**
   * Under the standard costs: the unrounded points the fit does not change (people, the
   * people limit, competitors, the empty decision level's extra), and how many of each gap
   * cost (`CODE.severity`) were charged; a gap the seat rule capped counts as the part charged.
   */
  readonly fixed: number;
  readonly gapLoad: Readonly<Record<string, number>>;
  /** The gap rules that found something (any severity). */
  readonly codes: readonly GapCode[];
}

export interface ClosedDeal {
  readonly id: string;
  readonly name: string;
  readonly result: Decided;
  readonly closedOn: string;
  readonly closedDay: number;
  /** Oldest first. */
  readonly snapshots: readonly ReadSnapshot[];
}

export interface ClosedDeals {
  /** Won or lost: the deals that say how good the likelihood was. */
  readonly decided: readonly ClosedDeal[];
  /** Closed without a decision or withdrawn: counted apart, never in the scores. */
  readonly apart: { readonly 'no-decision': number; readonly withdrawn: number };
  /** Documents still open (no outcome). */
  readonly open: number;
}

export interface ReadOptions {
  /**
   * The model the likelihood is read with: left out, the one each snapshot recorded (what
   * the user saw); null, the standard model; a setting, that team model (to compare).
   */
  readonly model?: LikelihoodModelSetting | null;
}

/** The calendar day a snapshot was taken, in the offset it was taken in. */
function snapshotDay(takenAt: string): number {
  return epochDay(takenAt.slice(0, 10));
}

function readSnapshot(snapshot: Snapshot, options: ReadOptions): ReadSnapshot {
  const day = snapshotDay(snapshot.takenAt);
  const asOf = snapshot.takenAt.slice(0, 10);
  const standardMap: MapContent = { ...snapshot, deal: { ...snapshot.deal, likelihoodModel: null } };
  const context = buildContext(standardMap, asOf);
  const findings = findGaps(context);
  const raw = likelihoodModel.rawTerms(context, findings);
  const byKey = new Map(findings.map((f) => [f.key, f]));
  let fixed = 0;
  const gapLoad: Record<string, number> = {};
  for (const term of raw) {
    const source = term.source;
    if (source.kind !== 'gap') {
      fixed += term.exact;
      continue;
    }
    const charged = -term.exact;
    if (charged <= 0) continue;
    const points = STANDARD_MODEL.gapPoints(source.code, source.severity);
    const finding = byKey.get(source.gapKey);
    const extra = finding ? likelihoodModel.gapCost(finding) - points : 0;
    const part = charged / (points + extra);
    fixed -= part * extra;
    const key = gapCostKey(source.code, source.severity);
    gapLoad[key] = (gapLoad[key] ?? 0) + part;
  }
  const model = options.model === undefined ? snapshot.deal.likelihoodModel : options.model;
  const likelihood =
    model === null
      ? likelihoodModel.score(raw).likelihood
      : scoreWith({ ...snapshot, deal: { ...snapshot.deal, likelihoodModel: model } }, asOf);
  return {
    takenAt: snapshot.takenAt,
    day,
    stage: snapshot.deal.purchaseStage,
    likelihood,
    fixed,
    gapLoad,
    codes: [...new Set(findings.map((f) => f.code))],
  };
}

function scoreWith(map: MapContent, asOf: string): number {
  const context = buildContext(map, asOf);
  return likelihoodModel.score(likelihoodModel.rawTerms(context, findGaps(context)), context.costs.base).likelihood;
}

/** Sorts the documents into decided, apart and open, and analyses every snapshot of the decided ones. */
export function readClosedDeals(documents: readonly PowermapDocument[], options: ReadOptions = {}): ClosedDeals {
  const decided: ClosedDeal[] = [];
  const apart = { 'no-decision': 0, withdrawn: 0 };
  let open = 0;
  for (const doc of documents) {
    const outcome = doc.deal.outcome;
    if (outcome === null) {
      open++;
      continue;
    }
    if (outcome.result === 'no-decision' || outcome.result === 'withdrawn') {
      apart[outcome.result]++;
      continue;
    }
    const ordered = [...doc.history].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
    decided.push({
      id: doc.deal.id,
      name: doc.deal.name,
      result: outcome.result,
      closedOn: outcome.closedOn,
      closedDay: epochDay(outcome.closedOn),
      snapshots: ordered.map((s) => readSnapshot(s, options)),
    });
  }
  return { decided, apart, open };
}
