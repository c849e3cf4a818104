/**
 * The main process: wiring only. The app lifecycle, the single-instance lock, documents
 * handed over by the OS or the command line, the windows, and the connection of the plain
 * modules next to this file (protocol, security, ipc, menu, files) to Electron. Built into
 * dist/electron/main.cjs by build/electron.build.ts.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import { type ActionId } from '../shared/actions/catalog';
import { langFromLocale, translate, type Lang } from '../shared/i18n';
import { CHANNELS, MenuActionMessage } from '../shared/ipc/contract';
import { PathGrants } from './files';
import { AdmittedOrigins } from './admittedOrigins';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import { documentsFromArgv, PendingFiles } from './launchFiles';
import { buildMenuTemplate } from './menu';
import { RecentFiles } from './recentFiles';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { backgroundColor, denyAllPermissions, hardenWebContents, isAllowedRequest, windowOptions } from './security';
// The menus follow the window's language, which may change: every catalogue is loaded.
import '../shared/i18n/catalogue';

// The bundle lives in dist/electron/; the renderer build in dist/renderer/.
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');

// Must happen before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();
// Tests and development runs may keep their data apart; a packaged app always uses the default.
const userDataOverride = process.env['POWERMAP_USER_DATA_DIR'];
if (!app.isPackaged && userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

if (!app.requestSingleInstanceLock()) {
  // Another Powermap is running: it receives our command line through `second-instance`.
  app.quit();
} else {
  start();
}

function start(): void {
  let lang: Lang = 'en';
  const windows = new Map<number, BrowserWindow>();
  /** Windows whose page has loaded, and what waits for the others to load. */
  const loaded = new Set<number>();
  const afterLoad = new Map<number, (() => void)[]>();
  const pending = new PendingFiles();
  const grants = new PathGrants();
  /** File > Open Recent; read once the app is ready (userData is known then). */
  let recent: RecentFiles | undefined;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);

  /** Files named before a window could take them (command line, macOS open-file at launch). */
  const earlyFiles = documentsFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd() });

  function whenLoaded(window: BrowserWindow, task: () => void): void {
    const id = window.webContents.id;
    if (loaded.has(id)) task();
    else afterLoad.set(id, [...(afterLoad.get(id) ?? []), task]);
  }

  function sendMenuAction(window: BrowserWindow, id: ActionId): void {
    whenLoaded(window, () => {
      if (!window.isDestroyed()) window.webContents.send(CHANNELS.menuAction, MenuActionMessage.parse(id));
    });
  }

  function createWindow(): BrowserWindow {
    const window = new BrowserWindow(windowOptions({ preloadPath: PRELOAD, dark: nativeTheme.shouldUseDarkColors }));
    const contents = window.webContents;
    const id = contents.id;
    windows.set(id, window);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      windows.delete(id);
      screenActions.delete(id);
      loaded.delete(id);
      afterLoad.delete(id);
      pending.forget(id);
    });
    contents.on('did-finish-load', () => {
      loaded.add(id);
      const tasks = afterLoad.get(id) ?? [];
      afterLoad.delete(id);
      for (const task of tasks) task();
    });
    contents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
      // -3 (ERR_ABORTED): a load replaced by another, not a failure.
      if (isMainFrame && code !== -3)
        dialog.showErrorBox(
          t('desktop.error.startTitle'),
          t('desktop.error.startBody', { detail: `${description} (${code})` }),
        );
    });
    void window.loadURL(APP_INDEX_URL);
    return window;
  }

  function targetWindow(): BrowserWindow {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && windows.has(focused.webContents.id)) return focused;
    const [first] = windows.values();
    return first ?? createWindow();
  }

  /** Hands a document to a window: its next openDocument returns it, and the window is told to ask. */
  function openDocumentIn(window: BrowserWindow, filePath: string): void {
    pending.add(window.webContents.id, filePath);
    sendMenuAction(window, 'file.open');
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  /** A recent file chosen in the menu: opened like a file handed over by the OS, unless it is gone. */
  function openRecent(filePath: string): void {
    void recent?.stillThere(filePath).then((there) => {
      if (there) openDocumentIn(targetWindow(), filePath);
      else
        dialog.showErrorBox(
          t('exportApp.menu.openRecent'),
          t('desktop.error.notFound', { name: path.basename(filePath) }),
        );
    });
  }

  /** The actions each window's current screen handles (setMenuActions), by webContents id. */
  const screenActions = new Map<number, ReadonlySet<ActionId>>();

  function rebuildMenu(): void {
    const focused = BrowserWindow.getFocusedWindow();
    const handled = focused ? screenActions.get(focused.webContents.id) : undefined;
    const template = buildMenuTemplate({
      lang,
      platform: process.platform,
      isPackaged: app.isPackaged,
      onAction: (id) => sendMenuAction(targetWindow(), id),
      ...(handled ? { applies: (id: ActionId) => handled.has(id) } : {}),
      ...(recent
        ? {
            recent: {
              paths: recent.list(),
              onOpen: openRecent,
              onClear: () => {
                app.clearRecentDocuments();
                void recent?.clear();
              },
            },
          }
        : {}),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (app.isReady()) openDocumentIn(targetWindow(), filePath);
    else earlyFiles.push(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = targetWindow();
    for (const filePath of documentsFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory })) {
      openDocumentIn(window, filePath);
    }
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // Every web contents, ours or not, gets navigation, new windows and webviews blocked.
  app.on('web-contents-created', (_event, contents: WebContents) => {
    hardenWebContents(contents, {
      openExternal: (url) => shell.openExternal(url),
      onBlocked: (what, url) => console.warn(`[powermap] blocked ${what}: ${url}`),
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && windows.size === 0) createWindow();
  });

  void app.whenReady().then(() => {
    lang = langFromLocale(app.getLocale());
    app.setAboutPanelOptions({ applicationName: 'Powermap', applicationVersion: app.getVersion() });

    denyAllPermissions(session.defaultSession);
    // The team servers the user signed in to; pages wait for the list, so their CSP has it.
    const admitted = new AdmittedOrigins(path.join(app.getPath('userData'), 'team-servers.json'));
    const admittedLoaded = admitted.load();
    // No remote content but the admitted team servers: nothing else leaves the machine, whatever a page tries.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isAllowedRequest(details.url, admitted.asSet()) });
    });
    const serveApp = createAppProtocolHandler(RENDERER_ROOT, undefined, { connectOrigins: () => admitted.list() });
    protocol.handle(APP_SCHEME, (request) => admittedLoaded.then(() => serveApp(request)));

    recent = new RecentFiles(path.join(app.getPath('userData'), 'recent-files.json'), {
      onChange: () => rebuildMenu(),
    });
    void recent.load();

    const handlers = createIpcHandlers<BrowserWindow>({
      windowFor: (id) => windows.get(id),
      // Looked up on every call, so that tests can replace dialog.showOpenDialog in the main process.
      dialog: {
        showOpenDialog: (window, options) => dialog.showOpenDialog(window, options),
        showSaveDialog: (window, options) => dialog.showSaveDialog(window, options),
      },
      grants,
      takePendingFile: (id) => pending.take(id),
      language: () => lang,
      setLanguage: (next) => {
        if (next === lang) return;
        lang = next;
        rebuildMenu();
      },
      setMenuActions: (webContentsId, ids) => {
        screenActions.set(webContentsId, new Set(ids));
        if (BrowserWindow.getFocusedWindow()?.webContents.id === webContentsId) rebuildMenu();
      },
      defaultDirectory: () => {
        try {
          return app.getPath('documents');
        } catch {
          return app.getPath('home');
        }
      },
      systemInfo: () => ({ locale: app.getLocale(), platform: process.platform, version: app.getVersion() }),
      onDocumentPath: (filePath) => {
        app.addRecentDocument(filePath);
        void recent?.add(filePath);
      },
      admitOrigin: (origin) => admitted.admit(origin),
      forgetOrigin: (origin) => admitted.forget(origin),
    });
    registerIpcHandlers(ipcMain, handlers, (channel, error) =>
      console.warn(`[powermap] refused ${channel}: ${error instanceof Error ? error.message : String(error)}`),
    );

    rebuildMenu();
    // The menu greys what the focused window's screen does not handle: another window, another screen.
    app.on('browser-window-focus', () => rebuildMenu());
    nativeTheme.on('updated', () => {
      for (const window of windows.values())
        window.setBackgroundColor(backgroundColor(nativeTheme.shouldUseDarkColors));
    });

    const first = createWindow();
    for (const filePath of earlyFiles.splice(0)) openDocumentIn(first, filePath);
  });
}
