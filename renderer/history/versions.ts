/**
 * The versions a user picks from in the history view: every snapshot and the current map,
 * and which two are compared (by default the newest snapshot with the current map).
 */
import type { PowermapDocument } from '../../shared/document';
import { CURRENT, currentVersion, versionOf, type Version } from '../../shared/history';

export interface VersionPair {
  readonly from: string;
  readonly to: string;
}

/** The newest snapshot with the current map; the current map twice when there is no snapshot. */
export function defaultPair(doc: PowermapDocument): VersionPair {
  const newest = doc.history.at(-1);
  return { from: newest?.id ?? CURRENT, to: CURRENT };
}

/** A version by id, or null when no snapshot has it (any more). */
export function versionById(doc: PowermapDocument, id: string): Version | null {
  if (id === CURRENT) return currentVersion(doc);
  if (!doc.history.some((s) => s.id === id)) return null;
  const found = versionOf(doc, id);
  return found.ok ? found.version : null;
}

export interface ResolvedPair {
  readonly from: Version;
  readonly to: Version;
}

/**
 * The two versions a pair names. A version deleted since is replaced by the default's, so
 * the comparison always shows something.
 */
export function resolvePair(doc: PowermapDocument, pair: VersionPair): ResolvedPair {
  const fallback = defaultPair(doc);
  const from = versionById(doc, pair.from) ?? versionById(doc, fallback.from)!;
  const to = versionById(doc, pair.to) ?? versionById(doc, fallback.to)!;
  return { from, to };
}

/** Versions newest first, as the list and the selects show them: the current map, then snapshots. */
export function versionIdsNewestFirst(doc: PowermapDocument): string[] {
  return [CURRENT, ...doc.history.map((s) => s.id).reverse()];
}
