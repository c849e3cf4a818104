/** For every valid document: the row says what the analysis and the timeline say, and its status follows the written rule. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { timeline } from '../../../shared/history';
import { RED_BELOW, dealAsOf, summarizeDeal } from '../../../shared/pipeline';
import { documentArb, isoDateArb } from '../../support/arbitraries';

const docArb = documentArb({ unknownFields: false, maxStakeholders: 6 });

describe('summarizeDeal on generated documents', () => {
  it('gives the likelihood and critical gaps of the analysis, and the last point of the timeline', () => {
    fc.assert(
      fc.property(docArb, isoDateArb, (doc, asOf) => {
        const row = summarizeDeal(doc, { asOf });
        const analysis = analyze(doc, { asOf });
        expect(row.likelihood).toBe(analysis.winLikelihood);
        expect(row.criticalGaps.count).toBe(analysis.gaps.filter((g) => g.severity === 'critical').length);
        expect(row.criticalGaps.gaps.map((g) => g.key)).toEqual(
          analysis.gaps.filter((g) => g.severity === 'critical').map((g) => g.key),
        );
        expect(row.trend.series.at(-1)).toEqual({ date: asOf, likelihood: analysis.winLikelihood });
        // Each earlier point is the timeline's figure of that day's last snapshot, as of its day.
        const points = timeline(doc, { asOf });
        for (const point of row.trend.series.slice(0, -1)) {
          const sameDay = points.filter((p) => p.takenAt !== null && p.takenAt.slice(0, 10) === point.date);
          expect(sameDay.map((p) => p.winLikelihood)).toContain(point.likelihood);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is red iff a red reason holds, green iff no reason holds, and lists red reasons first', () => {
    fc.assert(
      fc.property(docArb, isoDateArb, (doc, asOf) => {
        const row = summarizeDeal(doc, { asOf });
        const red = row.reasons.filter((r) => r.severity === 'red');
        expect(row.status === 'red').toBe(red.length > 0);
        expect(row.status === 'green').toBe(row.reasons.length === 0);
        expect(row.reasons.slice(0, red.length)).toEqual(red);
        expect(row.likelihood < RED_BELOW).toBe(row.reasons.some((r) => r.code === 'likelihood-low'));
        expect(row.overdue).toBe(row.outcome === null && row.daysLeft !== null && row.daysLeft < 0);
        if (row.coverage.share !== null) expect(row.coverage.covered).toBeLessThanOrEqual(row.coverage.keyPeople);
      }),
      { numRuns: 60 },
    );
  });

  it('measures the move since a date against the row of the deal as it stood then', () => {
    fc.assert(
      fc.property(docArb, isoDateArb, isoDateArb, (doc, a, b) => {
        const [since, asOf] = a < b ? [a, b] : [b, a];
        const row = summarizeDeal(doc, { asOf, since });
        const then = dealAsOf(doc, since);
        if (then === null) {
          expect(row.trend).toMatchObject({ since: null, delta: null });
          return;
        }
        expect(row.trend.since).toBe(since);
        expect(row.trend.delta).toBe(row.likelihood - summarizeDeal(then, { asOf: since }).likelihood);
      }),
      { numRuns: 60 },
    );
  });
});
