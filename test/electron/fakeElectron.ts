/**
 * A stand-in for the `electron` module, rich enough to run the built main process and
 * preload (dist/electron/*.cjs) in Node: it records what the shell asks of Electron and
 * lets a test play the part of the app, the windows and the user.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }
  has(event: string): boolean {
    return (this.listeners.get(event)?.length ?? 0) > 0;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  frameTreeNodeId: number;
  processId: number;
}

export function createFakeElectron(options: { locale?: string; platform?: string; userData?: string } = {}) {
  let nextId = 1;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));
  let ready = false;
  const windows: FakeBrowserWindow[] = [];

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    enableSandbox: vi.fn(),
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    whenReady: () => readyPromise,
    isReady: () => ready,
    getLocale: () => options.locale ?? 'en-US',
    getVersion: () => '0.1.0',
    getPath: (name: string) => (name === 'userData' && options.userData ? options.userData : `/home/li/${name}`),
    setAboutPanelOptions: vi.fn(),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  });

  class FakeWebContents extends Emitter {
    readonly id = nextId++;
    readonly mainFrame: FakeFrame;
    readonly send = vi.fn();
    openHandler: ((details: { url: string }) => { action: string }) | undefined;
    constructor() {
      super();
      this.mainFrame = { url: '', parent: null, frameTreeNodeId: this.id * 10, processId: 100 + this.id };
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
    getType() {
      return 'window';
    }
    /** The page finished loading `url`. */
    finishLoad(url: string) {
      this.mainFrame.url = url;
      this.emit('did-finish-load');
    }
  }

  class FakeBrowserWindow extends Emitter {
    static getFocusedWindow = vi.fn((): FakeBrowserWindow | null => null);
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly setBackgroundColor = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
  }

  const ipcMain = {
    handlers: new Map<string, Listener>(),
    listeners: new Map<string, Listener>(),
    handle: vi.fn((channel: string, listener: Listener) => void ipcMain.handlers.set(channel, listener)),
    on: vi.fn((channel: string, listener: Listener) => void ipcMain.listeners.set(channel, listener)),
  };

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true } as { canceled: boolean; filePath?: string })),
      showErrorBox: vi.fn(),
    },
    ipcMain,
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    nativeTheme: Object.assign(new Emitter(), { shouldUseDarkColors: true }),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn(),
    },
    session,
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn() },
  };

  return {
    electron,
    windows,
    /** Fires app ready, as Electron does once initialised. */
    async becomeReady() {
      ready = true;
      markReady();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
