/**
 * Reading a deal's Y.Doc into the document the rest of Powermap works on (the analysis,
 * exports, `.powermap` files): the live items in their order, read by the salvage reader,
 * so that whatever a merge left behind (a line to a person deleted elsewhere, a value a
 * newer build wrote, a damaged entry) costs that part only, set aside and worded, never
 * the deal. Also: the people deleted on one replica while edited on another.
 */
import * as Y from 'yjs';
import { deepEqual } from '../diff/deepEqual';
import type { Problem } from '../document/problems';
import type { PowermapDocument } from '../document/schema';
import { byRank } from './ranks';
import { salvageDocument, type SalvageOptions } from './salvage';
import type { SetAsidePart } from './setAside';
import { COLLAB_SCHEMA_VERSION, DELETED, deletionOf, fieldsOf, rankOf, rootsOf, type Actor } from './shape';
import { storedSnapshots } from './snapshots';
import { listTrail, type TrailEntry } from './trail';

/** A person deleted softly whose fields were changed on another replica that had not seen the delete. */
export interface DeletedButEdited {
  readonly id: string;
  readonly name: string;
  readonly deletedBy: Actor;
  readonly deletedAt: string;
  /** The fields that differ from what the person who deleted saw. */
  readonly fields: readonly string[];
  /** Who changed those fields, as the trail knows them (newest first); empty when it does not. */
  readonly editedBy: readonly Actor[];
}

export type DealRead =
  | {
      readonly ok: true;
      readonly document: PowermapDocument;
      /** What could not be read, kept with its raw value; empty for a sound deal. */
      readonly setAside: readonly SetAsidePart[];
      readonly deletedButEdited: readonly DeletedButEdited[];
      /** The Y.Doc was written by a newer shape: read as far as this build understands it. */
      readonly newerShape: boolean;
    }
  /** Only for a document format newer than this build reads. */
  | { readonly ok: false; readonly problems: readonly Problem[] };

interface Ranked {
  readonly id: string;
  readonly rank: number;
  readonly value: unknown;
}

/**
 * The live items of a list, in order, with the keys they are stored under; an entry that is
 * not an item comes raw, for the salvage reader to set aside.
 */
function liveItems(list: Y.Map<unknown>): { values: unknown[]; keys: string[] } {
  const out: Ranked[] = [];
  list.forEach((item, id) => {
    if (!(item instanceof Y.Map)) out.push({ id, rank: Infinity, value: item });
    else if (item.get(DELETED) === undefined) out.push({ id, rank: rankOf(item), value: fieldsOf(item) });
  });
  const sorted = out.sort(byRank);
  return { values: sorted.map((item) => item.value), keys: sorted.map((item) => item.id) };
}

function plain(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) =>
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true }),
  );
  return out;
}

/** The names of the people deleted softly: a line left pointing at one of them is named by them. */
function formerNames(people: Y.Map<unknown>): Map<string, string> {
  const out = new Map<string, string>();
  people.forEach((item, id) => {
    if (!(item instanceof Y.Map) || item.get(DELETED) === undefined) return;
    const name: unknown = item.get('name');
    if (typeof name === 'string') out.set(id, name);
  });
  return out;
}

/**
 * The people other than the one who deleted who changed these fields of the person, newest
 * first, from the trail's entries (a nested field's entry, `interests.personal`, counts for
 * its field).
 */
function editorsOf(
  trail: readonly TrailEntry[],
  personId: string,
  fields: readonly string[],
  deleter: string,
): Actor[] {
  const touches = (field: string | undefined) =>
    field !== undefined && fields.some((f) => field === f || field.startsWith(`${f}.`));
  const editors = new Map<string, Actor>();
  for (const entry of [...trail].reverse()) {
    if (entry.entity !== 'person' || entry.entityId !== personId || entry.action !== 'set') continue;
    if (entry.actorId === deleter || !touches(entry.field) || editors.has(entry.actorId)) continue;
    editors.set(entry.actorId, { id: entry.actorId, name: entry.actorName });
  }
  return [...editors.values()];
}

function deletedButEdited(ydoc: Y.Doc): DeletedButEdited[] {
  const people = rootsOf(ydoc).people;
  let trail: readonly TrailEntry[] | null = null;
  const out: DeletedButEdited[] = [];
  people.forEach((item, id) => {
    if (!(item instanceof Y.Map)) return;
    const deletion = deletionOf(item);
    if (!deletion) return;
    const now = fieldsOf(item);
    const fields = [...new Set([...Object.keys(now), ...Object.keys(deletion.seen)])].filter(
      (field) => !deepEqual(now[field], deletion.seen[field]),
    );
    if (fields.length === 0) return;
    const name = typeof now['name'] === 'string' ? now['name'] : id;
    // The trail is read only when someone was deleted while edited: rare, and it may be long.
    trail ??= listTrail(ydoc);
    const editedBy = editorsOf(trail, id, fields, deletion.by);
    out.push({
      id,
      name,
      deletedBy: { id: deletion.by, name: deletion.byName },
      deletedAt: deletion.at,
      fields,
      editedBy,
    });
  });
  return out;
}

/** The people deleted on one replica while edited on another, without reading the whole deal. */
export function listDeletedButEdited(ydoc: Y.Doc): DeletedButEdited[] {
  return deletedButEdited(ydoc);
}

/**
 * Whether a Y.Doc holds a deal yet: false for a new, empty one (a replica before its first
 * sync), which `readDealFromYDoc` would otherwise read as a deal made of stand-ins.
 */
export function holdsDeal(ydoc: Y.Doc): boolean {
  return rootsOf(ydoc).meta.get('schema') !== undefined;
}

/** The deal a Y.Doc holds, as zod reads it, plus what was set aside. Never throws on stored content. */
export function readDealFromYDoc(ydoc: Y.Doc, options: SalvageOptions = {}): DealRead {
  const roots = rootsOf(ydoc);
  const deal = plain(roots.deal);
  const storedId = roots.meta.get('dealId');
  const dealId =
    typeof storedId === 'string' && storedId !== ''
      ? storedId
      : typeof deal['id'] === 'string' && deal['id'] !== ''
        ? deal['id']
        : ydoc.guid;
  const schema = roots.meta.get('schema');
  const team = liveItems(roots.team);
  const people = liveItems(roots.people);
  const lines = liveItems(roots.lines);
  const raw = {
    ...plain(roots.head),
    deal,
    team: team.values,
    stakeholders: people.values,
    relationships: lines.values,
    history: storedSnapshots(roots.snapshots)
      .filter((s) => !s.deleted)
      .map((s) => s.raw),
  };
  const read = salvageDocument(raw, dealId, {
    formerNames: formerNames(roots.people),
    // Each record is keyed by its id; an id field that says otherwise (a buggy client) is repaired to the key.
    keys: { team: team.keys, stakeholders: people.keys, relationships: lines.keys },
    ...options,
  });
  if (!read.ok) return read;
  return {
    ok: true,
    document: read.document,
    setAside: read.setAside,
    deletedButEdited: deletedButEdited(ydoc),
    newerShape: typeof schema === 'number' && schema > COLLAB_SCHEMA_VERSION,
  };
}
