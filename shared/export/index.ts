/**
 * Exports (the drawing, the sheet, the stakeholder table): pure functions, strings in,
 * strings out. CSV itself is shared/csv; importing contacts is shared/contactsImport.
 */
export { escapeXml, escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars } from './escape';
export { prepareExport, type ExportPrivacy, type ExportView } from './privacy';
export { CARD_HEIGHT, CARD_WIDTH } from './geometry';
export {
  drawMap,
  drawMapSvg,
  layoutMap,
  type PlacedCard,
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
  PERSONAL_COLUMNS,
  STAKEHOLDER_COLUMNS,
  stakeholderTable,
  stakeholdersToCsv,
  type StakeholderColumn,
  type StakeholderTable,
} from './stakeholderTable';
// The deck is not re-exported: the app loads it on demand (renderer/export/loadDeck.ts), and a
// static path through this index would pull it into the main bundle. Import './deck' directly.
export { pipelineOfViews, type PipelineExport, type PipelineExportOptions } from './pipelineModel';
export { PIPELINE_CSV_COLUMNS, pipelineCsvRecords, pipelineToCsv } from './pipelineCsv';
export {
  reviewPack,
  type PackChart,
  type PackChartPoint,
  type PackDeal,
  type PackTable,
  type ReviewPack,
} from './reviewPack';
