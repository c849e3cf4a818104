/**
 * The trail's two edits, each one undoable step of the editor: putting back a value an
 * entry set (restoreValue) and bringing back a person deleted on one machine while edited
 * on another (restorePerson). Each writes the Y.Doc first, by the user (so the trail records
 * it), then gives the editor the document the Y.Doc now reads as, keeping every item that did
 * not change as the same object (so the save and the canvas touch only what changed). The
 * Y.Doc already holds the edit, so the editor link writing it back (persistence/editorLink.ts) finds nothing to write; undo
 * writes the value before it, as any edit.
 */
import type * as Y from 'yjs';
import { readDealFromYDoc, restorePerson, restoreValue, type Actor, type TrailEntry } from '../../shared/collab';
import { deepEqual } from '../../shared/diff/deepEqual';
import type { PowermapDocument } from '../../shared/document';
import type { EditorStore } from '../editor/store';

function keepSame<T extends { readonly id: string }>(current: readonly T[], next: readonly T[]): readonly T[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  let same = current.length === next.length;
  const out = next.map((item, i) => {
    const old = byId.get(item.id);
    const kept = old !== undefined && deepEqual(old, item) ? old : item;
    if (kept !== current[i]) same = false;
    return kept;
  });
  return same ? current : out;
}

/** `next`, with every part equal to `current`'s being `current`'s own object. */
export function adoptDocument(current: PowermapDocument, next: PowermapDocument): PowermapDocument {
  const adopted: PowermapDocument = {
    ...next,
    deal: deepEqual(current.deal, next.deal) ? current.deal : next.deal,
    team: keepSame(current.team, next.team) as PowermapDocument['team'],
    stakeholders: keepSame(current.stakeholders, next.stakeholders) as PowermapDocument['stakeholders'],
    relationships: keepSame(current.relationships, next.relationships) as PowermapDocument['relationships'],
    history: keepSame(current.history, next.history) as PowermapDocument['history'],
  };
  const unchanged =
    adopted.deal === current.deal &&
    adopted.team === current.team &&
    adopted.stakeholders === current.stakeholders &&
    adopted.relationships === current.relationships &&
    adopted.history === current.history;
  return unchanged ? current : adopted;
}

function takeFromYDoc(store: EditorStore, ydoc: Y.Doc): void {
  const read = readDealFromYDoc(ydoc);
  if (!read.ok) return;
  store.apply((doc) => adoptDocument(doc, read.document));
}

/** Puts back the value `entry` set, as one undoable edit by `actor`; false when there is nothing to put back. */
export function putBackValue(
  store: EditorStore,
  ydoc: Y.Doc,
  entry: TrailEntry,
  actor: Actor,
  now: () => Date = () => new Date(),
): boolean {
  if (store.getState().whatIf) return false;
  if (!restoreValue(ydoc, entry, actor, now)) return false;
  takeFromYDoc(store, ydoc);
  return true;
}

/** Brings back a person deleted softly, with the lines deleted with them, as one undoable edit. */
export function restoreDeletedPerson(
  store: EditorStore,
  ydoc: Y.Doc,
  personId: string,
  actor: Actor,
  now: () => Date = () => new Date(),
): boolean {
  if (store.getState().whatIf) return false;
  if (!restorePerson(ydoc, personId, actor, now)) return false;
  takeFromYDoc(store, ydoc);
  return true;
}
