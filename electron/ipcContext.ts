/**
 * What the IPC handlers depend on (dialogs, files, windows: plain functions, so tests pass
 * fakes), the handlers' shape, and the context every group of handlers shares: the sender
 * check that finds the asking window, the interface language, the file writer, and the
 * directory where the next dialog starts.
 */
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type {
  AdmitTeamServerResult,
  ForgetTeamServerResult,
  OpenDocumentResult,
  PrintToPdfResult,
  SaveDocumentResult,
  SaveExportResult,
  SystemInfoResult,
} from '../shared/ipc/contract';
import { translate, type Lang } from '../shared/i18n';
import type { ActionId } from '../shared/actions/catalog';
import { PathGrants, readDocumentFile, UserFacingError, writeFailure, writeFileAtomic } from './files';
import { IpcRefusedError, verifySender, type SenderEvent } from './ipcSender';

/** The dialogs the handlers show (Electron's `dialog`, or a fake). `W` is the parent window. */
export interface DialogLike<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

export interface IpcDeps<W> {
  /** Our window showing this webContents, or undefined when it is not one of ours. */
  windowFor(webContentsId: number): W | undefined;
  dialog: DialogLike<W>;
  grants: PathGrants;
  /** Files handed over by the OS or the command line, waiting for the window's next openDocument. */
  takePendingFile(webContentsId: number): string | undefined;
  /** The interface language of menus, dialogs and errors. */
  language(): Lang;
  setLanguage(lang: Lang): void;
  /** The actions the screen of this window handles now (the menu greys the others). */
  setMenuActions?(webContentsId: number, ids: readonly ActionId[]): void;
  /** Where save dialogs start when no earlier file says otherwise. */
  defaultDirectory(): string;
  systemInfo(): { locale: string; platform: string; version: string };
  readFile?: (filePath: string, lang: Lang) => Promise<string>;
  writeFile?: (filePath: string, data: string | Uint8Array) => Promise<void>;
  /** A .powermap file was opened or saved here (the recent files). */
  onDocumentPath?: (filePath: string) => void;
  /** Admits a normalised team server origin; resolves true when it is new. Absent: no team servers. */
  admitOrigin?: (origin: string) => Promise<boolean>;
  /** Forgets an admitted origin; resolves true when it was admitted. */
  forgetOrigin?: (origin: string) => Promise<boolean>;
}

export interface IpcHandlers {
  openDocument(event: SenderEvent, payload?: unknown): Promise<OpenDocumentResult>;
  saveDocument(event: SenderEvent, payload: unknown): Promise<SaveDocumentResult>;
  systemInfo(event: SenderEvent): SystemInfoResult;
  setMenuLanguage(event: SenderEvent, payload: unknown): void;
  setMenuActions(event: SenderEvent, payload: unknown): void;
  saveExport(event: SenderEvent, payload: unknown): Promise<SaveExportResult>;
  printToPdf(event: SenderEvent, payload: unknown): Promise<PrintToPdfResult>;
  admitTeamServer(event: SenderEvent, payload: unknown): Promise<AdmitTeamServerResult>;
  forgetTeamServer(event: SenderEvent, payload: unknown): Promise<ForgetTeamServerResult>;
}

/** What the groups of handlers share; one per createIpcHandlers. */
export interface HandlerContext<W> {
  readonly deps: IpcDeps<W>;
  /** The window that sent the message, once verifySender let it through. */
  trustedWindow(event: SenderEvent): W;
  t(key: Parameters<typeof translate>[1]): string;
  readFile(filePath: string, lang: Lang): Promise<string>;
  /** Writes, turning a low-level failure into a message the user can read. */
  writeExplained(target: string, data: string | Uint8Array): Promise<void>;
  /** The directory of the last file opened or saved, where the next dialog starts. */
  lastDirectory: string | undefined;
}

export function createHandlerContext<W>(deps: IpcDeps<W>): HandlerContext<W> {
  const readFile = deps.readFile ?? ((filePath, lang) => readDocumentFile(filePath, lang));
  const writeFile = deps.writeFile ?? ((filePath, text) => writeFileAtomic(filePath, text));
  return {
    deps,
    trustedWindow(event) {
      verifySender(event, (id) => deps.windowFor(id) !== undefined);
      const window = deps.windowFor(event.sender.id);
      if (window === undefined) throw new IpcRefusedError('IPC refused: not one of the app windows');
      return window;
    },
    t: (key) => translate(deps.language(), key),
    readFile,
    async writeExplained(target, data) {
      try {
        await writeFile(target, data);
      } catch (error) {
        if (error instanceof UserFacingError) throw error;
        throw writeFailure(target, error, deps.language());
      }
    },
    lastDirectory: undefined,
  };
}
