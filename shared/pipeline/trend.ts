/**
 * The likelihood over a deal's history: one point per day that has a snapshot (the day's
 * last), each analysed as of the day it was taken (the figure the user saw that day), and
 * the current map as of the analysis date. A snapshot never changes, so its figure is
 * cached by the snapshot object: summarizing a deal again analyses only the current map.
 */
import type { PowermapDocument, Snapshot } from '../document/schema';
import type { TrendPoint } from './types';

/** The likelihood of a snapshot as of the day it was taken (cached by snapshot object). */
export function snapshotLikelihood(snapshot: Snapshot): number {
  void snapshot;
  throw new Error('not yet');
}

/** The snapshots' points, oldest first, at most one per day (its last snapshot). */
export function likelihoodSeries(doc: PowermapDocument): TrendPoint[] {
  void doc;
  throw new Error('not yet');
}

/**
 * The deal as it stood on `date`: the newest snapshot taken on or before that day, made the
 * current map, with the history up to it; null when no snapshot is that old.
 */
export function dealAsOf(doc: PowermapDocument, date: string): PowermapDocument | null {
  void doc;
  void date;
  throw new Error('not yet');
}
