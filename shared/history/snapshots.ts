/**
 * Snapshots of a map (issue 4): take one, restore one, rename, delete and put back, and
 * find a version by what a user types. Pure functions on immutable documents: every one
 * returns a new document and leaves its input alone; ids and times are passed in (no
 * clock, no randomness here).
 *
 * What a snapshot holds: the map content, `deal`, `team`, `stakeholders` and
 * `relationships`, whole (unknown fields inside them included). Fields the document holds
 * beside the map (`format`, `version`, `history`, unknown top-level fields) are not map
 * content: a restore leaves them as they are. A snapshot's own unknown fields describe
 * the snapshot and stay with it. Snapshots share their objects with the versions they were
 * taken from; nothing here mutates them.
 */
import { deepEqual } from '../diff/deepEqual';
import type { MapContent, PowermapDocument, Snapshot } from '../document/schema';

/** The id, time and label a new snapshot gets, chosen by the caller. */
export interface SnapshotInfo {
  readonly id: string;
  /** ISO date and time with an offset, e.g. `2026-11-26T09:30:00+08:00`. */
  readonly takenAt: string;
  /** Already worded (see `autoSnapshotLabel` for the automatic ones). */
  readonly label: string;
}

/** The reference that always means the current map. */
export const CURRENT = 'current';

export type HistoryErrorCode = 'unknown_snapshot' | 'duplicate_id' | 'reserved_id';

/** A call the caller should have prevented: an id that is not in the history, or one already used. */
export class HistoryError extends Error {
  readonly code: HistoryErrorCode;
  readonly id: string;

  constructor(code: HistoryErrorCode, id: string) {
    const what =
      code === 'unknown_snapshot'
        ? 'no snapshot has the id'
        : code === 'duplicate_id'
          ? 'a snapshot already has the id'
          : 'a snapshot cannot have the id';
    super(`${what} "${id}"`);
    this.name = 'HistoryError';
    this.code = code;
    this.id = id;
  }
}

/** The map content of a document or a snapshot (the same objects, not copies). */
export function mapContentOf(source: MapContent): MapContent {
  return {
    deal: source.deal,
    team: source.team,
    stakeholders: source.stakeholders,
    relationships: source.relationships,
  };
}

function indexOfSnapshot(doc: PowermapDocument, id: string): number {
  const index = doc.history.findIndex((snapshot) => snapshot.id === id);
  if (index < 0) throw new HistoryError('unknown_snapshot', id);
  return index;
}

function newSnapshot(doc: PowermapDocument, info: SnapshotInfo): Snapshot {
  if (info.id === CURRENT) throw new HistoryError('reserved_id', info.id);
  if (doc.history.some((snapshot) => snapshot.id === info.id)) throw new HistoryError('duplicate_id', info.id);
  return { id: info.id, takenAt: info.takenAt, label: info.label, ...mapContentOf(doc) };
}

/** The document with a snapshot of its current map appended to its history (oldest first). */
export function takeSnapshot(doc: PowermapDocument, info: SnapshotInfo): PowermapDocument {
  return { ...doc, history: [...doc.history, newSnapshot(doc, info)] };
}

/**
 * Makes a snapshot's content the current map. The map it replaces is appended to the
 * history as a new snapshot (`info`; its label should say it was replaced by the restore),
 * and the restored snapshot stays where it is: nothing is lost.
 */
export function restoreSnapshot(doc: PowermapDocument, snapshotId: string, info: SnapshotInfo): PowermapDocument {
  const restored = doc.history[indexOfSnapshot(doc, snapshotId)]!;
  const replaced = newSnapshot(doc, info);
  return { ...doc, ...mapContentOf(restored), history: [...doc.history, replaced] };
}

/** The document with one snapshot's label changed (the other snapshots are the same objects). */
export function renameSnapshot(doc: PowermapDocument, snapshotId: string, label: string): PowermapDocument {
  const index = indexOfSnapshot(doc, snapshotId);
  const history = doc.history.slice();
  history[index] = { ...history[index]!, label };
  return { ...doc, history };
}

export interface DeletedSnapshot {
  readonly document: PowermapDocument;
  /** What `insertSnapshot(document, snapshot, index)` needs to undo the deletion. */
  readonly snapshot: Snapshot;
  readonly index: number;
}

export function deleteSnapshot(doc: PowermapDocument, snapshotId: string): DeletedSnapshot {
  const index = indexOfSnapshot(doc, snapshotId);
  const history = doc.history.slice();
  const [snapshot] = history.splice(index, 1);
  return { document: { ...doc, history }, snapshot: snapshot!, index };
}

