/**
 * Planning a contacts import: the preview of what importing a file's records would do
 * (the people to add, each row's fate, its problems, the duplicates). Nothing is changed:
 * `applyImport` adds the planned people as one edit, so one undo takes the import back.
 *
 * An empty name is an error (the row is not imported); see readFields.ts for the values.
 * Duplicates: a row whose name and title (compared without case and surrounding space)
 * match a person already on the map or an earlier row of the file is reported and not
 * added. Blank rows are skipped silently. Row numbers count the file's records with the
 * header as row 1, as a spreadsheet shows them.
 */
import type { PowermapDocument, Stakeholder } from '../document/schema';
import { StakeholderSchema } from '../document/schema';
import { translator, type Translator } from '../i18n/translate';
import { sameText } from '../values';
import type { ColumnMapping, StakeholderColumn } from './fields';
import { gridBelow } from './placement';
import { readContactFields, ownerIndex, type ContactFields } from './readFields';
import { RowReader, type FileColumns } from './rowReader';
import type { ImportDuplicate, ImportPlan, ImportRow, ImportRowStatus, PlanImportOptions } from './types';

/** One row's outcome before ids and positions are given. */
interface RowOutcome {
  readonly row: number;
  readonly status: ImportRowStatus;
  readonly name: string;
  readonly person: ContactFields | null;
}

function fileColumns(mapping: ColumnMapping, options: PlanImportOptions, t: Translator): FileColumns {
  const columnsOf = new Map<StakeholderColumn, number[]>();
  mapping.forEach((field, column) => {
    if (field === null) return;
    columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
  });
  const headerOf = (column: number): string => {
    const header = options.headers?.[column]?.trim();
    if (header) return header;
    const field = mapping[column];
    return field ? t(`export.column.${field}`) : String(column + 1);
  };
  return { columnsOf, width: mapping.length, headerOf, t };
}

/** Finds rows that repeat a person on the map or an earlier row of the file (same name and title). */
class DuplicateFinder {
  private readonly existing = new Map<string, string>();
  private readonly earlier = new Map<string, number>();

  constructor(
    people: readonly Stakeholder[],
    private readonly t: Translator,
  ) {
    for (const person of people) {
      const key = DuplicateFinder.key(person.name, person.title);
      if (!this.existing.has(key)) this.existing.set(key, person.id);
    }
  }

  private static key(name: string, title: string): string {
    return `${sameText(name)}\u0000${sameText(title)}`;
  }

  /** The duplicate this row is, or null (and then the row counts as seen for later rows). */
  check(row: number, name: string, title: string): ImportDuplicate | null {
    const key = DuplicateFinder.key(name, title);
    const existingId = this.existing.get(key) ?? null;
    const earlierRow = this.earlier.get(key) ?? null;
    if (existingId === null && earlierRow === null) {
      this.earlier.set(key, row);
      return null;
    }
    const { t } = this;
    const shownTitle = title.trim() === '' ? t('csvImport.duplicate.noTitle') : title.trim();
    return {
      row,
      name,
      title,
      existingId,
      earlierRow: existingId === null ? earlierRow : null,
      message:
        existingId !== null
          ? t('csvImport.duplicate.existing', { name: name.trim(), title: shownTitle })
          : t('csvImport.duplicate.earlier', { name: name.trim(), title: shownTitle, earlier: earlierRow! }),
    };
  }
}

/** New ids from the caller's `newId`, skipping ids already on the map. */
function idMaker(doc: PowermapDocument, newId: (prefix: string) => string): () => string {
  const used = new Set(doc.stakeholders.map((person) => person.id));
  return () => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const id = newId('s');
      if (id !== '' && !used.has(id)) {
        used.add(id);
        return id;
      }
    }
    throw new Error('newId kept returning ids already in use');
  };
}

/** The people to add, with ids and positions below the map, and every row with its fate. */
function placeAndNumber(
  doc: PowermapDocument,
  outcomes: readonly RowOutcome[],
  makeId: () => string,
): { people: Stakeholder[]; rows: ImportRow[] } {
  const positions = gridBelow(doc, outcomes.filter((outcome) => outcome.person !== null).length);
  const people: Stakeholder[] = [];
  const rows: ImportRow[] = [];
  for (const outcome of outcomes) {
    if (outcome.person === null) {
      rows.push({ row: outcome.row, status: outcome.status, name: outcome.name, personId: null });
      continue;
    }
    const id = makeId();
    people.push(StakeholderSchema.parse({ id, ...outcome.person, position: positions[people.length] }));
    rows.push({ row: outcome.row, status: 'add', name: outcome.name, personId: id });
  }
  return { people, rows };
}

/**
 * The preview of importing `rows` (the file's records after the header) into `doc` with
 * `mapping` (one entry per column). See the module comment for what is read and how.
 */
export function planImport(
  doc: PowermapDocument,
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  options: PlanImportOptions,
): ImportPlan {
  const t = translator(options.lang);
  const firstRow = options.firstRow ?? 2;
  const problems = mapping.includes('name') ? [] : [t('csvImport.noNameColumn')];
  const file = fileColumns(mapping, options, t);
  const owners = ownerIndex(doc.team);
  const duplicateFinder = new DuplicateFinder(doc.stakeholders, t);
  const rowErrors: ImportPlan['rowErrors'][number][] = [];
  const duplicates: ImportDuplicate[] = [];
  const outcomes: RowOutcome[] = rows.map((cells, index): RowOutcome => {
    const reader = new RowReader(cells, firstRow + index, file);
    if (reader.isBlank()) return { row: reader.row, status: 'blank', name: '', person: null };
    if (reader.hasExtraCells()) {
      reader.report(null, null, 'warning', 'extraCells', { count: reader.cellCount, columns: file.width });
    }
    const name = reader.text('name');
    if (name.trim() === '') {
      reader.report(file.columnsOf.get('name')?.[0] ?? null, 'name', 'error', 'nameBlank', {});
      rowErrors.push(...reader.problemsByColumn());
      return { row: reader.row, status: 'error', name: '', person: null };
    }
    const person = readContactFields(reader, name, owners, options.lang);
    const duplicate = duplicateFinder.check(reader.row, name, person.title);
    rowErrors.push(...reader.problemsByColumn());
    if (duplicate !== null) {
      duplicates.push(duplicate);
      return { row: reader.row, status: 'duplicate', name, person: null };
    }
    return { row: reader.row, status: 'add', name, person };
  });
  const placed = placeAndNumber(doc, outcomes, idMaker(doc, options.newId));
  return { people: placed.people, rows: placed.rows, rowErrors, duplicates, problems };
}

/** The document with the planned people added: one edit, so one undo removes the whole import. */
export function applyImport(doc: PowermapDocument, plan: ImportPlan): PowermapDocument {
  return { ...doc, stakeholders: [...doc.stakeholders, ...plan.people] };
}
