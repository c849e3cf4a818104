/**
 * Wording the fields and values of a comparison, for every place that shows one (the
 * command line's `diff`, the app's change list): field paths become their names in the
 * user's language, vocabulary values (attitude, stage, ...) their glossary terms, ids the
 * names of the people and team members they point at.
 *
 * What differs between the places is only the medium: the terminal quotes with straight
 * quotes, cuts by display width and strips control characters; the app uses typographic
 * quotes and cuts by characters. A `ValueStyle` carries those choices, so the rules of
 * which value reads how live here once.
 */
import type { MapContent } from '../document/schema';
import { SUPPLIER_CRITERIA } from '../document/vocabulary';
import { deepEqual } from './deepEqual';
import type { Lang } from '../i18n/langs';
import { loadedCatalogues } from '../i18n/loaded';
import type { MessageKey } from '../i18n/messageKeys';
import { joinList, type Translator } from '../i18n/translate';

export type Scope = 'deal' | 'team' | 'person' | 'relationship';

/** Looks a name up by id in the newer version first, then the older one. */
export interface Names {
  readonly person: (id: string) => string | undefined;
  readonly member: (id: string) => string | undefined;
}

/** The names of people and team members across versions, the last version's first. */
export function namesOf(...versions: readonly Pick<MapContent, 'stakeholders' | 'team'>[]): Names {
  const people = new Map<string, string>();
  const members = new Map<string, string>();
  for (const version of [...versions].reverse()) {
    for (const person of version.stakeholders) if (!people.has(person.id)) people.set(person.id, person.name);
    for (const member of version.team) if (!members.has(member.id)) members.set(member.id, member.name);
  }
  return { person: (id) => people.get(id), member: (id) => members.get(id) };
}

/** How one medium shows values. */
export interface ValueStyle {
  readonly t: Translator;
  readonly lang: Lang;
  /** A text value quoted, cut to the medium's length and made safe for it. */
  readonly quote: (text: string) => string;
  /** Any other text the medium shows as it is (JSON of an unknown value, an unknown field's path). */
  readonly raw: (text: string) => string;
}

/** Whether `key` is a message key: every catalogue has the same keys, so any loaded one says. */
function isKey(key: string): key is MessageKey {
  const catalogue = loadedCatalogues()[0];
  return catalogue !== undefined && Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** The translation of `key` when the catalogue has it, else null. */
function lookup(t: Translator, key: string): string | null {
  return isKey(key) ? t(key) : null;
}

/** Fields whose values are vocabulary terms, and the catalogue prefix of those terms. */
const VOCABULARY_OF: Readonly<Record<string, string>> = {
  attitude: 'attitude',
  closeness: 'closeness',
  stage: 'stage',
  level: 'level',
  function: 'function',
  style: 'style',
  purchaseStage: 'purchaseStage',
  salesStep: 'salesStep',
  kind: 'kind',
  roles: 'role',
  'outcome.result': 'outcome',
  'outcome.reason': 'closeReason',
};

/** A field's name in the user's language: `Attitude toward us`, `Budget confirmed?`. */
export function fieldLabel(style: Pick<ValueStyle, 't' | 'raw'>, scope: Scope, field: string): string {
  const question = /^qualification\.(\w+)$/.exec(field);
  if (question) return lookup(style.t, `question.${question[1]}`) ?? style.raw(field);
  return lookup(style.t, `cli.field.${scope}.${field}`) ?? lookup(style.t, `cli.field.${field}`) ?? style.raw(field);
}

function term(style: ValueStyle, prefix: string, value: unknown): string {
  return typeof value === 'string'
    ? (lookup(style.t, `${prefix}.${value}`) ?? style.quote(value))
    : plain(style, value);
}

function plain(style: ValueStyle, value: unknown): string {
  const { t } = style;
  if (value === null || value === undefined) return t('cli.value.none');
  if (value === '') return t('cli.value.empty');
  if (typeof value === 'string') return style.quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return t('cli.value.none');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return joinList(style.lang, value.map(style.quote));
  }
  return style.raw(JSON.stringify(value) ?? '');
}

/** A closed deal's outcome as a whole (closing or reopening is one edit of `deal.outcome`). */
function isOutcome(value: unknown): value is { result: string; closedOn: string } {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record['result'] === 'string' && typeof record['closedOn'] === 'string';
}

/** The client's needs in writing (`deal.needsRecord`): a dated short record. */
function isNeedsRecord(value: unknown): value is { date: string; text: string } {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record['date'] === 'string' && typeof record['text'] === 'string';
}

function recordOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Our position against the best supplier (`deal.standing`) in words, by its labels: `Best
 * supplier: “Acme”; brand: ours 6, best 8`. With the value it replaced, only what changed is
 * worded; null when nothing is there to word.
 */
export function standingText(style: ValueStyle, value: unknown, previous?: unknown): string | null {
  const now = recordOf(value);
  const before = previous === undefined ? null : recordOf(previous);
  const scoresNow = recordOf(now['scores']);
  const scoresBefore = before === null ? {} : recordOf(before['scores']);
  const score = (figure: unknown) => (typeof figure === 'number' ? String(figure) : style.t('cli.value.none'));
  const parts: string[] = [];
  const best = now['bestSupplier'];
  if (before === null ? typeof best === 'string' : !deepEqual(best, before['bestSupplier']))
    parts.push(
      style.t('cli.position.bestNamed', {
        name: typeof best === 'string' && best !== '' ? style.quote(best) : style.t('cli.value.none'),
      }),
    );
  for (const criterion of SUPPLIER_CRITERIA) {
    const scores = recordOf(scoresNow[criterion]);
    const changed =
      before === null ? criterion in scoresNow : !deepEqual(scoresNow[criterion], scoresBefore[criterion]);
    if (!changed) continue;
    parts.push(
      style.t('cli.position.row', {
        criterion: style.t(`criterion.${criterion}`),
        ours: score(scores['ours']),
        best: score(scores['best']),
      }),
    );
  }
  return parts.length === 0 ? null : parts.join(style.t('collab.trail.partSeparator'));
}

/** A field's value, worded: `supporter`, `"Zhang Hua"`, `60%`, `(none)`. */
export function valueText(style: ValueStyle, field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === '') return plain(style, value);
  if (field.startsWith('qualification.')) return term(style, 'answer', value);
  if (field === 'strength' && typeof value === 'number') return term(style, 'cli.strength', String(value));
  if (field === 'influence' && typeof value === 'number') return `${value}%`;
  if (field === 'ownerId' && typeof value === 'string') return style.quote(names.member(value) ?? value);
  if ((field === 'from' || field === 'to') && typeof value === 'string') {
    return style.quote(names.person(value) ?? value);
  }
  if (field === 'standing' && typeof value === 'object') return standingText(style, value) ?? plain(style, null);
  if (field === 'outcome' && isOutcome(value)) {
    return style.t('cli.value.outcome', { result: term(style, 'outcome', value.result), closedOn: value.closedOn });
  }
  if (field === 'needsRecord' && isNeedsRecord(value)) {
    return style.t('cli.value.needsRecord', { date: value.date, text: style.quote(value.text) });
  }
  const prefix = VOCABULARY_OF[field];
  if (prefix === undefined) return plain(style, value);
  if (!Array.isArray(value)) return term(style, prefix, value);
  return value.length === 0
    ? style.t('cli.value.none')
    : joinList(
        style.lang,
        value.map((item) => term(style, prefix, item)),
      );
}
