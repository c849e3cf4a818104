/** The media type of each kind of file the app writes: what a download is labelled with. */
export const MIME_TYPE = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv;charset=utf-8',
  powermap: 'application/json',
} as const satisfies Readonly<Record<string, string>>;
