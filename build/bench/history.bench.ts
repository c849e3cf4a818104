/**
 * History benchmarks (issue 4): comparing two versions of a 1,000-person map, the diff
 * and the attribution of the likelihood change (goal: under 50 ms, median), and the
 * timeline of a deal with 12 snapshots of 1,000 people.
 */
import { attribute, diffDocuments } from '../../shared/diff';
import type { PowermapDocument } from '../../shared/document';
import { compareVersions, restoreSnapshot, takeSnapshot, timeline } from '../../shared/history';
import { measure, type Timing } from './measure';
import { monthOfWork, syntheticMap } from './syntheticMap';

const AS_OF = '2026-11-26';

/** Step `k` of a year of meetings: a twelfth of the people met and judged again, one newcomer. */
function evolved(doc: PowermapDocument, k: number): PowermapDocument {
  const attitudes = ['supporter', 'neutral', 'champion', 'opponent'] as const;
  const closeness = ['frequent', 'close', 'distant'] as const;
  const base = syntheticMap(1, 100 + k).stakeholders[0]!;
  return {
    ...doc,
    stakeholders: [
      ...doc.stakeholders.map((p, i) =>
        i % 12 === k ? { ...p, attitude: attitudes[k % 4]!, closeness: closeness[k % 3]!, ownerId: 't-1' } : p,
      ),
      { ...base, id: `s-month-${k}`, name: `Newcomer ${k}` },
    ],
  };
}

/** A 1,000-person deal with 12 snapshots, one a month, each a step on from the one before. */
export function twelveMonths(): PowermapDocument {
  let doc = syntheticMap(1000);
  for (let k = 0; k < 12; k++) {
    const month = String(k + 1).padStart(2, '0');
    doc = takeSnapshot(doc, { id: `h-${k}`, takenAt: `2026-${month}-01T09:00:00+08:00`, label: `month ${k + 1}` });
    doc = evolved(doc, k);
  }
  return doc;
}

export function historyBenchmarks(): Timing[] {
  const doc = syntheticMap(1000);
  const next = monthOfWork(doc);
  const diff = diffDocuments(doc, next, { asOf: AS_OF });
  const year = twelveMonths();
  return [
    measure('diff + attribution, 2 versions of 1000', () => compareVersions(doc, next, { asOf: AS_OF }), 50),
    measure('attribution alone, 2 versions of 1000', () => attribute(diff, { old: doc, new: next }), 200),
    measure('timeline, 12 snapshots of 1000 people', () => timeline(year, { asOf: AS_OF }), 20),
    measure(
      'take and restore a snapshot of 1000',
      () =>
        restoreSnapshot(takeSnapshot(year, { id: 'bench', takenAt: '2026-12-01T09:00:00Z', label: '' }), 'h-0', {
          id: 'bench-r',
          takenAt: '2026-12-01T09:00:01Z',
          label: '',
        }),
      200,
    ),
  ];
}

export const HISTORY_GOALS: Readonly<Record<string, number>> = {
  'diff + attribution, 2 versions of 1000': 50,
};
