/**
 * The main process's side of the IPC contract (shared/ipc/contract.ts). Every handler
 * first checks who is asking (the main frame of one of our windows, showing the app's own
 * origin), then parses the payload with the contract's schema, and validates its own
 * answer with the result schema before returning it. Handlers are plain functions over
 * their dependencies (dialogs, files, windows), so tests call them with fakes.
 */
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { exportFileName, EXPORT_FILTERS, withExportExtension } from './exportFiles';
import {
  AdmitTeamServerRequest,
  AdmitTeamServerResult,
  CHANNELS,
  ForgetTeamServerResult,
  OpenDocumentRequest,
  OpenDocumentResult,
  PrintToPdfRequest,
  PrintToPdfResult,
  SaveDocumentRequest,
  SaveDocumentResult,
  SaveExportRequest,
  SaveExportResult,
  SetMenuActionsRequest,
  SetMenuLanguageRequest,
  SystemInfoResult,
} from '../shared/ipc/contract';
import { translate, type Lang } from '../shared/i18n';
import type { ActionId } from '../shared/actions/catalog';
import { PathGrants, readDocumentFile, UserFacingError, writeFailure, writeFileAtomic } from './files';
import { isAppUrl } from './security';
import { teamServerOrigin } from './teamOrigin';

/** The parts of a WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly frameTreeNodeId: number;
  readonly processId: number;
  readonly detached?: boolean;
}

/** What printToPdf asks of the sender's page (WebContents.printToPDF). */
export interface PdfOptions {
  readonly landscape: boolean;
  readonly pageSize: 'A4';
  readonly printBackground: boolean;
  /** The print view's own `@page` rule (A4 landscape, its margins and footer) decides the page. */
  readonly preferCSSPageSize: boolean;
  /** The headings become the PDF's bookmarks: the review pack's parts and deals, the sheet's sections. */
  readonly generateDocumentOutline: boolean;
}

/** The parts of an IpcMainEvent / IpcMainInvokeEvent the handlers read. */
export interface SenderEvent {
  readonly sender: {
    readonly id: number;
    readonly mainFrame: FrameLike;
    /** Present on a real WebContents; printToPdf prints the page that asked. */
    printToPDF?(options: PdfOptions): Promise<Uint8Array>;
  };
  readonly senderFrame: FrameLike | null;
}

export class IpcRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRefusedError';
  }
}

/**
 * Throws unless the message comes from the main frame of one of our windows (`isOurs`
 * knows their webContents ids) and that frame shows a page of `app://powermap`.
 */
export function verifySender(event: SenderEvent, isOurs: (webContentsId: number) => boolean): void {
  const frame = event.senderFrame;
  if (!frame || frame.detached === true) throw new IpcRefusedError('IPC refused: the sending frame is gone');
  if (!isOurs(event.sender.id)) throw new IpcRefusedError('IPC refused: not one of the app windows');
  const main = event.sender.mainFrame;
  if (frame.parent !== null || frame.frameTreeNodeId !== main.frameTreeNodeId || frame.processId !== main.processId) {
    throw new IpcRefusedError('IPC refused: not the main frame');
  }
  if (!isAppUrl(frame.url)) throw new IpcRefusedError('IPC refused: the sender is not an app:// page');
}

function parsePayload<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  channel: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new IpcRefusedError(`IPC refused: invalid payload on ${channel}`);
  return parsed.data;
}

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

const EXTENSION = '.powermap';

/** A file name safe to propose in a save dialog: no folders, no control characters, ending in .powermap. */
export function safeFileName(suggested: string): string {
  // eslint-disable-next-line no-control-regex
  let name = suggested.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').trim();
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (name.toLowerCase().endsWith(EXTENSION)) name = name.slice(0, -EXTENSION.length).replace(/[. ]+$/, '');
  if (name === '') name = 'map';
  return `${name.slice(0, 200)}${EXTENSION}`;
}

