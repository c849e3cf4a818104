/**
 * "What moved this week": for each deal, the likelihood change since a date and the changes
 * that moved it most, from the attribution of shared/diff (the same rows `powermap diff`
 * shows).
 */
import type { AttributionRow } from '../diff/attribution';
import type { PowermapDocument } from '../document/schema';
import type { Lang } from '../i18n/catalogue';

export interface DealMovement {
  readonly dealId: string;
  readonly name: string;
  /** The day of the version compared with (the newest snapshot on or before `since`, else the oldest). */
  readonly fromDate: string;
  readonly before: number;
  readonly after: number;
  /** after − before, whole points. */
  readonly delta: number;
  /** The attribution rows that moved it most, largest |points| first (at most `limit`). */
  readonly changes: readonly AttributionRow[];
}

export interface WhatMovedOptions {
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
  void documents;
  void since;
  void options;
  throw new Error('not yet');
}
