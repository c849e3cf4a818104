/**
 * The review over the local deals and the team's (docs/CALIBRATION.md, "The team's closed
 * deals"): one record per deal id, the local copy first; the team's open deals counted; a
 * served record that is not one left out. The figures are those of the documents themselves.
 */
import { describe, expect, it } from 'vitest';
import { calibrate, calibrationRecord, readClosedDeals, type CalibrationRecord } from '../../../shared/calibration';
import { readTeamReview, reviewedDeals } from '../../../renderer/review/teamReview';
import { generateClosedDeals } from '../../support/closedDeals';

const documents = generateClosedDeals({ count: 60, seed: 5, undecidedShare: 0.1 });
const recordOf = (i: number): CalibrationRecord => calibrationRecord(documents[i]!)!;

describe('the review over the local and the team’s closed deals', () => {
  it('gives the figures of all the documents when half are here and half only on the server', () => {
    const here = documents.slice(0, 30);
    const served = documents.slice(30).map((doc) => JSON.parse(JSON.stringify(calibrationRecord(doc))) as unknown);
    const team = readTeamReview({ records: served, open: ['d-open-1', 'd-open-2'] })!;
    const closed = reviewedDeals(here, team);
    const all = readClosedDeals(documents);
    expect(closed.decided.map((d) => d.id).sort()).toEqual(all.decided.map((d) => d.id).sort());
    expect(closed.apart).toEqual(all.apart);
    expect(closed.open).toBe(all.open + 2);
    expect(calibrate(closed).at).toEqual(calibrate({ ...all, decided: closed.decided }).at);
  });

  it('reads a deal with a copy here from that copy, and counts its open state once', () => {
    const doc = documents[0]!;
    const stale = { ...recordOf(0), name: 'stale server copy' };
    const open = { ...doc, deal: { ...doc.deal, outcome: null } };
    // Reopened here, still closed on the server: it is open, once.
    const closed = reviewedDeals([open], { records: [stale], open: [] });
    expect(closed.decided).toEqual([]);
    expect(closed.open).toBe(1);
    // Closed here and open on the server: closed, and not counted open.
    const both = reviewedDeals([doc], { records: [], open: [doc.deal.id] });
    expect(both.open).toBe(0);
    expect(both.decided.length + both.apart['no-decision'] + both.apart.withdrawn).toBe(1);
    expect(both.decided.map((d) => d.name)).not.toContain('stale server copy');
  });

  it('signed out, is the local documents alone', () => {
    expect(reviewedDeals(documents, null)).toEqual(readClosedDeals(documents));
  });

  it('leaves out a served record that is not one, and refuses an answer that is not a review', () => {
    const good = recordOf(1);
    const answer = readTeamReview({ records: [good, { ...good, version: 99 }, 'x'], open: ['a', 3] });
    expect(answer).toEqual({ records: [good], open: ['a'] });
    expect(readTeamReview({ rows: [] })).toBeNull();
    expect(readTeamReview(null)).toBeNull();
  });
});
