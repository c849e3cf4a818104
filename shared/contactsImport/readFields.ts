/**
 * The values of a contact's fields, read from one record with the value rules of
 * shared/values. A value that cannot be read is a warning and leaves that field at a new
 * person's default; an owner not on our team is a warning and leaves the owner empty.
 */
import type { Stakeholder, TeamMember } from '../document/schema';
import type { BuyingRole } from '../document/vocabulary';
import type { Lang } from '../i18n/langs';
import { loadedCatalogues } from '../i18n/loaded';
import { joinList } from '../i18n/translate';
import { ENUM_FIELDS, normalizeKey, readDate, readEnumValue, readPercent, sameText, type EnumField } from '../values';
import type { RowReader } from './rowReader';

/** Our team, looked up by a member's name (or id) as a CRM writes the owner. */
export interface OwnerIndex {
  readonly byName: ReadonlyMap<string, string>;
  readonly ids: ReadonlySet<string>;
}

export function ownerIndex(team: readonly TeamMember[]): OwnerIndex {
  const byName = new Map<string, string>();
  for (const member of team) {
    const key = sameText(member.name);
    if (key !== '' && !byName.has(key)) byName.set(key, member.id);
  }
  return { byName, ids: new Set(team.map((member) => member.id)) };
}

function allowedWords(field: EnumField, reader: RowReader, lang: Lang): string {
  const { values, key } = ENUM_FIELDS[field];
  return joinList(
    lang,
    values.map((value) => reader.file.t(key(value))),
  );
}

function enumValue(reader: RowReader, lang: Lang, field: EnumField, fallback: string): string {
  const cell = reader.cell(field);
  if (!cell) return fallback;
  const value = readEnumValue(field, cell.value);
  if (value !== undefined) return value;
  reader.report(cell.column, field, 'warning', 'unknownValue', {
    value: cell.value.trim(),
    allowed: allowedWords(field, reader, lang),
    fallback: reader.file.t(ENUM_FIELDS[field].key(fallback)),
  });
  return fallback;
}

/** Buying roles: a list in one cell, separated as people separate lists in either language. */
function roles(reader: RowReader, lang: Lang): BuyingRole[] {
  const found: BuyingRole[] = [];
  const cell = reader.cell('roles');
  if (!cell) return found;
  for (const part of cell.value.split(/[,;、，；|/\n\r]+/u)) {
    if (part.trim() === '') continue;
    const role = readEnumValue('roles', part) as BuyingRole | undefined;
    if (role === undefined) {
      reader.report(cell.column, 'roles', 'warning', 'unknownRole', {
        value: part.trim(),
        allowed: allowedWords('roles', reader, lang),
      });
    } else if (!found.includes(role)) {
      found.push(role);
    }
  }
  return found;
}

/** Influence in percent, 0..100; the table's own "not judged" word (in any language loaded) reads as null. */
function influence(reader: RowReader): number | null {
  const cell = reader.cell('influence');
  if (!cell) return null;
  const word = normalizeKey(cell.value);
  if (loadedCatalogues().some((catalogue) => normalizeKey(catalogue['canvas.influence.none']) === word)) return null;
  const value = readPercent(cell.value);
  if (value === null) {
    reader.report(cell.column, 'influence', 'warning', 'influenceNumber', { value: cell.value.trim() });
    return null;
  }
  if (value < 0 || value > 100) {
    reader.report(cell.column, 'influence', 'warning', 'influenceRange', { value: cell.value.trim() });
    return null;
  }
  return value;
}

function lastContact(reader: RowReader): string | null {
  const cell = reader.cell('lastContact');
  if (!cell) return null;
  const date = readDate(cell.value);
  if (date === null) reader.report(cell.column, 'lastContact', 'warning', 'date', { value: cell.value.trim() });
  return date;
}

function owner(reader: RowReader, owners: OwnerIndex): string | null {
  const cell = reader.cell('owner');
  if (!cell) return null;
  const wanted = cell.value.trim();
  const id = owners.byName.get(sameText(wanted)) ?? (owners.ids.has(wanted) ? wanted : null);
  if (id === null) reader.report(cell.column, 'owner', 'warning', 'unknownOwner', { value: wanted });
  return id;
}

/** Every field of a contact whose name is not blank, in the stakeholder table's column order. */
export function readContactFields(reader: RowReader, name: string, owners: OwnerIndex, lang: Lang) {
  return {
    name,
    title: reader.text('title'),
    department: reader.text('department'),
    function: enumValue(reader, lang, 'function', 'other') as Stakeholder['function'],
    level: enumValue(reader, lang, 'level', 'operational') as Stakeholder['level'],
    roles: roles(reader, lang),
    attitude: enumValue(reader, lang, 'attitude', 'unknown') as Stakeholder['attitude'],
    closeness: enumValue(reader, lang, 'closeness', 'none') as Stakeholder['closeness'],
    stage: enumValue(reader, lang, 'stage', 'none') as Stakeholder['stage'],
    influence: influence(reader),
    style: enumValue(reader, lang, 'style', 'unknown') as Stakeholder['style'],
    ownerId: owner(reader, owners),
    lastContact: lastContact(reader),
    interests: {
      organizational: reader.text('interests.organizational'),
      position: reader.text('interests.position'),
      personal: reader.text('interests.personal'),
    },
    notes: reader.text('notes'),
  };
}

/** A new person's fields, without id and position (Stakeholder without its open index of unknown fields). */
export type ContactFields = ReturnType<typeof readContactFields>;
