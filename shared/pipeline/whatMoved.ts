/**
 * "What moved this week": for each deal, the likelihood change since a date and the changes
 * that moved it most, from the attribution of shared/diff (the rows `powermap diff` shows).
 * Both versions are analysed on the same date (the analysis date), as the attribution
 * requires: what moved is what people changed on the map, not the calendar.
 */
import type { AttributionRow } from '../diff/attribution';
import type { PowermapDocument } from '../document/schema';
import { compareVersions } from '../history/compare';
import { dayOfTakenAt, mapContentOf } from '../history/snapshots';
import type { Lang } from '../i18n/catalogue';
import { snapshotOn } from './trend';

export interface DealMovement {
  readonly dealId: string;
  readonly name: string;
  /** The day of the version compared with: the newest snapshot on or before `since`. */
  readonly fromDate: string;
  readonly before: number;
  readonly after: number;
  /** after − before, whole points. */
  readonly delta: number;
  /** The attribution rows that moved it most, largest |points| first (at most `limit`). */
  readonly changes: readonly AttributionRow[];
}

export interface WhatMovedOptions {
  /** The analysis date of both versions, YYYY-MM-DD. */
  readonly asOf: string;
  readonly lang?: Lang;
  /** Changes kept per deal (default 3). */
  readonly limit?: number;
}

/** Deals whose likelihood moved since `since`, largest |delta| first; deals with no earlier version or no move are left out. */
export function whatMoved(
  documents: readonly PowermapDocument[],
  since: string,
  options: WhatMovedOptions,
): DealMovement[] {
  const limit = options.limit ?? 3;
  const out: DealMovement[] = [];
  for (const doc of documents) {
    const then = snapshotOn(doc, since);
    if (then === null) continue;
    const { diff, attribution } = compareVersions(mapContentOf(then), mapContentOf(doc), {
      asOf: options.asOf,
      lang: options.lang ?? 'en',
    });
    const changes = attribution.rows.filter((row) => row.points !== 0);
    if (changes.length === 0 && attribution.delta === 0) continue;
    out.push({
      dealId: doc.deal.id,
      name: doc.deal.name,
      fromDate: dayOfTakenAt(then.takenAt),
      before: diff.winLikelihood.old,
      after: diff.winLikelihood.new,
      delta: attribution.delta,
      changes: changes.slice(0, limit),
    });
  }
  return out.sort(byMovement);
}

/** The order of "what moved": largest |delta| first, then by name (so movements merged from two sources keep it). */
export function byMovement(a: DealMovement, b: DealMovement): number {
  return Math.abs(b.delta) - Math.abs(a.delta) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
