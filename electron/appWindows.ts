/**
 * The app's windows: their creation (with the security settings of security.ts), which
 * have loaded their page, messages that wait for that, the documents handed to them, and
 * the actions each window's current screen handles.
 */
import { BrowserWindow, dialog, nativeTheme } from 'electron';
import { type ActionId } from '../shared/actions/catalog';
import type { translate } from '../shared/i18n';
import { CHANNELS, MenuActionMessage } from '../shared/ipc/contract';
import { PendingFiles } from './launchFiles';
import { APP_INDEX_URL } from './protocol';
import { backgroundColor, windowOptions } from './security';

/** Text in the interface language of the moment. */
export type Translate = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => string;

export class AppWindows {
  private readonly windows = new Map<number, BrowserWindow>();
  /** Windows whose page has loaded, and what waits for the others to load. */
  private readonly loaded = new Set<number>();
  private readonly afterLoad = new Map<number, (() => void)[]>();
  /** The actions each window's current screen handles (setMenuActions), by webContents id. */
  private readonly screenActions = new Map<number, ReadonlySet<ActionId>>();
  /** Documents handed to a window, waiting for its next openDocument. */
  readonly pending = new PendingFiles();
  private readonly preloadPath: string;
  private readonly t: Translate;

  constructor(options: { preloadPath: string; t: Translate }) {
    this.preloadPath = options.preloadPath;
    this.t = options.t;
  }

  get count(): number {
    return this.windows.size;
  }

  /** Our window showing this webContents, or undefined when it is not one of ours. */
  get(webContentsId: number): BrowserWindow | undefined {
    return this.windows.get(webContentsId);
  }

  create(): BrowserWindow {
    const window = new BrowserWindow(
      windowOptions({ preloadPath: this.preloadPath, dark: nativeTheme.shouldUseDarkColors }),
    );
    const contents = window.webContents;
    const id = contents.id;
    this.windows.set(id, window);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => this.forget(id));
    contents.on('did-finish-load', () => this.markLoaded(id));
    contents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
      // -3 (ERR_ABORTED): a load replaced by another, not a failure.
      if (isMainFrame && code !== -3)
        dialog.showErrorBox(
          this.t('desktop.error.startTitle'),
          this.t('desktop.error.startBody', { detail: `${description} (${code})` }),
        );
    });
    void window.loadURL(APP_INDEX_URL);
    return window;
  }

  private forget(id: number): void {
    this.windows.delete(id);
    this.screenActions.delete(id);
    this.loaded.delete(id);
    this.afterLoad.delete(id);
    this.pending.forget(id);
  }

  private markLoaded(id: number): void {
    this.loaded.add(id);
    const tasks = this.afterLoad.get(id) ?? [];
    this.afterLoad.delete(id);
    for (const task of tasks) task();
  }

  /** The focused window if it is ours, else the first one, else a new one. */
  target(): BrowserWindow {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && this.windows.has(focused.webContents.id)) return focused;
    const [first] = this.windows.values();
    return first ?? this.create();
  }

  whenLoaded(window: BrowserWindow, task: () => void): void {
    const id = window.webContents.id;
    if (this.loaded.has(id)) task();
    else this.afterLoad.set(id, [...(this.afterLoad.get(id) ?? []), task]);
  }

  sendMenuAction(window: BrowserWindow, id: ActionId): void {
    this.whenLoaded(window, () => {
      if (!window.isDestroyed()) window.webContents.send(CHANNELS.menuAction, MenuActionMessage.parse(id));
    });
  }

  /** Hands a document to a window: its next openDocument returns it, and the window is told to ask. */
  openDocumentIn(window: BrowserWindow, filePath: string): void {
    this.pending.add(window.webContents.id, filePath);
    this.sendMenuAction(window, 'file.open');
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  setScreenActions(webContentsId: number, ids: readonly ActionId[]): void {
    this.screenActions.set(webContentsId, new Set(ids));
  }

  /** What the focused window's screen handles; undefined when no window of ours has said. */
  focusedScreenActions(): ReadonlySet<ActionId> | undefined {
    const focused = BrowserWindow.getFocusedWindow();
    return focused ? this.screenActions.get(focused.webContents.id) : undefined;
  }

  isFocused(webContentsId: number): boolean {
    return BrowserWindow.getFocusedWindow()?.webContents.id === webContentsId;
  }

  /** The windows follow the system's light or dark theme. */
  followTheme(): void {
    for (const window of this.windows.values())
      window.setBackgroundColor(backgroundColor(nativeTheme.shouldUseDarkColors));
  }
}
