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
  'pipelineExportApp.unread.one':
    '{count} deal could not be read, so nothing was exported: {names}. A team deal is exported once it has been opened on this computer.',
  'pipelineExportApp.unread.other':
    '{count} deals could not be read, so nothing was exported: {names}. A team deal is exported once it has been opened on this computer.',
  'pipelineExportApp.print.toolbar': 'Review pack',
  'pipelineExportApp.print.back': 'Back to the pipeline',
} as const;
