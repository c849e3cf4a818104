/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { calibrate, gapsVsOutcomes, readClosedDeals, type Advice } from '../../../shared/calibration';
import type { LikelihoodModelSetting } from '../../../shared/document';
import { translator } from '../../../shared/i18n';
import { DealRepository } from '../../../renderer/persistence/repository';
import {
  adoptionChanges,
  binRows,
  chartPoints,
  countsLine,
  figureCells,
  gapRows,
  parameterName,
  parameterRows,
  stageRows,
  teamModel,
} from '../../../renderer/review/reviewModel';
import { writeAdoption, writeStandardModel } from '../../../renderer/review/writeModel';
import { generateClosedDeals } from '../../support/closedDeals';
import { openDatabase } from '../persistence/helpers';

const en = translator('en');
const zh = translator('zh-CN');

const review = (count: number, undecidedShare = 0) => {
  const docs = generateClosedDeals({ count, seed: 11, undecidedShare });
  const closed = readClosedDeals(docs);
  return { docs, closed, report: calibrate(closed), gaps: gapsVsOutcomes(closed.decided) };
};

describe('the calibration as the review shows it', () => {
  it('gives no figures below the minimum, and the stage rows say too few', () => {
    const { report } = review(12);
    expect(report.at.judged).toBe(false);
    expect(figureCells(report.at)).toBeNull();
    expect(stageRows(report.byStage).every((row) => row.figures === null)).toBe(true);
  });

  it('words the figures with three decimals and says whether they beat the share-won forecast', () => {
    const { report } = review(300);
    const cells = figureCells(report.at)!;
    const f = report.at.figures!;
    expect(cells.brier).toBe(f.brier.toFixed(3));
    expect(cells.baseRate).toBe(f.baseRateBrier.toFixed(3));
    expect(cells.logLoss).toBe(f.logLoss.toFixed(3));
    expect(cells.observed).toBe(`${Math.round(f.observed * 100)}%`);
    expect(cells.beatsBaseRate).toBe(f.brier < f.baseRateBrier);
  });

  it('plots every non-empty bin once, in 0..1, with counts adding up to the deals read', () => {
    const { report } = review(300);
    const bins = report.at.figures!.reliability;
    const points = chartPoints(bins);
    expect(points.length).toBe(bins.filter((b) => b.count > 0).length);
    expect(points.reduce((s, p) => s + p.count, 0)).toBe(report.at.won + report.at.lost);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(1);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(1);
      expect(p.enough).toBe(p.count >= 10);
    }
    // The table keeps every band, empty ones with blank shares.
    const rows = binRows(bins);
    expect(rows).toHaveLength(10);
    expect(rows[0]!.band).toBe('0–10%');
    for (const row of rows.filter((r) => r.count === 0)) expect(row.observed).toBe('');
  });

  it('counts the no-decision and withdrawn deals apart from the won and lost', () => {
    const { closed } = review(60, 0.3);
    const line = countsLine(closed, en);
    const won = closed.decided.filter((d) => d.result === 'won').length;
    expect(line).toBe(`${won} won, ${closed.decided.length - won} lost, 0 still open.`);
    expect(closed.apart['no-decision'] + closed.apart.withdrawn).toBeGreaterThan(0);
  });
});

describe('gaps against outcomes as rows', () => {
  it('keeps only the rules present somewhere, named in both languages, with rates and counts', () => {
    const { gaps } = review(200);
    const rows = gapRows(gaps, 'en', en);
    const present = gaps.filter((g) => g.lost.present + g.won.present > 0);
    expect(rows.map((r) => r.code)).toEqual(present.map((g) => g.code));
    const first = present[0]!;
    expect(rows[0]!.inLost).toBe(
      `${Math.round(first.lost.rate * 100)}% (${first.lost.present} of ${first.lost.deals})`,
    );
    expect(rows[0]!.rule).not.toMatch(/^[A-Z_]+$/);
    const zhRows = gapRows(gaps, 'zh-CN', zh);
    expect(zhRows[0]!.rule).not.toBe(rows[0]!.rule);
    expect(zhRows[0]!.inLost).toContain(`${first.lost.deals} 个中 ${first.lost.present} 个`);
  });

  it('shows a dash for a side that never had the gap', () => {
    const { gaps } = review(200);
    const rows = gapRows(gaps, 'en', en);
    gaps
      .filter((g) => g.won.present === 0 && g.lost.present > 0)
      .forEach((g) => expect(rows.find((r) => r.code === g.code)!.daysWon).toBe('—'));
  });
});

