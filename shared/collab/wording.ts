/**
 * Words set-aside parts and trail entries in the user's language: names, field labels and
 * vocabulary terms, never code paths. Values are text, quoted typographically and cut; the
 * field and value wording is the comparison's (shared/diff/wording.ts), so a field reads
 * the same in the trail, the change list and the command line.
 */
import { fieldLabel, standingText, valueText, type Names, type Scope, type ValueStyle } from '../diff/wording';
import type { Lang, MessageKey } from '../i18n/catalogue';
import { translate, translator } from '../i18n/translate';
import type { SetAsideEntity, SetAsidePart } from './setAside';
import type { TrailEntry, TrailEntity } from './trail';

const MAX_TEXT = 40;
const NO_NAMES: Names = { person: () => undefined, member: () => undefined };

function cut(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_TEXT ? text : `${chars.slice(0, MAX_TEXT - 1).join('')}…`;
}

function style(lang: Lang): ValueStyle {
  return { t: translator(lang), lang, quote: (text) => `“${cut(text)}”`, raw: cut };
}

const SCOPE: Readonly<Record<SetAsideEntity, Scope>> = {
  document: 'deal',
  deal: 'deal',
  team: 'team',
  person: 'person',
  line: 'relationship',
  snapshot: 'deal',
};

/** A value as it was found, for a reader: `“friendly”`, `300`, `nothing`, `a list`. */
function foundValue(lang: Lang, value: unknown): string {
  if (value === null || value === undefined || value === '') return translate(lang, 'collab.value.nothing');
  if (typeof value === 'string') return `“${cut(value)}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return translate(lang, 'collab.value.list');
  return translate(lang, 'collab.value.object');
}

function subject(lang: Lang, entity: SetAsideEntity, name: string | null): string {
  return name === null
    ? translate(lang, `collab.what.${entity}` as MessageKey)
    : translate(lang, `collab.named.${entity}` as MessageKey, { name: cut(name) });
}

/** One set-aside part in words: `“副总”: attitude held “friendly”, which is not a valid value; shown as unknown.` */
export function describeSetAside(part: SetAsidePart, lang: Lang): string {
  const who = subject(lang, part.entity, part.name);
  const s = style(lang);
  const value = foundValue(lang, part.value);
  switch (part.reason) {
    case 'unreadable':
      return translate(lang, 'collab.setAside.unreadable', { subject: who, value });
    case 'missing_id':
      return part.repair === 'left_out'
        ? translate(lang, 'collab.setAside.missing_id', { subject: who })
        : translate(lang, 'collab.setAside.repairedId', { subject: who, value });
    case 'duplicate_id':
      return translate(lang, 'collab.setAside.duplicate_id', { subject: who });
    case 'unknown_person':
      return translate(lang, 'collab.setAside.unknown_person', { subject: who });
    case 'self_line':
      return translate(lang, 'collab.setAside.self_line', { subject: who });
    case 'unknown_owner':
      return translate(lang, 'collab.setAside.unknown_owner', { subject: who });
    case 'invalid_value':
      if (part.entity === 'document' && part.field === '__proto__') {
        return translate(lang, 'collab.setAside.forbidden', { value: String(part.value) });
      }
      if (part.field === null) return translate(lang, 'collab.setAside.invalid_record', { subject: who });
      if (part.repair === 'stand_in') {
        return translate(lang, 'collab.setAside.invalid_name', {
          subject: who,
          value,
          shownAs: cut(String(part.shownAs)),
        });
      }
      return translate(lang, 'collab.setAside.invalid_field', {
        subject: who,
        field: fieldLabel(s, SCOPE[part.entity], part.field),
        value,
        shownAs: valueText(s, part.field, part.shownAs ?? null, NO_NAMES),
      });
  }
}

const TRAIL_SCOPE: Readonly<Record<TrailEntity, Scope>> = {
  deal: 'deal',
  team: 'team',
  person: 'person',
  line: 'relationship',
  snapshot: 'deal',
  document: 'deal',
};

function trailSubject(lang: Lang, entry: TrailEntry): string {
  if (entry.entity === 'deal' || entry.entity === 'document') return translate(lang, 'collab.trail.subject.deal');
  if (entry.entity === 'line') return translate(lang, 'collab.trail.subject.line', { name: cut(entry.name) });
  return cut(entry.name);
}

/** What one trail entry did, without who and when: `set 副总's attitude to supporter`. */
export function describeTrailEntry(entry: TrailEntry, lang: Lang, names: Names = NO_NAMES): string {
  const who = trailSubject(lang, entry);
  switch (entry.action) {
    case 'set': {
      const s = style(lang);
      // The deal's own name: "renamed the deal to …", not "set the deal's deal name to …".
      if ((entry.entity === 'deal' || entry.entity === 'document') && entry.field === 'name')
        return translate(lang, 'collab.trail.renameDeal', {
          value: valueText(s, 'name', entry.value ?? null, names),
        });
      // Our position is a record of scores: what changed in it, by its labels, not the record.
      const standing = entry.field === 'standing' ? standingText(s, entry.value, entry.previous ?? {}) : null;
      if (standing !== null)
        return translate(lang, 'collab.trail.changed', {
          subject: who,
          field: fieldLabel(s, TRAIL_SCOPE[entry.entity], 'standing'),
          changes: standing,
        });
      return translate(lang, 'collab.trail.set', {
        subject: who,
        field: fieldLabel(s, TRAIL_SCOPE[entry.entity], entry.field ?? ''),
        value: valueText(s, entry.field ?? '', entry.value ?? null, names),
      });
    }
    case 'add':
      return translate(lang, 'collab.trail.add', { subject: who });
    case 'delete':
      return translate(lang, 'collab.trail.delete', { subject: who });
    case 'restore':
      return translate(lang, 'collab.trail.restore', { subject: who });
    case 'snapshot':
      return translate(lang, 'collab.trail.snapshot', { name: cut(entry.name) });
  }
}
