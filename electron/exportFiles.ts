/**
 * File names and dialog filters of exports on the desktop. The renderer proposes a name;
 * it is made safe here again (no folders, no control characters) and always ends in the
 * kind's extension, whatever the renderer or the user typed.
 */
import path from 'node:path';
import type { ExportFileKind } from '../shared/ipc/contract';
import type { MessageKey } from '../shared/i18n';

export type ExportKind = ExportFileKind | 'pdf';

export const EXPORT_FILTERS: Readonly<Record<ExportKind, MessageKey>> = {
  png: 'exportApp.filter.png',
  svg: 'exportApp.filter.svg',
  pdf: 'exportApp.filter.pdf',
  pptx: 'exportApp.filter.pptx',
  csv: 'exportApp.filter.csv',
  powermap: 'exportApp.filter.powermap',
};

/** A file name safe to propose in a save dialog, ending in `.kind`. */
export function exportFileName(suggested: string, kind: ExportKind): string {
  const extension = `.${kind}`;
  // eslint-disable-next-line no-control-regex
  let name = suggested.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').trim();
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (name.toLowerCase().endsWith(extension)) name = name.slice(0, -extension.length).replace(/[. ]+$/, '');
  if (name === '') name = 'export';
  return `${name.slice(0, 200)}${extension}`;
}

/** What a save dialog returned, with the kind's extension added when the user typed another or none. */
export function withExportExtension(filePath: string, kind: ExportKind): string {
  return path.extname(filePath).toLowerCase() === `.${kind}` ? filePath : `${filePath}.${kind}`;
}
