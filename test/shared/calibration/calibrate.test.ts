/**
 * Calibration on generated histories where the truth is known (docs/CALIBRATION.md): deals
 * whose outcomes were drawn from the standard likelihood itself come out calibrated; deals
 * drawn from a less hopeful truth show the model overconfident; below the minimum it says so.
 */
import { describe, expect, it } from 'vitest';
import {
  MIN_DECIDED_DEALS,
  calibrate,
  calibrationAt,
  gapsVsOutcomes,
  pickSnapshot,
  readClosedDeals,
} from '../../../shared/calibration';
import { generateClosedDeals } from '../../support/closedDeals';

// Read once: analysing every snapshot is the slow part.
const honest = readClosedDeals(generateClosedDeals({ count: 700, seed: 11, undecidedShare: 0.1 }));
const hopeful = readClosedDeals(
  generateClosedDeals({ count: 400, seed: 12, truth: (likelihood) => Math.max(0, likelihood - 15) / 100 }),
);

describe('calibration of a model that is the truth', () => {
  const report = calibrate(honest);
  const figures = report.at.figures!;

  it('counts won and lost only, and no decision and withdrawn apart', () => {
    expect(report.at.won + report.at.lost).toBe(honest.decided.length);
    expect(report.apart['no-decision'] + report.apart.withdrawn).toBe(700 - honest.decided.length);
    expect(report.apart['no-decision']).toBeGreaterThan(0);
    expect(report.apart.withdrawn).toBeGreaterThan(0);
    expect(report.at.judged).toBe(true);
  });

  it('finds the share won within three standard errors of the mean forecast', () => {
    const n = report.at.won + report.at.lost;
    const se = Math.sqrt((figures.meanPredicted * (1 - figures.meanPredicted)) / n);
    expect(Math.abs(figures.observed - figures.meanPredicted)).toBeLessThan(3 * se);
  });

  it('finds every well-filled reliability bin within three standard errors of the diagonal', () => {
    const filled = figures.reliability.filter((bin) => bin.count >= 40);
    expect(filled.length).toBeGreaterThanOrEqual(3);
    for (const bin of filled) {
      const se = Math.sqrt((bin.meanPredicted * (1 - bin.meanPredicted)) / bin.count);
      expect(Math.abs(bin.observed - bin.meanPredicted)).toBeLessThan(3 * se + 0.01);
    }
  });

  it('scores a Brier below always forecasting the share won', () => {
    expect(figures.brier).toBeLessThan(figures.baseRateBrier);
  });

  it('gives figures per purchase stage, and says too few where a stage has too few deals', () => {
    expect(report.byStage.design.judged).toBe(true);
    expect(report.byStage.design.figures!.brier).toBeGreaterThan(0);
    // The generated deals never reach implementation before closing.
    expect(report.byStage.implementation).toMatchObject({ won: 0, lost: 0, judged: false, figures: null });
  });
});

describe('calibration of a model more hopeful than the truth', () => {
  it('shows the mean forecast well above the share won', () => {
    const figures = calibrate(hopeful).at.figures!;
    expect(figures.meanPredicted - figures.observed).toBeGreaterThan(0.06);
  });
});

describe('too few closed deals', () => {
  it(`says so below ${MIN_DECIDED_DEALS} decided deals, and gives no figures`, () => {
    const few = honest.decided.slice(0, MIN_DECIDED_DEALS - 1);
    const at = calibrationAt(few, { kind: 'last' });
    expect(at).toMatchObject({ judged: false, figures: null });
    expect(at.won + at.lost).toBe(MIN_DECIDED_DEALS - 1);
    expect(calibrationAt(honest.decided.slice(0, MIN_DECIDED_DEALS + 20), { kind: 'last' }).judged).toBe(true);
  });

  it('says so when one result has fewer than five deals, however many the other has', () => {
    const allLost = honest.decided.filter((deal) => deal.result === 'lost');
    expect(calibrationAt(allLost, { kind: 'last' }).judged).toBe(false);
  });
});

describe('the points of reading', () => {
  const deal = honest.decided[0]!;

  it('reads the last snapshot before the day of closing, or one far enough before it', () => {
    expect(pickSnapshot(deal.snapshots, deal.closedDay, { kind: 'last' })).toBe(2);
    expect(pickSnapshot(deal.snapshots, deal.closedDay, { kind: 'days-before', days: 30 })).toBe(1);
    expect(pickSnapshot(deal.snapshots, deal.closedDay, { kind: 'days-before', days: 100 })).toBe(-1);
  });

  it('never reads a snapshot taken on the day of closing or later', () => {
    expect(pickSnapshot(deal.snapshots, deal.snapshots[1]!.day, { kind: 'last' })).toBe(0);
  });

  it('counts deals with no snapshot at the point as unread', () => {
    const at = calibrationAt(honest.decided, { kind: 'days-before', days: 60 });
    expect(at.unread).toBe(0);
    expect(calibrationAt(honest.decided, { kind: 'days-before', days: 100 }).unread).toBe(honest.decided.length);
  });
});

describe('gaps against outcomes', () => {
  const rows = gapsVsOutcomes(honest.decided);

  it('counts each rule in lost and won deals, the most telling first', () => {
    const opponent = rows.find((row) => row.code === 'OPPONENT_KEY')!;
    expect(opponent.lost.rate).toBeGreaterThan(opponent.won.rate);
    expect(opponent.lost.deals + opponent.won.deals).toBe(honest.decided.length);
    expect(opponent.lost.rate).toBe(opponent.lost.present / opponent.lost.deals);
    const seen = rows.filter((row) => !Number.isNaN(row.difference) && row.lost.present + row.won.present > 0);
    for (let i = 1; i < seen.length; i++) expect(seen[i - 1]!.difference).toBeGreaterThanOrEqual(seen[i]!.difference);
  });

  it('says how long before the decision a gap had been open: from the first snapshot of its run', () => {
    const row = rows.find((r) => r.lost.present > 0)!;
    // Snapshots were taken 90, 45 and 10 days before closing.
    expect([10, 45, 90, 27.5, 50, 67.5]).toContain(row.lost.medianDaysOpen);
    const never = rows.find((r) => r.lost.present + r.won.present === 0);
    if (never) expect(never.lost.medianDaysOpen).toBeNull();
  });
});
