/**
 * The browser: opening is a file picker, saving is a download. Nothing leaves the machine.
 */
import { MAX_DOCUMENT_BYTES } from '../../shared/document';
import { isMacPlatform } from './isMacPlatform';
import { MIME_TYPE } from './mimeTypes';
import { FilePickerBlocked, type OpenedFile, type Platform } from './platform';

/** Reads a file the user picked; files over the document limit are refused before reading. */
export async function readPickedFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_DOCUMENT_BYTES) {
    // The reader words this problem; a string of the right size is what it checks.
    throw new RangeError(`too_large:${file.size}`);
  }
  return { name: file.name, text: await file.text() };
}

/**
 * Whether a file input's click would open the picker now. It opens only within a few seconds
 * of a click or a key press the browser does not keep for itself; without that, `click()`
 * does nothing and no event ever says so. Browsers without `userActivation` are trusted.
 */
export function pickerCanOpen(nav: { readonly userActivation?: { readonly isActive: boolean } } = navigator): boolean {
  return nav.userActivation?.isActive ?? true;
}

function pickFile(accept: string): Promise<File | null> {
  if (!pickerCanOpen()) return Promise.reject(new FilePickerBlocked());
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export function downloadText(name: string, text: string, type = 'application/json'): void {
  downloadBytes(name, text, type);
}

/** Offers bytes (or text) as a download named `name`. */
export function downloadBytes(name: string, data: Uint8Array | string, type: string): void {
  // A copy in a fresh ArrayBuffer: a Blob takes no view of a shared or resizable buffer.
  const part = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    isMac: isMacPlatform(navigator.platform),
    locale: navigator.language,
    async openDocumentFile() {
      const file = await pickFile('.powermap,.json,application/json');
      return file ? readPickedFile(file) : null;
    },
    saveDocumentFile({ suggestedName, text }) {
      downloadText(suggestedName, text);
      return Promise.resolve({});
    },
    saveExportFile({ suggestedName, kind, bytes }) {
      downloadBytes(suggestedName, bytes, MIME_TYPE[kind]);
      return Promise.resolve({});
    },
    onMenuAction: () => () => {},
    setMenuLanguage: () => {},
    setMenuActions: () => {},
  };
}
