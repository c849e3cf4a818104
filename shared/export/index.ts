/** Exports (drawing, table, CSV) and the CSV import: pure functions, strings in, strings out. */
export { escapeXml, escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars } from './escape';
export { prepareForExport, type ExportPrivacy } from './privacy';
export { CARD_HEIGHT, CARD_WIDTH } from './geometry';
export { estimateWidth, textUnits, truncateToWidth } from './textWidth';
export {
  drawMap,
  drawMapSvg,
  FONT_FAMILY,
  layoutMap,
  LIGHT_THEME,
  type CardLayout,
  type DrawMapOptions,
  type LineLayout,
  type MapDrawing,
  type MapLayout,
} from './drawMap';
export {
  continuedLabel,
  formatValue,
  pageLabel,
  reviewSheet,
  signedPoints,
  type ReviewSheet,
  type SheetFact,
  type SheetGap,
  type SheetGapGroup,
  type SheetLikelihood,
  type SheetOptions,
  type SheetTable,
  type SheetTerm,
} from './sheet';
export {
  columnHeader,
  decodeCsvBytes,
  detectDelimiter,
  encodeCsvUtf8,
  guardFormula,
  parseCsv,
  parseCsvTable,
  PERSONAL_COLUMNS,
  STAKEHOLDER_COLUMNS,
  stakeholderTable,
  stakeholdersToCsv,
  unguardFormula,
  writeCsv,
  type CsvDelimiter,
  type CsvEncoding,
  type DecodedCsv,
  type StakeholderColumn,
  type StakeholderTable,
  type StakeholderTableOptions,
} from './csv';
export {
  applyImport,
  describeImportProblem,
  gridBelow,
  guessMapping,
  IMPORT_FIELDS,
  importSummary,
  planImport,
  readDate,
  readEnumValue,
  readPercent,
  type ColumnMapping,
  type ImportDuplicate,
  type ImportField,
  type ImportPlan,
  type ImportProblem,
  type ImportProblemCode,
  type ImportRow,
  type ImportRowStatus,
  type PlanImportOptions,
} from './csvImport';
// The deck is not re-exported: the app loads it on demand (renderer/export/loadDeck.ts), and a
// static path through this index would pull it into the main bundle. Import './deck' directly.
