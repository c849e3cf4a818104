/**
 * The IPC handlers (ipc.ts) connected to Electron: the real windows, dialogs, paths and
 * recent files, registered on ipcMain.
 */
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import type { AdmittedOrigins } from './admittedOrigins';
import type { MainState } from './appMenu';
import type { AppWindows } from './appWindows';
import { PathGrants } from './files';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import type { IpcDeps } from './ipcContext';

interface MainIpcParts {
  readonly state: MainState;
  readonly windows: AppWindows;
  readonly admitted: AdmittedOrigins;
  readonly rebuildMenu: () => void;
}

function defaultDirectory(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

function mainIpcDeps({ state, windows, admitted, rebuildMenu }: MainIpcParts): IpcDeps<BrowserWindow> {
  return {
    windowFor: (id) => windows.get(id),
    // Looked up on every call, so that tests can replace dialog.showOpenDialog in the main process.
    dialog: {
      showOpenDialog: (window, options) => dialog.showOpenDialog(window, options),
      showSaveDialog: (window, options) => dialog.showSaveDialog(window, options),
    },
    grants: new PathGrants(),
    takePendingFile: (id) => windows.pending.take(id),
    language: () => state.lang,
    setLanguage: (next) => {
      if (next === state.lang) return;
      state.lang = next;
      rebuildMenu();
    },
    setMenuActions: (webContentsId, ids) => {
      windows.setScreenActions(webContentsId, ids);
      if (windows.isFocused(webContentsId)) rebuildMenu();
    },
    defaultDirectory,
    systemInfo: () => ({ locale: app.getLocale(), platform: process.platform, version: app.getVersion() }),
    onDocumentPath: (filePath) => {
      app.addRecentDocument(filePath);
      void state.recent?.add(filePath);
    },
    admitOrigin: (origin) => admitted.admit(origin),
    forgetOrigin: (origin) => admitted.forget(origin),
  };
}

export function registerMainIpc(parts: MainIpcParts): void {
  registerIpcHandlers(ipcMain, createIpcHandlers(mainIpcDeps(parts)), (channel, error) =>
    console.warn(`[powermap] refused ${channel}: ${error instanceof Error ? error.message : String(error)}`),
  );
}
