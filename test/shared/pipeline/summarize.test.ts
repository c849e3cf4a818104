/** One deal's row: figures, status and reasons, coverage, critical gaps, trend from the snapshots, search. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import {
  dealAsOf,
  decidingThisQuarter,
  filterPipeline,
  quarterOf,
  SEARCH_KEY_SEPARATOR,
  summarizeDeal,
  whatMoved,
  wordCriticalGap,
  wordStatusReason,
} from '../../../shared/pipeline';
import { greenDeal, lostDeal, redDeal, parsedDeal } from '../../support/pipelineDeals';

const AS_OF = '2026-11-26';

describe('summarizeDeal', () => {
  it('gives a green deal its figures: value, currency, days left, likelihood as the analysis says, full coverage', () => {
    const doc = parsedDeal(greenDeal());
    const row = summarizeDeal(doc, { asOf: AS_OF });
    expect(row).toMatchObject({
      dealId: 'd-green',
      name: 'Data centre',
      account: 'Harbour Bank',
      value: 800000,
      currency: 'USD',
      purchaseStage: 'evaluation',
      decisionDate: '2026-12-20',
      daysLeft: 24,
      overdue: false,
      likelihood: analyze(doc, { asOf: AS_OF }).winLikelihood,
      // Key: the decision-maker and the technical buyer (the financial buyer carries no entered weight).
      coverage: { keyPeople: 2, covered: 2, share: 1 },
      criticalGaps: { count: 0, codes: [], gaps: [] },
      owner: 'Li Na',
      team: null,
      status: 'green',
      reasons: [],
      outcome: null,
      lastChange: null,
      trend: { since: null, delta: null, series: [{ date: AS_OF, likelihood: row.likelihood }] },
    });
  });

  it('makes a deal red for a hostile key person, an uncovered decision level, a passed date and a low figure, with amber reasons after', () => {
    const row = summarizeDeal(parsedDeal(redDeal()), { asOf: AS_OF });
    expect(row.status).toBe('red');
    expect(row.overdue).toBe(true);
    expect(row.daysLeft).toBe(-25);
    expect(row.reasons.map((r) => [r.code, r.severity, r.figure])).toEqual([
      ['hostile-key-person', 'red', 1],
      ['decision-level-uncovered', 'red', null],
      ['decision-date-passed', 'red', 25],
      ['likelihood-low', 'red', 0],
      ['critical-gaps', 'amber', 3],
      ['likelihood-fell', 'amber', 35],
      ['coverage-low', 'amber', 0],
    ]);
    expect(row.reasons[0]!.people).toEqual(['副总']);
    expect(wordStatusReason(row.reasons[0]!, 'en')).toBe('A key person is against us: 副总');
    expect(wordStatusReason(row.reasons[2]!, 'zh-CN')).toBe('决策日期已过 25 天');
    expect(row.criticalGaps.codes).toEqual(['UNCOVERED', 'OPPONENT_KEY', 'NO_EXECUTIVE_ACCESS']);
    expect(row.criticalGaps.gaps.map((gap) => wordCriticalGap(gap, 'en'))).toEqual([
      'Key person not covered: 副总',
      'Key person against us: 副总',
      'No access to the decision level: 副总',
    ]);
    expect(row.coverage).toEqual({ keyPeople: 1, covered: 0, share: 0 });
  });

  it('is amber, not red, for a deal without a decision date and otherwise sound', () => {
    const row = summarizeDeal(parsedDeal(greenDeal('d', { decisionDate: null })), { asOf: AS_OF });
    expect(row.status).toBe('amber');
    expect(row.reasons.map((r) => r.code)).toEqual(['no-decision-date']);
  });

  it('measures the trend from the last snapshot, or from the version of a chosen date', () => {
    const doc = parsedDeal(redDeal());
    const lastSnapshot = summarizeDeal(doc, { asOf: AS_OF });
    const then = analyze(doc.history[0]!, { asOf: '2026-11-10' }).winLikelihood;
    expect(lastSnapshot.trend).toEqual({
      since: '2026-11-10',
      delta: lastSnapshot.likelihood - then,
      series: [
        { date: '2026-11-10', likelihood: then },
        { date: AS_OF, likelihood: lastSnapshot.likelihood },
      ],
    });
    const chosen = summarizeDeal(doc, { asOf: AS_OF, since: '2026-11-12' });
    expect(chosen.trend.since).toBe('2026-11-12');
    expect(chosen.trend.delta).toBe(
      lastSnapshot.likelihood - analyze(doc.history[0]!, { asOf: '2026-11-12' }).winLikelihood,
    );
    // Before the first snapshot there is nothing to compare with.
    expect(summarizeDeal(doc, { asOf: AS_OF, since: '2026-11-01' }).trend).toMatchObject({ since: null, delta: null });
  });

  it('leaves out of the series the snapshots taken after the analysis date, and keeps one point per day', () => {
    const raw = redDeal();
    const [first] = raw['history'] as Record<string, unknown>[];
    raw['history'] = [
      first,
      { ...first, id: 'h2', takenAt: '2026-11-10T18:00:00+08:00' },
      { ...first, id: 'h3', takenAt: '2026-12-01T09:00:00+08:00' },
    ];
    const row = summarizeDeal(parsedDeal(raw), { asOf: AS_OF });
    expect(row.trend.series.map((p) => p.date)).toEqual(['2026-11-10', AS_OF]);
  });

  it('takes the last change, owner and team from the caller when given, else the newest snapshot and the first team member', () => {
    const doc = parsedDeal(redDeal());
    expect(summarizeDeal(doc, { asOf: AS_OF }).lastChange).toEqual({ at: '2026-11-10T09:00:00+08:00', by: null });
    const given = summarizeDeal(doc, {
      asOf: AS_OF,
      lastChange: { at: '2026-11-25T10:00:00Z', by: 'li.na' },
      owner: 'Wang Fang',
      team: 'north',
    });
    expect(given).toMatchObject({
      lastChange: { at: '2026-11-25T10:00:00Z', by: 'li.na' },
      owner: 'Wang Fang',
      team: 'north',
    });
    expect(
      summarizeDeal(parsedDeal({ ...greenDeal(), team: [{ id: 't-1', name: ' ' }] }), { asOf: AS_OF }).owner,
    ).toBeNull();
  });

  it('reads a closed deal: outcome set, not overdue, no date reasons, out of the open pipeline but found by search', () => {
    const row = summarizeDeal(parsedDeal(lostDeal()), { asOf: '2027-01-10' });
    expect(row.outcome).toEqual({
      result: 'lost',
      closedOn: '2026-11-15',
      reason: 'price',
      note: '',
      competitor: 'Acme',
    });
    expect(row.overdue).toBe(false);
    expect(row.reasons.map((r) => r.code)).not.toContain('decision-date-passed');
    expect(filterPipeline([row], {})).toEqual([]);
    expect(filterPipeline([row], { state: 'closed', search: 'old TENDER' })).toEqual([row]);
    expect(filterPipeline([row], { state: 'closed', search: 'acme' })).toEqual([row]);
  });

  it('never matches a search across two fields', () => {
    const row = summarizeDeal(parsedDeal(greenDeal('d', { name: 'Data', account: 'Centre' })), { asOf: AS_OF });
    expect(filterPipeline([row], { search: 'data centre' })).toEqual([row]);
    expect(filterPipeline([row], { search: 'datacentre' })).toEqual([]);
  });

  it('joins the search key with the unit separator, never NUL (PostgreSQL stores no NUL), and no search holds it', () => {
    const row = summarizeDeal(parsedDeal(greenDeal('d', { name: 'Da\u001fta', account: 'Centre' })), { asOf: AS_OF });
    expect(row.searchKey).not.toContain('\u0000');
    expect(row.searchKey.split(SEARCH_KEY_SEPARATOR).slice(0, 2)).toEqual(['data', 'centre']);
    expect(filterPipeline([row], { search: 'data\u001fcentre' })).toEqual([row]);
    expect(filterPipeline([row], { search: 'data\u001f' })).toEqual([row]);
  });

  it('reads the same from a snapshot analysed again (cached) as from a fresh one', () => {
    const doc = parsedDeal(redDeal());
    const first = summarizeDeal(doc, { asOf: AS_OF });
    const second = summarizeDeal(doc, { asOf: AS_OF });
    const fresh = summarizeDeal(parsedDeal(redDeal()), { asOf: AS_OF });
    expect(second).toEqual(first);
    expect(fresh).toEqual(first);
  });
});

describe('dealAsOf', () => {
  it('is the newest snapshot on or before the date, with the history before it; null before the first', () => {
    const doc = parsedDeal(redDeal());
    const then = dealAsOf(doc, '2026-11-12')!;
    expect(then.deal.value).toBe(1000000);
    expect(then.stakeholders[0]!.attitude).toBe('neutral');
    expect(then.history).toEqual([]);
    expect(dealAsOf(doc, '2026-11-09')).toBeNull();
  });
});

describe('the decision chart', () => {
  it('names the calendar quarter of a date', () => {
    expect(quarterOf('2026-11-26')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2027-02-28')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(quarterOf('2026-06-30')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });

  it('draws the open deals deciding this quarter, counts the overdue ones and leaves closed deals out', () => {
    const rows = [
      summarizeDeal(parsedDeal(greenDeal()), { asOf: '2026-10-05' }),
      summarizeDeal(parsedDeal(redDeal()), { asOf: '2026-10-05' }),
      summarizeDeal(parsedDeal(greenDeal('late', { decisionDate: '2027-01-05', name: 'Late' })), {
        asOf: '2026-10-05',
      }),
      summarizeDeal(parsedDeal(greenDeal('early', { decisionDate: '2026-09-30', name: 'Early' })), {
        asOf: '2026-10-05',
      }),
      summarizeDeal(parsedDeal(lostDeal()), { asOf: '2026-10-05' }),
    ];
    const chart = decidingThisQuarter(rows, '2026-10-05');
    expect(chart.from).toBe('2026-10-01');
    expect(chart.points.map((p) => [p.dealId, p.decisionDate])).toEqual([
      ['d-red', '2026-11-01'],
      ['d-green', '2026-12-20'],
    ]);
    expect(chart.overdue).toBe(1);
  });
});

describe('whatMoved', () => {
  it('lists the deals that moved since the date, largest move first, with the changes that moved them most', () => {
    const red = parsedDeal(redDeal());
    const moved = whatMoved([parsedDeal(greenDeal()), red], '2026-11-12', { asOf: AS_OF });
    expect(moved).toHaveLength(1);
    const [deal] = moved;
    expect(deal).toMatchObject({ dealId: 'd-red', fromDate: '2026-11-10', after: 0 });
    expect(deal!.delta).toBe(deal!.after - deal!.before);
    expect(deal!.changes[0]).toMatchObject({ kind: 'person', id: 'vp', name: '副总' });
    expect(deal!.changes.length).toBeLessThanOrEqual(3);
    const sizes = deal!.changes.map((c) => Math.abs(c.points));
    expect(sizes).toEqual(sizes.slice().sort((a, b) => b - a));
  });
});
