/**
 * The analysis of a document version, computed once: the analysis panel and the saver
 * (which stores the win likelihood in the library's summary row) ask for the same
 * version, often in the same moment. Versions are immutable, so the document object is
 * the cache key.
 */
import { analyze, type Analysis } from '../../shared/analysis';
import type { PowermapDocument } from '../../shared/document';
import type { Lang } from '../../shared/i18n';

const cache = new WeakMap<PowermapDocument, { readonly key: string; readonly analysis: Analysis }>();

export function analysisFor(doc: PowermapDocument, asOf: string, lang: Lang): Analysis {
  const key = `${asOf}|${lang}`;
  const hit = cache.get(doc);
  if (hit?.key === key) return hit.analysis;
  const analysis = analyze(doc, { asOf, lang });
  cache.set(doc, { key, analysis });
  return analysis;
}
