/**
 * The activity trail as the panel shows it: newest first, grouped by the user's local day,
 * each entry worded (who, what, at what time) in the interface language, narrowed to one
 * person or one teammate, and marked when the value it set has since been overwritten (so
 * it can be put back). Headless: the panel and the tests call the same function.
 */
import * as Y from 'yjs';
import { describeTrailEntry, type TrailEntry } from '../../shared/collab';
import { LIST_OF } from '../../shared/collab/trail';
import { DELETED, fieldKey, rootsOf } from '../../shared/collab/shape';
import { deepEqual } from '../../shared/diff/deepEqual';
import type { Names } from '../../shared/diff/wording';
import { translate, type Lang } from '../../shared/i18n';
import { localIsoDate } from '../../shared/values';

/** Rows drawn at first, and added by each "Show more": the trail keeps up to 5,000. */
export const TRAIL_PAGE = 200;

export interface TrailFilter {
  /** One person's entries (the person's own fields, adds, deletes and restores). */
  readonly personId?: string | null;
  /** One teammate's entries. */
  readonly actorId?: string | null;
}

export interface TrailRow {
  /** Stable within one reading of the trail (the entry's place in it). */
  readonly key: string;
  readonly entry: TrailEntry;
  readonly who: string;
  readonly what: string;
  /** The local time, `10:42`. */
  readonly time: string;
  /** A value set here that the field no longer holds: it can be put back (restoreValue). */
  readonly overwritten: boolean;
}

export interface TrailDay {
  /** The local day, YYYY-MM-DD. */
  readonly day: string;
  /** `Today`, `Yesterday` or the date, in the interface language. */
  readonly label: string;
  readonly rows: readonly TrailRow[];
}

export interface TrailView {
  readonly days: readonly TrailDay[];
  /** Entries that pass the filter; `shown` of them are in `days`. */
  readonly total: number;
  readonly shown: number;
}

export interface TrailViewOptions {
  readonly lang: Lang;
  readonly filter?: TrailFilter;
  /** How many rows to word (the newest); the rest wait for "Show more". */
  readonly limit?: number;
  /** The local day it is, YYYY-MM-DD (for Today and Yesterday). */
  readonly today: string;
  readonly names?: Names;
}

/** The value a field holds now, or `live: false` when its entity is gone or deleted. */
export function currentValue(ydoc: Y.Doc, entry: TrailEntry): { live: boolean; value?: unknown } {
  if (entry.field === undefined) return { live: false };
  const roots = rootsOf(ydoc);
  let target: Y.Map<unknown> | undefined;
  if (entry.entity === 'deal') target = roots.deal;
  else {
    const list = LIST_OF[entry.entity];
    const item = list ? roots[list].get(entry.entityId) : undefined;
    if (item instanceof Y.Map && item.get(DELETED) === undefined) target = item;
  }
  return target ? { live: true, value: target.get(fieldKey(entry.field)) } : { live: false };
}

function passes(entry: TrailEntry, filter: TrailFilter): boolean {
  if (filter.personId && (entry.entity !== 'person' || entry.entityId !== filter.personId)) return false;
  if (filter.actorId && entry.actorId !== filter.actorId) return false;
  return true;
}

function dayLabel(lang: Lang, day: string, today: string): string {
  if (day === today) return translate(lang, 'trailApp.today');
  const yesterday = new Date(`${today}T12:00:00`);
  yesterday.setDate(yesterday.getDate() - 1);
  if (day === localIsoDate(yesterday)) return translate(lang, 'trailApp.yesterday');
  const at = new Date(`${day}T12:00:00`);
  return at.toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-CN', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

function timeOf(lang: Lang, at: Date): string {
  return at.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'zh-CN', { hour: '2-digit', minute: '2-digit' });
}

/**
 * The panel's rows from the trail (`entries` oldest first, as `listTrail` gives them):
 * only the newest `limit` rows are worded, since a deal may hold 5,000 entries.
 */
export function trailView(ydoc: Y.Doc, entries: readonly TrailEntry[], options: TrailViewOptions): TrailView {
  const { lang, filter = {}, limit = TRAIL_PAGE, today } = options;
  const newestFirst: { entry: TrailEntry; index: number }[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (passes(entry, filter)) newestFirst.push({ entry, index: i });
  }
  const days: { day: string; label: string; rows: TrailRow[] }[] = [];
  for (const { entry, index } of newestFirst.slice(0, limit)) {
    const at = new Date(entry.at);
    const valid = !Number.isNaN(at.getTime());
    const day = valid ? localIsoDate(at) : '';
    let group = days.at(-1);
    if (!group || group.day !== day) {
      group = { day, label: valid ? dayLabel(lang, day, today) : translate(lang, 'trailApp.unknownDay'), rows: [] };
      days.push(group);
    }
    const now = entry.action === 'set' ? currentValue(ydoc, entry) : { live: false };
    group.rows.push({
      key: `${index}:${entry.at}:${entry.actorId}`,
      entry,
      who: entry.actorName.trim() || translate(lang, 'trailApp.unnamed'),
      what: describeTrailEntry(entry, lang, options.names),
      time: valid ? timeOf(lang, at) : '',
      overwritten: now.live && !deepEqual(now.value, entry.value),
    });
  }
  return { days, total: newestFirst.length, shown: Math.min(limit, newestFirst.length) };
}

/** The people and teammates the trail can be narrowed to, each with its newest name, by name. */
export function trailFilterChoices(entries: readonly TrailEntry[]): {
  people: { id: string; name: string }[];
  actors: { id: string; name: string }[];
} {
  const people = new Map<string, string>();
  const actors = new Map<string, string>();
  for (const entry of entries) {
    if (entry.entity === 'person') people.set(entry.entityId, entry.name);
    actors.set(entry.actorId, entry.actorName);
  }
  const sorted = (map: Map<string, string>) =>
    [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  return { people: sorted(people), actors: sorted(actors) };
}
