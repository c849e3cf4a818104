/** The fields a column of a contacts file can feed: every column of the stakeholder table. */
import { STAKEHOLDER_COLUMNS, type StakeholderColumn } from '../export/stakeholderTable';

export type { StakeholderColumn };
export const IMPORT_FIELDS: readonly StakeholderColumn[] = STAKEHOLDER_COLUMNS;

/** For each column of the file, the field it feeds, or null when it is not imported. */
export type ColumnMapping = readonly (StakeholderColumn | null)[];
