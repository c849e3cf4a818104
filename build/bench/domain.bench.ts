/**
 * Domain benchmarks: the analysis (goal: 2,000 people under 5 ms, median), its growth to
 * 10,000 people (linear), the diff of two versions of a 1,000-person map, and reading and
 * writing a document.
 */
import { analyze } from '../../shared/analysis';
import { diffDocuments } from '../../shared/diff';
import { parseDocumentText, serializeDocument } from '../../shared/document';
import { measure, type Timing } from './measure';
import { monthOfWork, syntheticMap } from './syntheticMap';

export function domainBenchmarks(): Timing[] {
  const timings: Timing[] = [];
  for (const size of [100, 2000, 10000]) {
    const doc = syntheticMap(size);
    timings.push(
      measure(`analyze ${size} people (en)`, () => analyze(doc, { asOf: '2026-11-26' }), size > 5000 ? 20 : 100),
    );
  }
  const doc2000 = syntheticMap(2000);
  timings.push(
    measure('analyze 2000 people (zh-CN)', () => analyze(doc2000, { asOf: '2026-11-26', lang: 'zh-CN' }), 100),
  );
  const doc1000 = syntheticMap(1000);
  const next = monthOfWork(doc1000);
  timings.push(
    measure('diff two versions of 1000 people', () => diffDocuments(doc1000, next, { asOf: '2026-11-26' }), 50),
  );
  const text = serializeDocument(doc2000);
  timings.push(measure('parse a 2000-person file', () => parseDocumentText(text), 20));
  timings.push(measure('serialise a 2000-person document', () => serializeDocument(doc2000), 20));
  return timings;
}

export const DOMAIN_GOALS: Readonly<Record<string, number>> = {
  'analyze 2000 people (en)': 5,
  'analyze 2000 people (zh-CN)': 5,
  'diff two versions of 1000 people': 50,
};