/** What a save dialog returned, with the extension added when the user typed none (GTK does not add it). */
export function withExtension(filePath: string): string {
  const ext = path.extname(filePath).toLowerCase();
  return ext === EXTENSION || ext === '.json' ? filePath : `${filePath}${EXTENSION}`;
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

export function createIpcHandlers<W>(deps: IpcDeps<W>): IpcHandlers {
  const readFile = deps.readFile ?? ((filePath, lang) => readDocumentFile(filePath, lang));
  const writeFile = deps.writeFile ?? ((filePath, text) => writeFileAtomic(filePath, text));
  /** The directory of the last file opened or saved, where the next dialog starts. */
  let lastDirectory: string | undefined;

  function trustedWindow(event: SenderEvent): W {
    verifySender(event, (id) => deps.windowFor(id) !== undefined);
    const window = deps.windowFor(event.sender.id);
    if (window === undefined) throw new IpcRefusedError('IPC refused: not one of the app windows');
    return window;
  }

  const t = (key: Parameters<typeof translate>[1]) => translate(deps.language(), key);

  /** Where the user wants an export saved, with the extension of its kind; null when cancelled. */
  async function askExportPath(
    window: W,
    suggestedName: string,
    kind: keyof typeof EXPORT_FILTERS,
  ): Promise<string | null> {
    const chosen = await deps.dialog.showSaveDialog(window, {
      title: t('exportApp.dialog.saveTitle'),
      defaultPath: path.join(lastDirectory ?? deps.defaultDirectory(), exportFileName(suggestedName, kind)),
      filters: [{ name: t(EXPORT_FILTERS[kind]), extensions: [kind] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (chosen.canceled || !chosen.filePath) return null;
    const target = path.resolve(withExportExtension(chosen.filePath, kind));
    lastDirectory = path.dirname(target);
    return target;
  }

  async function writeExport(target: string, bytes: Uint8Array): Promise<void> {
    try {
      await writeFile(target, bytes);
    } catch (error) {
      if (error instanceof UserFacingError) throw error;
      throw writeFailure(target, error, deps.language());
    }
  }

  return {
    async openDocument(event, payload) {
      const window = trustedWindow(event);
      parsePayload(OpenDocumentRequest, payload, CHANNELS.openDocument);
      let filePath = deps.takePendingFile(event.sender.id);
      if (filePath === undefined) {
        const chosen = await deps.dialog.showOpenDialog(window, {
          title: t('desktop.dialog.openTitle'),
          properties: ['openFile'],
          filters: [
            { name: t('desktop.filter.powermap'), extensions: ['powermap'] },
            { name: t('desktop.filter.json'), extensions: ['json'] },
          ],
          ...(lastDirectory ? { defaultPath: lastDirectory } : {}),
        });
        if (chosen.canceled || chosen.filePaths.length === 0) return OpenDocumentResult.parse(null);
        filePath = chosen.filePaths[0]!;
      }
      const resolved = path.resolve(filePath);
      const text = await readFile(resolved, deps.language());
      const granted = deps.grants.grant(resolved);
      lastDirectory = path.dirname(granted);
      deps.onDocumentPath?.(granted);
      return OpenDocumentResult.parse({ path: granted, name: path.basename(granted), text });
    },

    async saveDocument(event, payload) {
      const window = trustedWindow(event);
      const request = parsePayload(SaveDocumentRequest, payload, CHANNELS.saveDocument);
      let target: string;
      if (request.path !== undefined && deps.grants.has(request.path)) {
        target = path.resolve(request.path);
      } else {
        // No path, or one this process never handed out: only the user may choose where to write.
        const chosen = await deps.dialog.showSaveDialog(window, {
          title: t('desktop.dialog.saveTitle'),
          defaultPath: path.join(lastDirectory ?? deps.defaultDirectory(), safeFileName(request.suggestedName)),
          filters: [
            { name: t('desktop.filter.powermap'), extensions: ['powermap'] },
            { name: t('desktop.filter.json'), extensions: ['json'] },
          ],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        if (chosen.canceled || !chosen.filePath) return SaveDocumentResult.parse(null);
        target = path.resolve(withExtension(chosen.filePath));
      }
      try {
        await writeFile(target, request.text);
      } catch (error) {
        if (error instanceof UserFacingError) throw error;
        throw writeFailure(target, error, deps.language());
      }
      const granted = deps.grants.grant(target);
      lastDirectory = path.dirname(granted);
      deps.onDocumentPath?.(granted);
      return SaveDocumentResult.parse({ path: granted });
    },

    async saveExport(event, payload) {
      const window = trustedWindow(event);
      const request = parsePayload(SaveExportRequest, payload, CHANNELS.saveExport);
      const target = await askExportPath(window, request.suggestedName, request.kind);
      if (target === null) return SaveExportResult.parse(null);
      await writeExport(target, request.bytes);
      if (request.kind === 'powermap') deps.onDocumentPath?.(target);
      return SaveExportResult.parse({ path: target });
    },

    async printToPdf(event, payload) {
      const window = trustedWindow(event);
      const request = parsePayload(PrintToPdfRequest, payload, CHANNELS.printToPdf);
      const sender = event.sender;
      if (typeof sender.printToPDF !== 'function') throw new IpcRefusedError('IPC refused: the sender cannot print');
      // Printed first, while the window shows the print view; the dialog may take a while.
      const bytes = await sender.printToPDF({
        landscape: true,
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        generateDocumentOutline: true,
      });
      const target = await askExportPath(window, request.suggestedName, 'pdf');
      if (target === null) return PrintToPdfResult.parse(null);
      await writeExport(target, bytes);
      return PrintToPdfResult.parse({ path: target });
    },

    async admitTeamServer(event, payload) {
      trustedWindow(event);
      const request = parsePayload(AdmitTeamServerRequest, payload, CHANNELS.admitTeamServer);
      const checked = teamServerOrigin(request.server);
      if (!checked.ok) return AdmitTeamServerResult.parse({ ok: false, reason: checked.reason });
      if (!deps.admitOrigin) throw new IpcRefusedError('IPC refused: this app connects to no team server');
      const reloadNeeded = await deps.admitOrigin(checked.origin);
      return AdmitTeamServerResult.parse({ ok: true, origin: checked.origin, reloadNeeded });
    },

    async forgetTeamServer(event, payload) {
      trustedWindow(event);
      const request = parsePayload(AdmitTeamServerRequest, payload, CHANNELS.forgetTeamServer);
      const checked = teamServerOrigin(request.server);
      const forgotten = checked.ok && deps.forgetOrigin ? await deps.forgetOrigin(checked.origin) : false;
      return ForgetTeamServerResult.parse({ forgotten });
    },

    systemInfo(event) {
      trustedWindow(event);
      return SystemInfoResult.parse(deps.systemInfo());
    },

    setMenuLanguage(event, payload) {
      trustedWindow(event);
      deps.setLanguage(parsePayload(SetMenuLanguageRequest, payload, CHANNELS.setMenuLanguage));
    },

    setMenuActions(event, payload) {
      trustedWindow(event);
      const ids = parsePayload(SetMenuActionsRequest, payload, CHANNELS.setMenuActions);
      deps.setMenuActions?.(event.sender.id, ids);
    },
  };
}

/** The one argument of a message; more than one is an invalid payload. */
function atMostOne(args: readonly unknown[], channel: string): unknown {
  if (args.length > 1) throw new IpcRefusedError(`IPC refused: invalid payload on ${channel}`);
  return args[0];
}

/** The parts of ipcMain the registration uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => void): unknown;
}

/**
 * Registers the handlers on their channels. Invoke channels reject with the handler's error
 * (its message reaches the renderer); the one-way channel drops refused messages after
 * reporting them.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  onRefused: (channel: string, error: unknown) => void = () => undefined,
): void {
  ipcMain.handle(CHANNELS.openDocument, (event, ...args) =>
    handlers.openDocument(event, atMostOne(args, CHANNELS.openDocument)),
  );
  ipcMain.handle(CHANNELS.saveDocument, (event, ...args) =>
    handlers.saveDocument(event, atMostOne(args, CHANNELS.saveDocument)),
  );
  ipcMain.handle(CHANNELS.systemInfo, (event, ...args) => {
    if (args.length > 0) throw new IpcRefusedError(`IPC refused: invalid payload on ${CHANNELS.systemInfo}`);
    return handlers.systemInfo(event);
  });
  ipcMain.handle(CHANNELS.saveExport, (event, ...args) =>
    handlers.saveExport(event, atMostOne(args, CHANNELS.saveExport)),
  );
  ipcMain.handle(CHANNELS.printToPdf, (event, ...args) =>
    handlers.printToPdf(event, atMostOne(args, CHANNELS.printToPdf)),
  );
  ipcMain.handle(CHANNELS.admitTeamServer, (event, ...args) =>
    handlers.admitTeamServer(event, atMostOne(args, CHANNELS.admitTeamServer)),
  );
  ipcMain.handle(CHANNELS.forgetTeamServer, (event, ...args) =>
    handlers.forgetTeamServer(event, atMostOne(args, CHANNELS.forgetTeamServer)),
  );
  ipcMain.on(CHANNELS.setMenuLanguage, (event, ...args) => {
    try {
      handlers.setMenuLanguage(event, atMostOne(args, CHANNELS.setMenuLanguage));
    } catch (error) {
      onRefused(CHANNELS.setMenuLanguage, error);
    }
  });
  ipcMain.on(CHANNELS.setMenuActions, (event, ...args) => {
    try {
      handlers.setMenuActions(event, atMostOne(args, CHANNELS.setMenuActions));
    } catch (error) {
      onRefused(CHANNELS.setMenuActions, error);
    }
  });
}
