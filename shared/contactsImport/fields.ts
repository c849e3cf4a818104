/** The fields a column of a contacts file can feed: every column of the stakeholder table. */
import { STAKEHOLDER_COLUMNS, type StakeholderColumn } from '../export/stakeholderTable';

export type ImportField = StakeholderColumn;
export const IMPORT_FIELDS: readonly ImportField[] = STAKEHOLDER_COLUMNS;

/** For each column of the file, the field it feeds, or null when it is not imported. */
export type ColumnMapping = readonly (ImportField | null)[];
