/**
 * Comparing two versions of a map (two snapshots, or a snapshot and the current map):
 * the diff of the domain core and the attribution of the likelihood change to the changes.
 */
import type { AnalysisOptions } from '../analysis/types';
import { attribute, type Attribution } from '../diff/attribution';
import { diffDocuments } from '../diff/diffDocuments';
import type { DocumentDiff } from '../diff/types';
import type { MapContent } from '../document/schema';

export interface Comparison {
  readonly diff: DocumentDiff;
  readonly attribution: Attribution;
}

/** Both versions analysed with the same options (one analysis date for both). */
export function compareVersions(old: MapContent, next: MapContent, options: AnalysisOptions = {}): Comparison {
  const diff = diffDocuments(old, next, options);
  return { diff, attribution: attribute(diff, { old, new: next, lang: options.lang ?? 'en' }) };
}
