/**
 * Wording a comparison for the history view: field paths become their names, vocabulary
 * values (attitude, stage, ...) their glossary terms, ids the names they point at. The
 * names of fields in a comparison are the shared ones the command line uses too.
 */
import { CATALOGUES, joinList, type Lang, type MessageKey } from '../../shared/i18n';
import type { MapContent, Relationship } from '../../shared/document';
import type { Translator } from '../../shared/i18n';

export type Scope = 'deal' | 'team' | 'person' | 'relationship';

/** Looks a name up by id in the newer version first, then the older one. */
export interface Names {
  readonly person: (id: string) => string | undefined;
  readonly member: (id: string) => string | undefined;
}

export function namesOf(...versions: readonly Pick<MapContent, 'stakeholders' | 'team'>[]): Names {
  const people = new Map<string, string>();
  const members = new Map<string, string>();
  for (const version of [...versions].reverse()) {
    for (const person of version.stakeholders) if (!people.has(person.id)) people.set(person.id, person.name);
    for (const member of version.team) if (!members.has(member.id)) members.set(member.id, member.name);
  }
  return { person: (id) => people.get(id), member: (id) => members.get(id) };
}

function isKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUES.en, key);
}

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
  kind: 'kind',
  roles: 'role',
};

/** The longest a text value is shown in a change list. */
const MAX_TEXT = 60;

function truncate(text: string, max = MAX_TEXT): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function fieldLabel(t: Translator, scope: Scope, field: string): string {
  const question = /^qualification\.(\w+)$/.exec(field);
  if (question) return lookup(t, `question.${question[1]}`) ?? field;
  return lookup(t, `cli.field.${scope}.${field}`) ?? lookup(t, `cli.field.${field}`) ?? field;
}

function quoted(text: string): string {
  return `“${truncate(text)}”`;
}

function term(t: Translator, lang: Lang, prefix: string, value: unknown): string {
  return typeof value === 'string' ? (lookup(t, `${prefix}.${value}`) ?? quoted(value)) : plain(t, lang, value);
}

function plain(t: Translator, lang: Lang, value: unknown): string {
  if (value === null || value === undefined) return t('cli.value.none');
  if (value === '') return t('cli.value.empty');
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return t('cli.value.none');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return joinList(lang, value.map(quoted));
  }
  return truncate(JSON.stringify(value) ?? '');
}

/** A field's value, worded: `supporter`, `“Zhang Hua”`, `(none)`. */
export function valueText(t: Translator, lang: Lang, field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === '') return plain(t, lang, value);
  if (field.startsWith('qualification.')) return term(t, lang, 'answer', value);
  if (field === 'strength' && typeof value === 'number') return term(t, lang, 'cli.strength', String(value));
  if (field === 'influence' && typeof value === 'number') return `${value}%`;
  if (field === 'ownerId' && typeof value === 'string') return quoted(names.member(value) ?? value);
  if ((field === 'from' || field === 'to') && typeof value === 'string') return quoted(names.person(value) ?? value);
  const prefix = VOCABULARY_OF[field];
  if (prefix !== undefined) {
    if (Array.isArray(value)) {
      return value.length === 0
        ? t('cli.value.none')
        : joinList(
            lang,
            value.map((item) => term(t, lang, prefix, item)),
          );
    }
    return term(t, lang, prefix, value);
  }
  return plain(t, lang, value);
}

/** A line as the change list names it: `Li Ming → Wang Wei (reports to)`. */
export function lineName(t: Translator, line: Relationship, names: Names): string {
  const kind = t(`kind.${line.kind}`);
  return t('historyApp.line', {
    from: names.person(line.from) ?? line.from,
    to: names.person(line.to) ?? line.to,
    kind: line.kind === 'influences' ? `${kind}, ${t(`cli.strength.${line.strength}`)}` : kind,
  });
}

/** A label cut to `max` characters with an ellipsis, for the chart's annotations. */
export function shorten(text: string, max: number): string {
  return truncate(text, Math.max(2, max));
}
