/**
 * The main process: wiring only. The app lifecycle, the single-instance lock, documents
 * handed over by the OS or the command line, and the connection of the modules next to
 * this file (windows, session and protocol, ipc, menu) to Electron. Built into
 * dist/electron/main.cjs by build/electron.build.ts.
 */
import path from 'node:path';
import { app, nativeTheme, protocol } from 'electron';
import { langFromLocale, translate } from '../shared/i18n';
import { menuRebuilder, type MainState } from './appMenu';
import { hardenEveryWebContents, secureSessionServing } from './appSession';
import { AppWindows, type Translate } from './appWindows';
import { documentsFromArgv } from './launchFiles';
import { registerMainIpc } from './mainIpc';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './protocol';
import { RecentFiles } from './recentFiles';
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
  const state: MainState = { lang: 'en', recent: undefined };
  const t: Translate = (key, params) => translate(state.lang, key, params);
  const windows = new AppWindows({ preloadPath: PRELOAD, t });
  const rebuildMenu = menuRebuilder(state, windows, t);
  /** Files named before a window could take them (command line, macOS open-file at launch). */
  const earlyFiles = documentsFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd() });

  listenForDocuments(windows, earlyFiles);
  hardenEveryWebContents();
  listenForWindowLifecycle(windows);
  void app.whenReady().then(() => {
    whenReady(state, windows, rebuildMenu);
    const first = windows.create();
    for (const filePath of earlyFiles.splice(0)) windows.openDocumentIn(first, filePath);
  });
}

/** Documents the OS hands over: macOS open-file, and a second launch's command line. */
function listenForDocuments(windows: AppWindows, earlyFiles: string[]): void {
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (app.isReady()) windows.openDocumentIn(windows.target(), filePath);
    else earlyFiles.push(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = windows.target();
    for (const filePath of documentsFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory })) {
      windows.openDocumentIn(window, filePath);
    }
    if (window.isMinimized()) window.restore();
    window.focus();
  });
}

function listenForWindowLifecycle(windows: AppWindows): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && windows.count === 0) windows.create();
  });
}

/** Once the app is ready: language, session and protocol, recent files, IPC, menu, theme. */
function whenReady(state: MainState, windows: AppWindows, rebuildMenu: () => void): void {
  state.lang = langFromLocale(app.getLocale());
  app.setAboutPanelOptions({ applicationName: 'Powermap', applicationVersion: app.getVersion() });

  const admitted = secureSessionServing(RENDERER_ROOT);

  state.recent = new RecentFiles(path.join(app.getPath('userData'), 'recent-files.json'), {
    onChange: () => rebuildMenu(),
  });
  void state.recent.load();

  registerMainIpc({ state, windows, admitted, rebuildMenu });

  rebuildMenu();
  // The menu greys what the focused window's screen does not handle: another window, another screen.
  app.on('browser-window-focus', () => rebuildMenu());
  nativeTheme.on('updated', () => windows.followTheme());
}
