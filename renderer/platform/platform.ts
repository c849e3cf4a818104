import type { ActionId } from '../../shared/actions/catalog';
import type { Lang } from '../../shared/i18n';

export interface OpenedFile {
  readonly name: string;
  readonly text: string;
  /** Where it came from, on the desktop: saving again writes there. */
  readonly path?: string;
}

export interface SaveRequest {
  readonly suggestedName: string;
  readonly text: string;
  /** A path this file was opened from or saved to before (desktop only). */
  readonly path?: string;
}

/** An export written as a file (every format but the PDF, which is printed). */
export interface ExportFileRequest {
  readonly suggestedName: string;
  readonly kind: 'png' | 'svg' | 'pptx' | 'csv' | 'powermap';
  readonly bytes: Uint8Array;
}

/**
 * The browser would not open its file picker: a file input opens only with user activation,
 * and a shortcut the browser reserves (Ctrl+O) grants none. Asking again from a click works.
 */
export class FilePickerBlocked extends Error {
  constructor() {
    super('file_picker_blocked');
    this.name = 'FilePickerBlocked';
  }
}

/**
 * What admitting a team server gave (desktop only): usable now, usable once the page has
 * reloaded (its Content Security Policy is fixed when it loads), or refused as no server address.
 */
export type TeamServerAdmission =
  { readonly state: 'ready' } | { readonly state: 'reload' } | { readonly state: 'refused'; readonly reason: string };

/**
 * What differs between the desktop shell and a plain browser: files (native dialogs vs a
 * file picker and downloads), native menus, the system language.
 */
export interface Platform {
  readonly kind: 'desktop' | 'browser';
  readonly isMac: boolean;
  /** The system's language tag, e.g. `zh-CN`. */
  readonly locale: string;
  /** The file the user picked, or null when cancelled; rejects with FilePickerBlocked when no picker could open. */
  openDocumentFile(): Promise<OpenedFile | null>;
  /** Resolves with where it was saved (the path on the desktop), or null when cancelled. */
  saveDocumentFile(request: SaveRequest): Promise<{ path?: string } | null>;
  /** Saves an export: a download in the browser, a save dialog on the desktop; null when cancelled. */
  saveExportFile(request: ExportFileRequest): Promise<{ path?: string } | null>;
  /**
   * Desktop only: prints the page now shown (the print view of the deal-review sheet) to an
   * A4 landscape PDF and asks where to save it. The browser prints with window.print().
   */
  readonly printToPdf?: (suggestedName: string) => Promise<{ path: string } | null>;
  /**
   * Desktop only: lets the app connect to the team server at `server` (its origin goes into
   * the CSP and the shell's request filter). The browser build needs nothing: it talks to the
   * server that served it.
   */
  readonly admitTeamServer?: (server: string) => Promise<TeamServerAdmission>;
  /** Desktop only: the team server signed out of leaves the CSP and the request filter (next page load). */
  readonly forgetTeamServer?: (server: string) => Promise<void>;
  onMenuAction(listener: (id: ActionId) => void): () => void;
  setMenuLanguage(lang: Lang): void;
  /** The actions the current screen handles: the desktop menu greys the others (the browser has no native menu). */
  setMenuActions(ids: readonly ActionId[]): void;
}