const advice: Advice = {
  verdict: 'advise',
  point: 'last',
  won: 150,
  lost: 150,
  minimum: { deals: 100, each: 20 },
  parameters: [
    { key: 'base', current: 50, fitted: 41.6, se: 2, deals: 300, clearlyDifferent: true },
    { key: 'UNCOVERED.critical', current: 12, fitted: 12.2, se: 3, deals: 80, clearlyDifferent: false },
    { key: 'OPPONENT_KEY.critical', current: 12, fitted: 18.7, se: 2.5, deals: 60, clearlyDifferent: true },
  ],
  crossValidated: { current: 0.68, fitted: 0.62, differenceSe: 0.01 },
};

describe('the advice beside the current model', () => {
  it('names a gap cost as the rule and its severity, in both languages', () => {
    expect(parameterName('base', 'en', en)).toBe('Base');
    expect(parameterName('UNCOVERED.critical', 'en', en)).toBe('Key person not covered, critical');
    expect(parameterName('UNCOVERED.critical', 'zh-CN', zh)).toBe('关键人物未覆盖，严重');
    // A key from a later build is shown as it is, never dropped.
    expect(parameterName('NEW_RULE.critical', 'en', en)).toBe('NEW_RULE.critical');
  });

  it('shows each fitted figure with its 95% interval', () => {
    const rows = parameterRows(advice, 'en', en);
    expect(rows.map((r) => r.fitted)).toEqual(['41.6 ± 3.9', '12.2 ± 5.9', '18.7 ± 4.9']);
    expect(rows.map((r) => r.clearlyDifferent)).toEqual([true, false, true]);
  });

  it('lists only the figures adopting would change', () => {
    const setting: LikelihoodModelSetting = {
      base: 42,
      gapCosts: { 'OPPONENT_KEY.critical': 19 },
      adoptedBy: 'Li',
      adoptedAt: '2026-12-01T10:00:00+08:00',
      fittedFrom: { won: 150, lost: 150, point: 'last' },
    };
    expect(adoptionChanges(setting, advice, 'en', en)).toEqual([
      'Base: 50 → 42',
      'Key person against us, critical: 12 → 19 points',
    ]);
  });
});

const setting = (adoptedAt: string, base = 44): LikelihoodModelSetting => ({
  base,
  gapCosts: {},
  adoptedBy: 'Wang',
  adoptedAt,
  fittedFrom: { won: 60, lost: 60, point: 'last' },
});

describe('the team model', () => {
  it('is the latest adoption among the deals, and says when they differ', () => {
    expect(teamModel([null, null])).toEqual({ setting: null, mixed: false });
    const a = setting('2026-11-01T00:00:00Z');
    const b = setting('2026-12-01T00:00:00Z', 40);
    expect(teamModel([a, a])).toEqual({ setting: a, mixed: false });
    expect(teamModel([a, null, b])).toEqual({ setting: b, mixed: true });
  });

  it('is written on every deal of the library and undone, through the repository', async () => {
    const repository = new DealRepository(openDatabase());
    const docs = generateClosedDeals({ count: 4, seed: 3 });
    for (const doc of docs) await repository.createDeal(doc);
    const adopted = setting('2026-12-01T09:00:00+08:00');
    expect(await writeAdoption(repository, docs, adopted)).toBe(4);
    const loaded = await Promise.all(docs.map((d) => repository.loadDeal(d.deal.id)));
    for (const result of loaded) {
      expect(result.status).toBe('ok');
      if (result.status === 'ok') expect(result.document.deal.likelihoodModel).toEqual(adopted);
    }
    const after = loaded.flatMap((r) => (r.status === 'ok' ? [r.document] : []));
    // Adopting the same again changes nothing and writes nothing.
    expect(await writeAdoption(repository, after, adopted)).toBe(0);
    expect(await writeStandardModel(repository, after)).toBe(4);
    for (const doc of docs) {
      const back = await repository.loadDeal(doc.deal.id);
      expect(back.status === 'ok' && back.document.deal.likelihoodModel).toBeNull();
    }
  });
});
