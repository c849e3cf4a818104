/** Generated pipeline rows for the property tests: any mix of currencies, values, dates, owners and outcomes. */
import fc from 'fast-check';
import { OUTCOME_RESULTS, PURCHASE_STAGES } from '../../../shared/document';
import { PIPELINE_STATUSES, type PipelineRow } from '../../../shared/pipeline';
import { normalizeKey } from '../../../shared/values';

const dateArb = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const words = ['Harbour', 'Bank', '设备', '采购', 'Data', 'centre', 'Li Na', '王伟'];

export const rowArb: fc.Arbitrary<PipelineRow> = fc
  .record({
    id: fc.nat({ max: 1_000_000 }),
    name: fc.constantFrom(...words),
    account: fc.constantFrom('', ...words),
    value: fc.option(
      fc.integer({ min: 0, max: 10_000_000 }).map((v) => v / 100),
      { nil: null },
    ),
    currency: fc.constantFrom('CNY', 'USD', 'EUR', null),
    stage: fc.constantFrom(...PURCHASE_STAGES),
    decisionDate: fc.option(dateArb, { nil: null }),
    likelihood: fc.integer({ min: 0, max: 100 }),
    delta: fc.option(fc.integer({ min: -100, max: 100 }), { nil: null }),
    gaps: fc.nat({ max: 6 }),
    share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    changed: fc.option(dateArb, { nil: null }),
    owner: fc.constantFrom('Li Na', '王伟', null),
    team: fc.constantFrom('north', 'south', null),
    status: fc.constantFrom(...PIPELINE_STATUSES),
    outcome: fc.option(fc.record({ result: fc.constantFrom(...OUTCOME_RESULTS), closedOn: dateArb }), { nil: null }),
  })
  .map((r): PipelineRow => ({
    dealId: `d-${r.id}`,
    name: r.name,
    account: r.account,
    value: r.value,
    currency: r.currency,
    purchaseStage: r.stage,
    salesStep: null,
    decisionDate: r.decisionDate,
    daysLeft: null,
    overdue: false,
    likelihood: r.likelihood,
    trend: { since: null, delta: r.delta, series: [] },
    criticalGaps: { count: r.gaps, codes: [], gaps: [] },
    coverage: { keyPeople: 4, covered: 0, share: r.share },
    lastChange: r.changed === null ? null : { at: `${r.changed}T10:00:00+08:00`, by: null },
    owner: r.owner,
    team: r.team,
    status: r.status,
    reasons: [],
    outcome:
      r.outcome === null
        ? null
        : { result: r.outcome.result, closedOn: r.outcome.closedOn, reason: null, note: '', competitor: null },
    searchKey: [r.name, r.account, r.owner ?? ''].map(normalizeKey).join('\u001f'),
  }));

export const rowsArb = fc.array(rowArb, { maxLength: 60 });
export { dateArb };
