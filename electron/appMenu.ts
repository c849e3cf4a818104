/**
 * The application menu, rebuilt when the language, the focused window's screen or the
 * recent files change; File > Open Recent opens like a file handed over by the OS.
 */
import path from 'node:path';
import { app, dialog, Menu } from 'electron';
import type { ActionId } from '../shared/actions/catalog';
import type { Lang } from '../shared/i18n';
import type { AppWindows, Translate } from './appWindows';
import { buildMenuTemplate } from './menu';
import type { RecentFiles } from './recentFiles';

/** What changes while the app runs: the interface language, and the recent files once the app is ready. */
export interface MainState {
  lang: Lang;
  /** File > Open Recent; read once the app is ready (userData is known then). */
  recent: RecentFiles | undefined;
}

/** A function that rebuilds the menu from the state of the moment. */
export function menuRebuilder(state: MainState, windows: AppWindows, t: Translate): () => void {
  /** A recent file chosen in the menu: opened like a file handed over by the OS, unless it is gone. */
  function openRecent(filePath: string): void {
    void state.recent?.stillThere(filePath).then((there) => {
      if (there) windows.openDocumentIn(windows.target(), filePath);
      else
        dialog.showErrorBox(
          t('exportApp.menu.openRecent'),
          t('desktop.error.notFound', { name: path.basename(filePath) }),
        );
    });
  }

  function recentMenu(recent: RecentFiles) {
    return {
      paths: recent.list(),
      onOpen: openRecent,
      onClear: () => {
        app.clearRecentDocuments();
        void state.recent?.clear();
      },
    };
  }

  return function rebuildMenu(): void {
    const handled = windows.focusedScreenActions();
    const template = buildMenuTemplate({
      lang: state.lang,
      platform: process.platform,
      isPackaged: app.isPackaged,
      onAction: (id) => windows.sendMenuAction(windows.target(), id),
      ...(handled ? { applies: (id: ActionId) => handled.has(id) } : {}),
      ...(state.recent ? { recent: recentMenu(state.recent) } : {}),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
}
