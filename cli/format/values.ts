/**
 * Wording the fields and values of a comparison: field paths become their names in the
 * user's language, vocabulary values (attitude, stage, ...) their glossary terms, ids the
 * names of the people and team members they point at.
 */
import type { MapContent } from '../../shared/document';
import { CATALOGUES, joinList, type MessageKey } from '../../shared/i18n';
import type { Context } from '../context';
import { displayWidth, terminalSafe } from './text';

export type Scope = 'deal' | 'team' | 'person' | 'relationship';

/** Looks a name up by id in the newer version first, then the older one. */
export interface Names {
  readonly person: (id: string) => string | undefined;
  readonly member: (id: string) => string | undefined;
}

export function namesOf(...documents: readonly Pick<MapContent, 'stakeholders' | 'team'>[]): Names {
  const people = new Map<string, string>();
  const members = new Map<string, string>();
  for (const document of [...documents].reverse()) {
    for (const person of document.stakeholders) if (!people.has(person.id)) people.set(person.id, person.name);
    for (const member of document.team) if (!members.has(member.id)) members.set(member.id, member.name);
  }
  return { person: (id) => people.get(id), member: (id) => members.get(id) };
}

function isKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUES.en, key);
}

/** The translation of `key` when the catalogue has it, else null. */
function lookup(ctx: Context, key: string): string | null {
  return isKey(key) ? ctx.t(key) : null;
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

export function fieldLabel(scope: Scope, field: string, ctx: Context): string {
  const question = /^qualification\.(\w+)$/.exec(field);
  if (question) return lookup(ctx, `question.${question[1]}`) ?? field;
  return lookup(ctx, `cli.field.${scope}.${field}`) ?? lookup(ctx, `cli.field.${field}`) ?? terminalSafe(field);
}

const MAX_VALUE_WIDTH = 60;

function truncate(text: string): string {
  if (displayWidth(text) <= MAX_VALUE_WIDTH) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > MAX_VALUE_WIDTH - 1) break;
    out += char;
  }
  return `${out}…`;
}

function quoted(text: string): string {
  return `"${truncate(terminalSafe(text))}"`;
}

function term(ctx: Context, prefix: string, value: unknown): string {
  return typeof value === 'string' ? (lookup(ctx, `${prefix}.${value}`) ?? quoted(value)) : plain(value, ctx);
}

function plain(value: unknown, ctx: Context): string {
  if (value === null || value === undefined) return ctx.t('cli.value.none');
  if (value === '') return ctx.t('cli.value.empty');
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return ctx.t('cli.value.none');
  if (Array.isArray(value)) {
    const texts = value.filter((item): item is string => typeof item === 'string');
    if (texts.length === value.length) return joinList(ctx.lang, texts.map(quoted));
  }
  return truncate(terminalSafe(JSON.stringify(value) ?? ''));
}

/** A field's value, worded for the user: `supporter`, `"Zhang Hua"`, `(none)`. */
export function valueText(field: string, value: unknown, ctx: Context, names: Names): string {
  if (value === null || value === undefined || value === '') return plain(value, ctx);
  if (field.startsWith('qualification.')) return term(ctx, 'answer', value);
  if (field === 'strength' && typeof value === 'number') return term(ctx, 'cli.strength', String(value));
  if (field === 'ownerId' && typeof value === 'string') return quoted(names.member(value) ?? value);
  if ((field === 'from' || field === 'to') && typeof value === 'string') return quoted(names.person(value) ?? value);
  const prefix = VOCABULARY_OF[field];
  if (prefix !== undefined) {
    if (Array.isArray(value)) {
      return value.length === 0
        ? ctx.t('cli.value.none')
        : joinList(
            ctx.lang,
            value.map((item) => term(ctx, prefix, item)),
          );
    }
    return term(ctx, prefix, value);
  }
  return plain(value, ctx);
}
