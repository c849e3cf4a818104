/** Importing a file whose deal is already in the library (English): the question and its answers. */
export const importOver = {
  'importOver.title': '“{deal}” is already in the library',
  'importOver.body': 'The file “{file}” holds a map of this deal. What should the import do?',
  'importOver.replace': 'Replace the map of “{deal}”',
  'importOver.replaceHint': 'The current map is kept as a snapshot; the file’s snapshots join the history.',
  'importOver.new': 'Import as a new deal',
  'importOver.newHint': 'Both deals stay in the library, each with its own history.',
  'importOver.cancel': 'Cancel',
  'importOver.replaced': 'Replaced the map of “{name}”. The previous map is kept as the snapshot “{label}”.',
  'importOver.unreadable': '“{name}” in the library could not be read, so the file was imported as a new deal.',
} as const;
