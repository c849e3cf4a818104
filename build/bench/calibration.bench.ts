/**
 * The win/loss review (issue 12): calibration over 2,000 closed deals (goal: under 100 ms,
 * median), from deals already read. Reading (analysing every snapshot, three a deal) and the
 * advice (a fit and a five-fold cross-validation) are timed beside it, without a goal.
 */
import { advise, calibrate, gapsVsOutcomes, readClosedDeals } from '../../shared/calibration';
import { generateClosedDeals } from '../../test/support/closedDeals';
import { measure, type Timing } from './measure';

export const CALIBRATION_GOALS: Readonly<Record<string, number>> = {
  'calibration + gaps vs outcomes, 2000 closed deals': 100,
};

export function calibrationBenchmarks(): Timing[] {
  const documents = generateClosedDeals({ count: 2000, seed: 5, undecidedShare: 0.1 });
  const closed = readClosedDeals(documents);
  return [
    measure(
      'calibration + gaps vs outcomes, 2000 closed deals',
      () => {
        calibrate(closed);
        gapsVsOutcomes(closed.decided);
      },
      30,
      3,
    ),
    measure('advice (fit + 5-fold check), 2000 closed deals', () => advise(closed.decided, null), 10, 1),
    measure('reading 2000 closed deals (6000 snapshots)', () => readClosedDeals(documents), 3, 0),
  ];
}
