/**
 * The stakeholder table: every person's fields in the user's language, for the CSV export,
 * the PDF sheet and the deck. Privacy (personal fields, the anonymous variant) is applied
 * here, through privacy.ts.
 */
import type { Stakeholder } from '../document/schema';
import type { Lang } from '../i18n/catalogue';
import { joinList, translator, type Translator } from '../i18n/translate';
import { writeCsv } from '../csv';
import { formatDecimal } from '../values';
import type { ExportView } from './privacy';

/** The fields of the stakeholder table, in column order; the last four only when personal fields are included. */
export const STAKEHOLDER_COLUMNS = [
  'name',
  'title',
  'department',
  'function',
  'level',
  'roles',
  'attitude',
  'closeness',
  'stage',
  'influence',
  'style',
  'owner',
  'lastContact',
  'interests.organizational',
  'interests.position',
  'interests.personal',
  'notes',
] as const;
export type StakeholderColumn = (typeof STAKEHOLDER_COLUMNS)[number];

export const PERSONAL_COLUMNS: ReadonlySet<StakeholderColumn> = new Set([
  'interests.organizational',
  'interests.position',
  'interests.personal',
  'notes',
]);

export interface StakeholderTable {
  readonly columns: readonly StakeholderColumn[];
  /** The column headers in the user's language. */
  readonly header: readonly string[];
  /** One row per stakeholder, in map order; plain text (no formula guard: that is CSV's business). */
  readonly rows: readonly (readonly string[])[];
}

/** A column's header in the user's language. */
export function columnHeader(column: StakeholderColumn, lang: Lang): string {
  return translator(lang)(`export.column.${column}`);
}

/** A number as the table writes it: the shortest plain decimal that reads back as the same number. */
function numberCell(value: number | null): string {
  return value === null ? '' : formatDecimal(value);
}

function cell(
  person: Stakeholder,
  column: StakeholderColumn,
  owners: ReadonlyMap<string, string>,
  t: Translator,
  lang: Lang,
): string {
  switch (column) {
    case 'name':
      return person.name;
    case 'title':
      return person.title;
    case 'department':
      return person.department;
    case 'function':
      return t(`function.${person.function}`);
    case 'level':
      return t(`level.${person.level}`);
    case 'roles':
      return joinList(
        lang,
        person.roles.map((role) => t(`role.${role}`)),
      );
    case 'attitude':
      return t(`attitude.${person.attitude}`);
    case 'closeness':
      return t(`closeness.${person.closeness}`);
    case 'stage':
      return t(`stage.${person.stage}`);
    case 'influence':
      return numberCell(person.influence);
    case 'style':
      return t(`style.${person.style}`);
    case 'owner':
      return person.ownerId === null ? '' : (owners.get(person.ownerId) ?? '');
    case 'lastContact':
      return person.lastContact ?? '';
    case 'interests.organizational':
      return person.interests.organizational;
    case 'interests.position':
      return person.interests.position;
    case 'interests.personal':
      return person.interests.personal;
    case 'notes':
      return person.notes;
  }
}

/**
 * Every stakeholder's fields as a table, in the user's language: values as the vocabulary
 * words them, roles joined as the language lists them, the owner by name (the member's id
 * when the name is blank; empty when the owner is not on the team), influence as a number
 * (empty when not judged), dates as YYYY-MM-DD. Interests and notes only when the view
 * includes personal fields; an anonymous view gives the anonymous variant (privacy.ts).
 */
export function stakeholderTable(view: ExportView): StakeholderTable {
  const { doc, privacy: options } = view;
  const { lang } = options;
  const t = translator(lang);
  const columns = STAKEHOLDER_COLUMNS.filter((column) => options.includePersonal || !PERSONAL_COLUMNS.has(column));
  const owners = new Map(doc.team.map((member) => [member.id, member.name.trim() === '' ? member.id : member.name]));
  return {
    columns,
    header: columns.map((column) => t(`export.column.${column}`)),
    rows: doc.stakeholders.map((person) => columns.map((column) => cell(person, column, owners, t, lang))),
  };
}

/** The stakeholder table as CSV text (header first; formula guard on). Encode with `encodeCsvUtf8` for Excel. */
export function stakeholdersToCsv(view: ExportView): string {
  const table = stakeholderTable(view);
  return writeCsv([table.header, ...table.rows]);
}
