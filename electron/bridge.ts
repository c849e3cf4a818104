/**
 * The object the preload script exposes as `window.powermap`: the named functions of
 * PowermapBridge (shared/ipc/contract.ts) and nothing else. The renderer never sees
 * ipcRenderer, an event object, or a generic invoke/send. Requests are checked before they
 * are sent and answers are checked before they are returned, with the contract's schemas.
 * Menu actions that arrive before the renderer subscribes are kept and delivered to the
 * first subscriber, so a file opened from the OS at start-up is not lost.
 */
import {
  AdmitTeamServerRequest,
  AdmitTeamServerResult,
  CHANNELS,
  ForgetTeamServerResult,
  MenuActionMessage,
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
  type PowermapBridge,
} from '../shared/ipc/contract';
import type { ActionId } from '../shared/actions/catalog';

/** The parts of ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** The names `window.powermap` has, exactly. */
export const BRIDGE_FUNCTIONS = [
  'openDocument',
  'saveDocument',
  'systemInfo',
  'onMenuAction',
  'setMenuLanguage',
  'setMenuActions',
  'saveExport',
  'printToPdf',
  'admitTeamServer',
  'forgetTeamServer',
] as const;

/** How many early menu actions are kept for the first subscriber. */
const MAX_BUFFERED = 16;

/**
 * Electron wraps a rejected handler's error as "Error invoking remote method 'channel':
 * Name: message"; the renderer gets the message alone.
 */
export function remoteErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

async function call<T>(ipc: IpcRendererLike, channel: string, schema: Schema<T>, ...args: unknown[]): Promise<T> {
  let answer: unknown;
  try {
    answer = await ipc.invoke(channel, ...args);
  } catch (error) {
    throw new Error(remoteErrorMessage(error), { cause: error });
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new Error(`The desktop shell sent an invalid answer on ${channel}`);
  return parsed.data;
}

export function createBridge(ipc: IpcRendererLike): PowermapBridge {
  const listeners = new Set<(id: ActionId) => void>();
  const early: ActionId[] = [];

  ipc.on(CHANNELS.menuAction, (_event, ...args) => {
    const parsed = MenuActionMessage.safeParse(args[0]);
    if (!parsed.success || args.length !== 1) return;
    if (listeners.size === 0) {
      if (early.length < MAX_BUFFERED) early.push(parsed.data);
      return;
    }
    for (const listener of [...listeners]) listener(parsed.data);
  });

  const bridge: PowermapBridge = {
    openDocument: () => call(ipc, CHANNELS.openDocument, OpenDocumentResult),

    saveDocument: (request) => {
      const parsed = SaveDocumentRequest.safeParse(request);
      if (!parsed.success) return Promise.reject(new Error('saveDocument: invalid request'));
      return call(ipc, CHANNELS.saveDocument, SaveDocumentResult, parsed.data);
    },

    systemInfo: () => call(ipc, CHANNELS.systemInfo, SystemInfoResult),

    saveExport: (request) => {
      const parsed = SaveExportRequest.safeParse(request);
      if (!parsed.success) return Promise.reject(new Error('saveExport: invalid request'));
      return call(ipc, CHANNELS.saveExport, SaveExportResult, parsed.data);
    },

    printToPdf: (request) => {
      const parsed = PrintToPdfRequest.safeParse(request);
      if (!parsed.success) return Promise.reject(new Error('printToPdf: invalid request'));
      return call(ipc, CHANNELS.printToPdf, PrintToPdfResult, parsed.data);
    },

    admitTeamServer: (request) => {
      const parsed = AdmitTeamServerRequest.safeParse(request);
      if (!parsed.success) return Promise.reject(new Error('admitTeamServer: invalid request'));
      return call(ipc, CHANNELS.admitTeamServer, AdmitTeamServerResult, parsed.data);
    },

    forgetTeamServer: (request) => {
      const parsed = AdmitTeamServerRequest.safeParse(request);
      if (!parsed.success) return Promise.reject(new Error('forgetTeamServer: invalid request'));
      return call(ipc, CHANNELS.forgetTeamServer, ForgetTeamServerResult, parsed.data);
    },

    onMenuAction: (listener) => {
      if (typeof listener !== 'function') throw new TypeError('onMenuAction: a function is required');
      // A copy: the renderer cannot swap the function it gave after subscribing.
      const subscribed = (id: ActionId) => listener(id);
      listeners.add(subscribed);
      if (early.length > 0) {
        const pending = early.splice(0);
        queueMicrotask(() => {
          for (const id of pending) if (listeners.has(subscribed)) subscribed(id);
        });
      }
      return () => {
        listeners.delete(subscribed);
      };
    },

    setMenuLanguage: (lang) => {
      const parsed = SetMenuLanguageRequest.safeParse(lang);
      if (!parsed.success) throw new TypeError('setMenuLanguage: expected "en" or "zh-CN"');
      ipc.send(CHANNELS.setMenuLanguage, parsed.data);
    },

    setMenuActions: (ids) => {
      const parsed = SetMenuActionsRequest.safeParse(ids);
      if (!parsed.success) throw new TypeError('setMenuActions: expected a list of action ids');
      ipc.send(CHANNELS.setMenuActions, parsed.data);
    },
  };
  return Object.freeze(bridge);
}
