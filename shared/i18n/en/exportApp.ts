/**
 * Exporting from the app (English): the Export action and dialog, the print view of the
 * deal-review sheet, the desktop save dialogs of exports, and the recent files.
 */
export const exportApp = {
  'action.file.export': 'Export…',

  // The Export dialog
  'exportApp.dialog.title': 'Export “{deal}”',
  'exportApp.format': 'Format',
  'exportApp.format.png': 'PNG picture of the map (2x)',
  'exportApp.format.svg': 'SVG drawing of the map',
  'exportApp.format.pdf': 'PDF deal-review sheet',
  'exportApp.format.pptx': 'PowerPoint deck (.pptx)',
  'exportApp.format.csv': 'CSV stakeholder table',
  'exportApp.format.powermap': '.powermap file',
  'exportApp.options': 'What to include',
  'exportApp.includePersonal': 'Include personal fields (interests, notes)',
  'exportApp.includePersonal.hint': 'Off: each person’s interests and notes are left out.',
  'exportApp.anonymous': 'Anonymous (names replaced by titles)',
  'exportApp.anonymous.hint':
    'For sharing outside the team: people are named by title and department, our team and the client by placeholders.',
  'exportApp.fileName': 'File name: {name}',
  'exportApp.export': 'Export',
  'exportApp.cancel': 'Cancel',
  'exportApp.done': 'Exported {name}.',
  'exportApp.failed': 'The export failed: {message}',

  // The print view of the deal-review sheet
  'exportApp.print.print': 'Print / Save as PDF',
  'exportApp.print.savePdf': 'Save as PDF…',
  'exportApp.print.back': 'Back to the map',
  'exportApp.print.toolbar': 'Deal-review sheet',
  'exportApp.print.mapAlt': 'Map of the buying organisation',

  // The desktop: save dialogs and recent files
  'exportApp.dialog.saveTitle': 'Save the export',
  'exportApp.filter.png': 'PNG pictures',
  'exportApp.filter.svg': 'SVG drawings',
  'exportApp.filter.pdf': 'PDF documents',
  'exportApp.filter.pptx': 'PowerPoint decks',
  'exportApp.filter.csv': 'CSV tables',
  'exportApp.filter.powermap': 'Powermap maps',
  'exportApp.menu.openRecent': 'Open Recent',
  'exportApp.menu.clearRecent': 'Clear Recent',
  'exportApp.menu.noRecent': 'No recent files',
} as const;
