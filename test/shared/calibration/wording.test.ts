/** The review's sentences in both languages: the minimum stated plainly, figures as numbers. */
import { describe, expect, it } from 'vitest';
import {
  MIN_DECIDED_DEALS,
  describeAdvice,
  describeApart,
  describeCalibration,
  describePoint,
  type CalibrationAt,
} from '../../../shared/calibration';

const few: CalibrationAt = { point: 'last', won: 12, lost: 20, unread: 3, judged: false, figures: null };
const judged: CalibrationAt = {
  point: 'last',
  won: 30,
  lost: 70,
  unread: 0,
  judged: true,
  figures: {
    brier: 0.1834,
    logLoss: 0.5432,
    baseRateBrier: 0.21,
    meanPredicted: 0.352,
    observed: 0.3,
    reliability: [],
  },
};

describe('the review in words', () => {
  it('says plainly when there are too few closed deals, with the minimum, in both languages', () => {
    expect(describeCalibration(few, 'en')).toBe(
      `Too few closed deals to judge: 32 won or lost (12 won, 20 lost); at least ${MIN_DECIDED_DEALS} are needed, 5 of each.`,
    );
    const zh = describeCalibration(few, 'zh-CN');
    expect(zh).toContain('太少');
    expect(zh).toContain(String(MIN_DECIDED_DEALS));
  });

  it('gives the figures of a judged calibration', () => {
    const text = describeCalibration(judged, 'en');
    expect(text).toContain('Over 100 won or lost deals');
    expect(text).toContain('Brier score 0.183');
    expect(text).toContain('log loss 0.543');
    expect(text).toContain('the map said 35%; 30% were won');
  });

  it('words the deals not scored, the points and the advice', () => {
    expect(describeApart({ 'no-decision': 4, withdrawn: 2 }, 'en')).toBe(
      'Not scored: 4 closed with no decision, 2 withdrawn.',
    );
    expect(describePoint({ kind: 'stage', stage: 'evaluation' }, 'zh-CN')).toContain('评估比较');
    expect(describePoint({ kind: 'days-before', days: 30 }, 'en')).toBe('30 days before closing');
    const tooFew = describeAdvice(
      {
        verdict: 'too-few',
        point: 'last',
        won: 10,
        lost: 30,
        minimum: { deals: 100, each: 20 },
        parameters: null,
        crossValidated: null,
      },
      'en',
    );
    expect(tooFew).toContain('a fit needs at least 100, 20 of each');
  });
});
