/**
 * The likelihood over a deal's history: one point per day that has a snapshot (the day's
 * last), each analysed as of the day it was taken (the figure the user saw that day), and
 * the current map as of the analysis date. A snapshot never changes, so its figure is
 * cached by the snapshot object (and the date it is analysed on): summarizing a deal again
 * after an edit analyses only the current map.
 */
import { buildContext } from '../analysis/context';
import { findGaps } from '../analysis/findGaps';
import { rawTerms, score } from '../analysis/likelihood';
import type { MapContent, PowermapDocument, Snapshot } from '../document/schema';
import { dayOfTakenAt, mapContentOf } from '../history/snapshots';
import type { TrendPoint } from './types';

/** The win likelihood of a map on a date, without wording anything (what the analysis shows). */
export function likelihoodOf(map: MapContent, asOf: string | null): number {
  const context = buildContext(map, asOf);
  return score(rawTerms(context, findGaps(context)), context.costs.base).likelihood;
}

const cache = new WeakMap<Snapshot, Map<string, number>>();

/** A snapshot's likelihood as of `asOf` (default: the day it was taken), cached by snapshot object. */
export function snapshotLikelihood(snapshot: Snapshot, asOf: string = dayOfTakenAt(snapshot.takenAt)): number {
  let byDate = cache.get(snapshot);
  if (byDate === undefined) {
    byDate = new Map();
    cache.set(snapshot, byDate);
  }
  let figure = byDate.get(asOf);
  if (figure === undefined) {
    figure = likelihoodOf(mapContentOf(snapshot), asOf);
    byDate.set(asOf, figure);
  }
  return figure;
}

/** The newest snapshot of each day up to `until` (all days without it), oldest day first. */
export function dailySnapshots(doc: PowermapDocument, until: string | null = null): Snapshot[] {
  const byDay = new Map<string, Snapshot>();
  for (const snapshot of doc.history) {
    const day = dayOfTakenAt(snapshot.takenAt);
    if (until !== null && day > until) continue;
    const kept = byDay.get(day);
    // The later time wins; among equal times, the later place in the history.
    if (kept === undefined || Date.parse(kept.takenAt) <= Date.parse(snapshot.takenAt)) byDay.set(day, snapshot);
  }
  return [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, snapshot]) => snapshot);
}

/** The snapshots' points up to `until`, oldest first, at most one per day, each as of its day. */
export function likelihoodSeries(doc: PowermapDocument, until: string | null = null): TrendPoint[] {
  return dailySnapshots(doc, until).map((snapshot) => ({
    date: dayOfTakenAt(snapshot.takenAt),
    likelihood: snapshotLikelihood(snapshot),
  }));
}

/** The snapshot the deal stood at on `date`: the newest taken on or before that day; null when none is that old. */
export function snapshotOn(doc: PowermapDocument, date: string): Snapshot | null {
  return dailySnapshots(doc, date).at(-1) ?? null;
}

/**
 * The deal as it stood on `date`: the newest snapshot taken on or before that day, made the
 * current map, with the history taken before it; null when no snapshot is that old.
 */
export function dealAsOf(doc: PowermapDocument, date: string): PowermapDocument | null {
  const snapshot = snapshotOn(doc, date);
  if (snapshot === null) return null;
  const before = doc.history.slice(0, doc.history.indexOf(snapshot));
  const history = before.filter((s) => dayOfTakenAt(s.takenAt) <= date);
  return { ...doc, ...mapContentOf(snapshot), history };
}
