/**
 * Pipeline benchmarks (issue 12): the team lead's pipeline of 5,000 deals computed from
 * their summary rows (filter, sort, totals per currency against the rows of a week ago,
 * the quarter's chart; goal: under 200 ms, median), and summarizing one deal of 40 people
 * with 12 snapshots, cold (every snapshot analysed) and warm (snapshots cached, as when the
 * server summarizes a deal again after an edit).
 */
import {
  decidingThisQuarter,
  filterPipeline,
  pipelineTotals,
  sortPipeline,
  summarizeDeal,
  type PipelineRow,
} from '../../shared/pipeline';
import { seededRandom } from '../../test/support/random';
import { measure, type Timing } from './measure';
import { dealWithHistory } from './syntheticMap';

const AS_OF = '2026-11-26';
const DEALS = 5000;
const CURRENCIES = ['CNY', 'USD', 'EUR', null] as const;
const OWNERS = ['Li Na', 'Wang Fang', 'Zhang Wei', 'Chen Jie', 'Liu Yang', 'Huang Min'];

/** 5,000 summary rows: 50 summarized deals, each copied 100 times with its own id, value, currency, date and owner. */
function summaryRows(): { now: PipelineRow[]; weekAgo: PipelineRow[] } {
  const random = seededRandom(7);
  const base = Array.from({ length: 50 }, (_, i) => summarizeDeal(dealWithHistory(12, 4, i + 1, 1), { asOf: AS_OF }));
  const now: PipelineRow[] = [];
  const weekAgo: PipelineRow[] = [];
  for (let i = 0; i < DEALS; i++) {
    const row = base[i % base.length]!;
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const copy: PipelineRow = {
      ...row,
      dealId: `d-${i}`,
      name: `${row.name} ${i}`,
      value: random() < 0.1 ? null : Math.round(random() * 5_000_000),
      currency: CURRENCIES[i % CURRENCIES.length]!,
      decisionDate: random() < 0.1 ? null : `2026-${month}-${day}`,
      likelihood: Math.floor(random() * 101),
      owner: OWNERS[i % OWNERS.length]!,
      team: i % 2 === 0 ? 'north' : 'south',
      lastChange: { at: `2026-11-${String(1 + (i % 26)).padStart(2, '0')}T10:00:00+08:00`, by: null },
      outcome:
        i % 10 === 0 ? { result: 'won', closedOn: '2026-10-01', reason: null, note: '', competitor: null } : null,
    };
    now.push(copy);
    weekAgo.push({ ...copy, likelihood: Math.max(0, copy.likelihood - 5) });
  }
  return { now, weekAgo };
}

export function pipelineBenchmarks(): Timing[] {
  const { now, weekAgo } = summaryRows();
  const previousOpen = filterPipeline(weekAgo, { state: 'open' });
  const view = () => {
    const open = filterPipeline(now, { state: 'open', likelihoodMin: 10, decisionFrom: '2026-01-01' });
    const sorted = sortPipeline(open, 'likelihood', 'desc');
    const searched = filterPipeline(sorted, { search: 'deal 12', statuses: ['red', 'amber'] });
    return [sorted, searched, pipelineTotals(open, previousOpen), decidingThisQuarter(open, AS_OF)];
  };
  const runs = 25;
  const colds = Array.from({ length: runs + 3 }, (_, i) => dealWithHistory(40, 12, 1000 + i, 1));
  let next = 0;
  const warm = dealWithHistory(40, 12, 999, 1);
  summarizeDeal(warm, { asOf: AS_OF });
  return [
    measure('pipeline of 5000 rows: filter, sort, totals, chart', view, 50),
    measure('sort 5000 rows by name', () => sortPipeline(now, 'name', 'asc'), 50),
    measure(
      'summarize a deal, 40 people, 12 snapshots, cold',
      () => summarizeDeal(colds[next++]!, { asOf: AS_OF }),
      runs,
      3,
    ),
    measure('summarize a deal, 40 people, 12 snapshots, warm', () => summarizeDeal(warm, { asOf: AS_OF }), 100),
  ];
}

export const PIPELINE_GOALS: Readonly<Record<string, number>> = {
  'pipeline of 5000 rows: filter, sort, totals, chart': 200,
};
