/**
 * Exports and the CSV import (English): the drawing's title block (its legend's words are
 * legend.ts, shared with the canvas), the stakeholder table's headers, the anonymous
 * placeholders and the import's row messages.
 */
export const exportMessages = {
  // The drawing: title block
  'export.title.account': 'Account: {account}',
  'export.title.stage': 'Purchase stage: {stage}',
  'export.title.date': 'As of {date}',
  'export.map.empty': 'No people on the map yet.',
  'export.map.label': 'Map of the buying organisation: {deal}',

  // The stakeholder table (CSV headers)
  'export.column.name': 'Name',
  'export.column.title': 'Title',
  'export.column.department': 'Department',
  'export.column.function': 'Function',
  'export.column.level': 'Level',
  'export.column.roles': 'Buying roles',
  'export.column.attitude': 'Attitude',
  'export.column.closeness': 'Closeness',
  'export.column.stage': 'Relationship stage',
  'export.column.influence': 'Influence weight (%)',
  'export.column.style': 'Personality style',
  'export.column.owner': 'Our owner',
  'export.column.lastContact': 'Last contact',
  'export.column.interests.organizational': 'Organisational interests',
  'export.column.interests.position': 'Position interests',
  'export.column.interests.personal': 'Personal interests',
  'export.column.notes': 'Notes',

  // The anonymous variant
  'export.anon.person': 'Person {n}',
  'export.anon.personRole': 'Person {n} ({role})',
  'export.anon.repeat': '{name} ({n})',
  'export.anon.member': 'Our team member {n}',
  'export.anon.account': 'Client',
  'export.anon.deal': 'Deal',

  // The CSV import: the mapping step and the preview
  'csvImport.noNameColumn': 'No column is mapped to the name: every person needs a name.',
  'csvImport.encoding.lossy': 'Some characters could not be read in {encoding} and were replaced.',
  'csvImport.summary': '{add}, {duplicates}, {errors}, {warnings}.',
  'csvImport.summary.add': '{count} to add',
  'csvImport.summary.duplicates.one': '1 duplicate',
  'csvImport.summary.duplicates.other': '{count} duplicates',
  'csvImport.summary.errors.one': '1 row with errors',
  'csvImport.summary.errors.other': '{count} rows with errors',
  'csvImport.summary.warnings.one': '1 warning',
  'csvImport.summary.warnings.other': '{count} warnings',
  'csvImport.row': 'Row {row}, {column}: {message}',
  'csvImport.rowOnly': 'Row {row}: {message}',
  'csvImport.error.nameBlank': 'the name is empty; this row is not imported.',
  'csvImport.error.unknownValue': '"{value}" is not one of: {allowed}. Left as {fallback}.',
  'csvImport.error.unknownRole': '"{value}" is not a buying role ({allowed}); left out.',
  'csvImport.error.influenceNumber': '"{value}" is not a percentage from 0 to 100; left not judged.',
  'csvImport.error.influenceRange': '{value} is outside 0 to 100%; left not judged.',
  'csvImport.error.date': '"{value}" is not a date (YYYY-MM-DD, YYYY/M/D or YYYY.M.D); left empty.',
  'csvImport.error.unknownOwner': 'nobody called "{value}" is on our team; the owner is left empty.',
  'csvImport.error.extraCells':
    'this row has {count} cells, more than the {columns} columns of the header; the extra cells are ignored.',
  'csvImport.duplicate.existing': '{name} ({title}) is already on the map; not added again.',
  'csvImport.duplicate.earlier': '{name} ({title}) repeats row {earlier}; not added again.',
  'csvImport.duplicate.noTitle': 'no title',
} as const;