/** Puts a snapshot back at `index` (clamped to the history), e.g. to undo `deleteSnapshot`. */
export function insertSnapshot(doc: PowermapDocument, snapshot: Snapshot, index: number): PowermapDocument {
  if (doc.history.some((s) => s.id === snapshot.id)) throw new HistoryError('duplicate_id', snapshot.id);
  const at = Math.max(0, Math.min(doc.history.length, Math.trunc(index)));
  const history = doc.history.slice();
  history.splice(at, 0, snapshot);
  return { ...doc, history };
}

/** A snapshot's map content, to compare or analyse like a document. */
export function snapshotAsDocument(doc: PowermapDocument, snapshotId: string): MapContent {
  return mapContentOf(doc.history[indexOfSnapshot(doc, snapshotId)]!);
}

/** One version of a deal's map: a snapshot, or the current map. */
export interface Version {
  /** `current`, or the snapshot's id. */
  readonly id: string;
  /** The snapshot's place in the history (0 = oldest); null for the current map. */
  readonly index: number | null;
  /** The snapshot's label; empty for the current map. */
  readonly label: string;
  /** When the snapshot was taken; null for the current map. */
  readonly takenAt: string | null;
  readonly content: MapContent;
}

export type VersionRefError =
  | { readonly code: 'unknown'; readonly ref: string }
  /** More than one snapshot has this label: `candidates` are their ids, oldest first. */
  | { readonly code: 'ambiguous'; readonly ref: string; readonly candidates: readonly string[] };

export type VersionLookup =
  { readonly ok: true; readonly version: Version } | { readonly ok: false; readonly error: VersionRefError };

export function currentVersion(doc: PowermapDocument): Version {
  return { id: CURRENT, index: null, label: '', takenAt: null, content: mapContentOf(doc) };
}

function snapshotVersion(doc: PowermapDocument, index: number): Version {
  const snapshot = doc.history[index]!;
  return {
    id: snapshot.id,
    index,
    label: snapshot.label,
    takenAt: snapshot.takenAt,
    content: mapContentOf(snapshot),
  };
}

/**
 * Finds the version a user means, trying in this order:
 * 1. `current`: the current map (even if a snapshot has that id or label);
 * 2. a snapshot's id, exactly;
 * 3. `#N`: the N-th snapshot, 1-based, oldest first (`#1` is the oldest);
 * 4. a snapshot's label, exactly (case and spaces count). When several snapshots have
 *    that label the reference is ambiguous, and the error lists their ids.
 * Anything else is unknown.
 */
export function versionOf(doc: PowermapDocument, ref: string): VersionLookup {
  if (ref === CURRENT) return { ok: true, version: currentVersion(doc) };
  const byId = doc.history.findIndex((snapshot) => snapshot.id === ref);
  if (byId >= 0) return { ok: true, version: snapshotVersion(doc, byId) };
  const numbered = /^#([1-9][0-9]*)$/.exec(ref);
  if (numbered) {
    const n = Number(numbered[1]);
    if (n <= doc.history.length) return { ok: true, version: snapshotVersion(doc, n - 1) };
  }
  const labelled: number[] = [];
  doc.history.forEach((snapshot, index) => {
    if (snapshot.label === ref) labelled.push(index);
  });
  if (labelled.length === 1) return { ok: true, version: snapshotVersion(doc, labelled[0]!) };
  if (labelled.length > 1) {
    return { ok: false, error: { code: 'ambiguous', ref, candidates: labelled.map((i) => doc.history[i]!.id) } };
  }
  return { ok: false, error: { code: 'unknown', ref } };
}

/** The calendar day a `takenAt` names, as written (the date in the offset it was written with). */
export function dayOfTakenAt(takenAt: string): string {
  return takenAt.slice(0, 10);
}

/**
 * Whether an edit about to be made is the first edit of a new day, which takes a snapshot
 * of the map as it stood first. It is due when all of these hold:
 * - the map was edited before (`lastEditDay` is not null: a new deal has nothing to keep),
 *   and not yet today (`lastEditDay` differs from `today`);
 * - no snapshot was taken today (a snapshot taken by hand this morning counts);
 * - the map differs from the newest snapshot (nothing new to keep otherwise).
 * Days are YYYY-MM-DD in the user's time zone; `dayOf` turns a snapshot's `takenAt` into
 * one (by default the date as written, right when the app writes `takenAt` with the
 * local offset).
 */
export function needsDailySnapshot(
  doc: PowermapDocument,
  today: string,
  lastEditDay: string | null,
  dayOf: (takenAt: string) => string = dayOfTakenAt,
): boolean {
  if (lastEditDay === null || lastEditDay === today) return false;
  if (doc.history.some((snapshot) => dayOf(snapshot.takenAt) === today)) return false;
  const newest = doc.history.at(-1);
  return newest === undefined || !deepEqual(mapContentOf(newest), mapContentOf(doc));
}
