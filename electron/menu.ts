/**
 * The native menus, built from the action registry (shared/actions/catalog.ts): one menu
 * per entry of MENUS, every action once, labelled from the catalogue in the current
 * language. Accelerators are shown but not registered: the renderer handles the keys
 * itself, so a shortcut and a menu entry never do two different things. Choosing an entry
 * sends its action id to the focused window; the entries its screen does not handle are
 * greyed (the renderer says which it handles). Around them, the platform's own entries:
 * the app menu on macOS, quit, about, and the developer tools when not packaged.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS, MENUS, toAccelerator, type ActionId, type ActionMeta, type MenuId } from '../shared/actions/catalog';
import { translate, type Lang, type MessageKey } from '../shared/i18n';

export interface MenuOptions {
  readonly lang: Lang;
  readonly platform: NodeJS.Platform;
  /** Packaged builds have no reload and no developer tools. */
  readonly isPackaged: boolean;
  /** Called with the id of the action the user chose. */
  onAction(id: ActionId): void;
  /**
   * Whether the focused window's screen handles the action (the pipeline's exports only on
   * the pipeline, closing a deal only on a deal); the others are greyed. Absent: all apply
   * (no screen has said yet).
   */
  readonly applies?: (id: ActionId) => boolean;
  /** The recent files, for File > Open Recent (recentFiles.ts); no such entry without it. */
  readonly recent?: {
    readonly paths: readonly string[];
    onOpen(filePath: string): void;
    onClear(): void;
  };
}

/** File > Open Recent: the files, most recent first, then Clear Recent. */
export function recentSubmenu(options: MenuOptions): MenuItemConstructorOptions {
  const t = (key: MessageKey) => translate(options.lang, key);
  const recent = options.recent!;
  const files: MenuItemConstructorOptions[] = recent.paths.map((filePath, index) => ({
    id: `recent.${index}`,
    // The name first, where it is read; the folder tells two files of the same name apart.
    label: `${path.basename(filePath)} — ${path.dirname(filePath)}`,
    click: () => recent.onOpen(filePath),
  }));
  return {
    id: 'file.openRecent',
    label: t('exportApp.menu.openRecent'),
    submenu: [
      ...(files.length > 0 ? files : [{ label: t('exportApp.menu.noRecent'), enabled: false }]),
      { type: 'separator' },
      {
        id: 'file.clearRecent',
        label: t('exportApp.menu.clearRecent'),
        enabled: files.length > 0,
        click: () => recent.onClear(),
      },
    ],
  };
}

/**
 * The accelerator shown for an action: its first shortcut, in Electron's syntax. A lone
 * `+` is written `Plus` (it is the separator of the syntax).
 */
export function acceleratorFor(action: ActionMeta): string | undefined {
  const first = action.shortcuts[0];
  if (first === undefined) return undefined;
  return toAccelerator(first);
}

const MENU_LABELS: Readonly<Record<MenuId, MessageKey>> = {
  file: 'menu.file',
  edit: 'menu.edit',
  map: 'menu.map',
  person: 'menu.person',
  view: 'menu.view',
};

function actionItems(menu: MenuId, options: MenuOptions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  for (const action of ACTIONS.filter((a) => a.menu === menu)) {
    if (action.separatorBefore && items.length > 0) items.push({ type: 'separator' });
    const accelerator = acceleratorFor(action);
    items.push({
      id: action.id,
      label: translate(options.lang, action.label),
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      enabled: options.applies?.(action.id) ?? true,
      click: () => options.onAction(action.id),
    });
    if (action.id === 'file.open' && options.recent) items.push(recentSubmenu(options));
  }
  return items;
}

/** The menu template for Menu.buildFromTemplate. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: MessageKey) => translate(options.lang, key);
  const mac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (mac) {
    template.push({
      label: t('app.name'),
      submenu: [
        { role: 'about', label: t('desktop.menu.about') },
        { type: 'separator' },
        { role: 'services', label: t('desktop.menu.services') },
        { type: 'separator' },
        { role: 'hide', label: t('desktop.menu.hide') },
        { role: 'hideOthers', label: t('desktop.menu.hideOthers') },
        { role: 'unhide', label: t('desktop.menu.showAll') },
        { type: 'separator' },
        { role: 'quit', label: t('desktop.menu.quit') },
      ],
    });
  }

  for (const menu of MENUS) {
    const submenu = actionItems(menu, options);
    if (menu === 'file' && !mac) submenu.push({ type: 'separator' }, { role: 'quit', label: t('desktop.menu.quit') });
    if (menu === 'view' && !options.isPackaged) {
      submenu.push(
        { type: 'separator' },
        { role: 'reload', label: t('desktop.menu.reload') },
        { role: 'toggleDevTools', label: t('desktop.menu.devTools') },
      );
    }
    template.push({ id: `menu.${menu}`, label: t(MENU_LABELS[menu]), submenu });
  }

  if (mac) template.push({ role: 'windowMenu', label: t('desktop.menu.window') });
  else template.push({ label: t('desktop.menu.help'), submenu: [{ role: 'about', label: t('desktop.menu.about') }] });
  return template;
}
