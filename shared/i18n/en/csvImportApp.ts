/**
 * The app's contacts import from a CRM's CSV export (English): the dialog's three steps
 * (file, columns, preview) and the message after the import. The problems of single rows
 * and the preview's summary are the shared `csvImport.*` messages (export.ts), and field
 * names are the stakeholder table's `export.column.*` headers, so the app and the exports
 * name a column the same way.
 */
export const csvImportApp = {
  'csvImportApp.title': 'Import contacts from CSV',
  'csvImportApp.stepOf': 'Step {step} of 3: {name}',
  'csvImportApp.step.file': 'Choose the file',
  'csvImportApp.step.mapping': 'Match the columns',
  'csvImportApp.step.preview': 'Check the rows',
  'csvImportApp.cancel': 'Cancel',
  'csvImportApp.back': 'Back',
  'csvImportApp.next': 'Preview',
  'csvImportApp.import': 'Add to the map ({count})',

  // Step 1: the file
  'csvImportApp.file.intro':
    'Export your contacts from the CRM as CSV: one row per person, the column names in the first row. The file is read on this computer and never sent anywhere.',
  'csvImportApp.file.choose': 'CSV file',
  'csvImportApp.file.limit':
    'Up to {limit} MB. UTF-8, GB18030 (GBK) or UTF-16; commas, semicolons or tabs between the fields.',
  'csvImportApp.file.tooLarge':
    '“{file}” is {size} MB; files over {limit} MB are not imported. Export fewer rows or columns from the CRM.',
  'csvImportApp.file.unreadable': '“{file}” could not be read.',
  'csvImportApp.file.empty': '“{file}” is empty.',
  'csvImportApp.file.noRows': '“{file}” has a header row but no contacts under it.',

  // Step 2: the columns
  'csvImportApp.source.rows': '“{file}”, data rows: {rows}',
  'csvImportApp.encoding': 'Encoding',
  'csvImportApp.encoding.detected': '{encoding} (detected)',
  'csvImportApp.encoding.utf-8': 'UTF-8',
  'csvImportApp.encoding.utf-8-bom': 'UTF-8 with BOM',
  'csvImportApp.encoding.gb18030': 'GB18030 (GBK)',
  'csvImportApp.encoding.utf-16le': 'UTF-16 LE',
  'csvImportApp.encoding.utf-16be': 'UTF-16 BE',
  'csvImportApp.encoding.hint': 'If names look garbled, try another encoding.',
  'csvImportApp.delimiter': 'Separator',
  'csvImportApp.delimiter.comma': 'Comma',
  'csvImportApp.delimiter.semicolon': 'Semicolon',
  'csvImportApp.delimiter.tab': 'Tab',
  'csvImportApp.mapping.intro':
    'Each column was matched to a field by its name. Check the matches; columns set to “Do not import” are left out.',
  'csvImportApp.mapping.caption': 'The columns of the file and the fields they feed',
  'csvImportApp.mapping.column': 'Column',
  'csvImportApp.mapping.samples': 'Sample values',
  'csvImportApp.mapping.field': 'Imports into',
  'csvImportApp.mapping.fieldFor': 'Field for column {column}',
  'csvImportApp.mapping.ignore': 'Do not import',
  'csvImportApp.mapping.noHeader': 'Column {n}',
  'csvImportApp.mapping.noSamples': 'empty',
  'csvImportApp.mapping.noName': 'No column is matched to {field}: choose the column that holds each person’s name.',
  'csvImportApp.mapping.sameField':
    'Columns {columns} all feed {field}: keep one and set the others to “Do not import”.',

  // Step 3: the preview
  'csvImportApp.preview.caption': 'What happens to each row of the file',
  'csvImportApp.preview.row': 'Row',
  'csvImportApp.preview.name': 'Name',
  'csvImportApp.preview.status': 'Result',
  'csvImportApp.preview.problems': 'Problems',
  'csvImportApp.preview.show': 'Show',
  'csvImportApp.preview.showAll': 'All rows',
  'csvImportApp.preview.showProblems': 'Rows with problems',
  'csvImportApp.preview.more': 'Not shown: {count} more rows.',
  'csvImportApp.preview.noProblems': 'No row has a problem.',
  'csvImportApp.preview.duplicates':
    'A row with the same name and title as a person on the map, or as an earlier row, is a duplicate and is not added.',
  'csvImportApp.preview.nothing': 'No row can be added. Go back and check the columns, or fix the file in the CRM.',
  'csvImportApp.status.add': 'Will be added',
  'csvImportApp.status.addWarned': 'Will be added, with warnings',
  'csvImportApp.status.duplicate': 'Duplicate, not added',
  'csvImportApp.status.error': 'Error, not imported',
  'csvImportApp.status.blank': 'Blank, skipped',

  // After the import
  'csvImportApp.done.one': 'Added 1 person from “{file}”.',
  'csvImportApp.done.other': 'Added {count} people from “{file}”.',
  'csvImportApp.done.skipped': 'Left out: duplicates {duplicates}, rows with errors {errors}.',
  // Two sentences, as the language runs them on.
  'csvImportApp.done.then': '{done} {skipped}',
  'csvImportApp.undo': 'Undo',
} as const;
