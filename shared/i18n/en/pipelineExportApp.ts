/**
 * Exporting from the pipeline screen (English): the review pack and the pipeline CSV of the
 * deals the current filter selects, their dialog, the pack's print view.
 */
export const pipelineExportApp = {
  'action.pipeline.exportPack': 'Export review pack…',
  'action.pipeline.exportCsv': 'Export pipeline CSV…',

  'pipelineExportApp.button.pack': 'Review pack…',
  'pipelineExportApp.button.csv': 'CSV…',
  'pipelineExportApp.dialog.pack': 'Export the review pack',
  'pipelineExportApp.dialog.csv': 'Export the pipeline as CSV',
  'pipelineExportApp.dialog.deals.one': 'The {count} deal the current filter selects, in the order of the review.',
  'pipelineExportApp.dialog.deals.other': 'The {count} deals the current filter selects, in the order of the review.',
  'pipelineExportApp.dialog.packHint':
    'A4 landscape: the contents, the pipeline table, the totals per currency, the chart of the quarter, then each deal’s review sheet.',
  'pipelineExportApp.dialog.csvHint':
    'One row per deal, then the totals per currency. UTF-8 with a byte-order mark, so Excel reads the Chinese.',
  'pipelineExportApp.fileBase.pack': 'Review pack',
  'pipelineExportApp.fileBase.csv': 'Pipeline',
  'pipelineExportApp.reading': 'Reading the deals…',
  'pipelineExportApp.fetching': 'Fetching the team’s deals from the server: {done} of {total}…',
  'pipelineExportApp.fetchingHint': 'These deals have never been opened on this computer. Cancel stops the export.',
  'pipelineExportApp.missing.offline.one':
    '{count} team deal could not be fetched, because the server cannot be reached: {names}.',
  'pipelineExportApp.missing.offline.other':
    '{count} team deals could not be fetched, because the server cannot be reached: {names}.',
  'pipelineExportApp.missing.refused.one':
    'The server refused {count} deal, which is no longer shared with you: {names}.',
  'pipelineExportApp.missing.refused.other':
    'The server refused {count} deals, which are no longer shared with you: {names}.',
  'pipelineExportApp.missing.unreadable.one': '{count} deal could not be read on this computer: {names}.',
  'pipelineExportApp.missing.unreadable.other': '{count} deals could not be read on this computer: {names}.',
  'pipelineExportApp.missing.confirm.one':
    'Export the other {count} deal without them? The file will say nothing of the missing ones.',
  'pipelineExportApp.missing.confirm.other':
    'Export the other {count} deals without them? The file will say nothing of the missing ones.',
  'pipelineExportApp.missing.nothing': 'No deal could be read, so nothing was exported.',
  'pipelineExportApp.missing.exportRest': 'Export the others',
  'pipelineExportApp.print.toolbar': 'Review pack',
  'pipelineExportApp.print.back': 'Back to the pipeline',
} as const;
