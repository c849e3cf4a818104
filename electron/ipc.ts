/**
 * The main process's side of the IPC contract (shared/ipc/contract.ts). Every handler
 * first checks who is asking (the main frame of one of our windows, showing the app's own
 * origin), then parses the payload with the contract's schema, and validates its own
 * answer with the result schema before returning it. Handlers are plain functions over
 * their dependencies (dialogs, files, windows), so tests call them with fakes; they are
 * grouped by concern in the modules imported here.
 */
import { CHANNELS, SetMenuActionsRequest, SetMenuLanguageRequest, SystemInfoResult } from '../shared/ipc/contract';
import { documentHandlers } from './documentIpc';
import { exportHandlers } from './exportIpc';
import { createHandlerContext, type HandlerContext, type IpcDeps, type IpcHandlers } from './ipcContext';
import { IpcRefusedError, parsePayload, type SenderEvent } from './ipcSender';
import { teamServerHandlers } from './teamServerIpc';

/** The menu follows the window: its language, and which actions the window's screen handles. */
function menuHandlers<W>(ctx: HandlerContext<W>): Pick<IpcHandlers, 'setMenuLanguage' | 'setMenuActions'> {
  return {
    setMenuLanguage(event, payload) {
      ctx.trustedWindow(event);
      ctx.deps.setLanguage(parsePayload(SetMenuLanguageRequest, payload, CHANNELS.setMenuLanguage));
    },

    setMenuActions(event, payload) {
      ctx.trustedWindow(event);
      const ids = parsePayload(SetMenuActionsRequest, payload, CHANNELS.setMenuActions);
      ctx.deps.setMenuActions?.(event.sender.id, ids);
    },
  };
}

export function createIpcHandlers<W>(deps: IpcDeps<W>): IpcHandlers {
  const ctx = createHandlerContext(deps);
  return {
    ...documentHandlers(ctx),
    ...exportHandlers(ctx),
    ...teamServerHandlers(ctx),
    systemInfo(event) {
      ctx.trustedWindow(event);
      return SystemInfoResult.parse(deps.systemInfo());
    },
    ...menuHandlers(ctx),
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
