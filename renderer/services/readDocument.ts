/**
 * Turning an opened file into a document, or into the list of its problems worded in the
 * user's language, each with its path. Never a partial document.
 */
import { formatProblem, parseDocumentText, type PowermapDocument } from '../../shared/document';
import { MAX_DOCUMENT_BYTES, megabytes } from '../../shared/document';
import type { Lang } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import { FilePickerBlocked, type OpenedFile, type Platform } from '../platform/platform';

export type ReadResult =
  | { readonly ok: true; readonly document: PowermapDocument; readonly file: OpenedFile }
  | { readonly ok: false; readonly fileName: string; readonly problems: readonly string[] }
  | { readonly ok: null }
  /** The browser would not open its picker (no user activation): ask again from a click. */
  | { readonly ok: 'blocked' };

export function readDocument(file: OpenedFile, lang: Lang): ReadResult {
  const parsed = parseDocumentText(file.text);
  if (parsed.ok) return { ok: true, document: parsed.document, file };
  return { ok: false, fileName: file.name, problems: parsed.problems.map((p) => formatProblem(p, lang)) };
}

/**
 * Asks the platform for a file and reads it; `ok: null` when the user cancelled, `ok: 'blocked'`
 * when no picker could open.
 */
export async function openAndRead(platform: Platform, lang: Lang): Promise<ReadResult> {
  let file: OpenedFile | null;
  try {
    file = await platform.openDocumentFile();
  } catch (error) {
    if (error instanceof FilePickerBlocked) return { ok: 'blocked' };
    const tooLarge = error instanceof RangeError && error.message.startsWith('too_large');
    return {
      ok: false,
      fileName: '',
      problems: [
        tooLarge
          ? translate(lang, 'import.tooLarge', { limit: megabytes(MAX_DOCUMENT_BYTES) })
          : translate(lang, 'import.unreadable'),
      ],
    };
  }
  return file ? readDocument(file, lang) : { ok: null };
}

/** A file name for a deal: its name without characters file systems refuse. */
export function fileNameFor(name: string): string {
  const safe = Array.from(name, (c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .trim()
    .slice(0, 120);
  return `${safe || 'deal'}.powermap`;
}
