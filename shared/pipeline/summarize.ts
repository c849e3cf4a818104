/**
 * One deal's pipeline row from its document: the analysis of the current map, its key
 * people's coverage, the status rule (docs/PIPELINE.md) and the likelihood's trend from
 * the history snapshots.
 */
import type { PowermapDocument } from '../document/schema';
import type { PipelineRow, SummarizeOptions } from './types';

export function summarizeDeal(doc: PowermapDocument, options: SummarizeOptions): PipelineRow {
  void doc;
  void options;
  throw new Error('not yet');
}
