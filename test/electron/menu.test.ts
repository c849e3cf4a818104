/**
 * The native menu template: every action of the registry once, in its menu, labelled in
 * both languages, with its accelerator shown but not registered, and the platform's own
 * entries around them.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { acceleratorFor, buildMenuTemplate } from '../../electron/menu';
import { ACTIONS, MENUS, toAccelerator, type ActionId } from '../../shared/actions/catalog';
import { CATALOGUES, LANGS, type MessageKey } from '../../shared/i18n/catalogue';

function template(options: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  return buildMenuTemplate({ lang: 'en', platform: 'linux', isPackaged: true, onAction: vi.fn(), ...options });
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const actionItems = (items: readonly MenuItemConstructorOptions[]) =>
  flatten(items).filter((item) => item.id !== undefined && ACTIONS.some((a) => a.id === item.id));

/**
 * Electron's accelerator grammar: modifiers joined with +, then one key code.
 * https://www.electronjs.org/docs/latest/api/accelerator
 */
const MODIFIER = '(?:Command|Cmd|Control|Ctrl|CommandOrControl|CmdOrCtrl|Alt|Option|AltGr|Shift|Super|Meta)';
const KEY =
  '(?:[0-9A-Z]|F(?:[1-9]|1[0-9]|2[0-4])|Plus|Space|Tab|Capslock|Numlock|Scrolllock|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|VolumeUp|VolumeDown|VolumeMute|MediaNextTrack|MediaPreviousTrack|MediaStop|MediaPlayPause|PrintScreen|num[0-9]|numdec|numadd|numsub|nummult|numdiv|[)!@#$%^&*(:;<=>?_\\-[\\]~`{}|\'",./])';
const ACCELERATOR = new RegExp(`^(?:${MODIFIER}\\+)*${KEY}$`);

describe('buildMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('lists every action exactly once on %s', (platform) => {
    const ids = actionItems(template({ platform })).map((item) => item.id);
    expect(ids.sort()).toEqual(ACTIONS.map((a) => a.id).sort());
  });

  it('puts each action in its menu, in the registry order, menus in the order of MENUS', () => {
    const items = template();
    const menus = items.filter((item) => typeof item.id === 'string' && item.id.startsWith('menu.'));
    expect(menus.map((menu) => menu.id)).toEqual(MENUS.map((id) => `menu.${id}`));
    for (const menuId of MENUS) {
      const menu = menus.find((m) => m.id === `menu.${menuId}`)!;
      const ids = actionItems(menu.submenu as MenuItemConstructorOptions[]).map((item) => item.id);
      expect(ids, menuId).toEqual(ACTIONS.filter((a) => a.menu === menuId).map((a) => a.id));
    }
  });

  it('draws a separator before the entries that ask for one, never first or doubled', () => {
    for (const menu of template().filter((item) => Array.isArray(item.submenu))) {
      const submenu = menu.submenu as MenuItemConstructorOptions[];
      expect(submenu[0]?.type, String(menu.label)).not.toBe('separator');
      submenu.forEach((item, i) => {
        if (item.type === 'separator') expect(submenu[i + 1]?.type).not.toBe('separator');
      });
      submenu.forEach((item, i) => {
        const action = ACTIONS.find((a) => a.id === item.id);
        if (action?.separatorBefore && i > 0) expect(submenu[i - 1]?.type, action.id).toBe('separator');
      });
    }
  });

  it.each(LANGS)('labels menus and actions from the %s catalogue', (lang) => {
    const catalogue: Readonly<Record<string, string>> = CATALOGUES[lang];
    const items = template({ lang });
    for (const action of ACTIONS) {
      const item = actionItems(items).find((i) => i.id === action.id)!;
      expect(item.label, action.id).toBe(catalogue[action.label]);
      expect(item.label).not.toBe('');
    }
    for (const menuId of MENUS) {
      expect(items.find((m) => m.id === `menu.${menuId}`)!.label).toBe(catalogue[`menu.${menuId}` as MessageKey]);
    }
  });

  it('differs between English and Chinese', () => {
    const en = template({ lang: 'en' });
    const zh = template({ lang: 'zh-CN' });
    expect(en.find((m) => m.id === 'menu.file')!.label).toBe('File');
    expect(zh.find((m) => m.id === 'menu.file')!.label).toBe('文件');
    expect(actionItems(zh).find((i) => i.id === 'edit.undo')!.label).toBe('撤销');
  });

  it('shows the first shortcut of each action as an accelerator, valid and not registered', () => {
    for (const action of ACTIONS) {
      const item = actionItems(template()).find((i) => i.id === action.id)!;
      if (action.shortcuts.length === 0) {
        expect(item.accelerator, action.id).toBeUndefined();
        continue;
      }
      expect(item.accelerator, action.id).toBe(acceleratorFor(action));
      expect(item.accelerator, action.id).toMatch(ACCELERATOR);
      expect(item.registerAccelerator, action.id).toBe(false);
    }
  });

  it('writes shortcuts in Electron syntax', () => {
    const accelerator = (id: ActionId) => acceleratorFor(ACTIONS.find((a) => a.id === id)!);
    expect(accelerator('file.save')).toBe('CmdOrCtrl+S');
    expect(accelerator('edit.redo')).toBe('CmdOrCtrl+Shift+Z');
    expect(accelerator('map.zoomToFit')).toBe('Shift+1');
    expect(accelerator('map.zoomIn')).toBe('Plus');
    expect(accelerator('map.zoomOut')).toBe('-');
    expect(accelerator('whatIf.keep')).toBe('CmdOrCtrl+Enter');
    expect(accelerator('view.language')).toBeUndefined();
    expect(acceleratorFor({ ...ACTIONS[0]!, shortcuts: ['Mod++'] })).toBe('CmdOrCtrl+Plus');
    expect(acceleratorFor({ ...ACTIONS[0]!, shortcuts: ['Mod+O'] })).toBe(toAccelerator('Mod+O'));
  });

  it('sends the action id when an entry is chosen', () => {
    const onAction = vi.fn();
    const items = actionItems(template({ onAction }));
    for (const item of items) (item.click as () => void)();
    expect(onAction.mock.calls.map(([id]: unknown[]) => id)).toEqual(items.map((item) => item.id));
  });

  it('has quit on every platform, the app menu and window menu on macOS, about everywhere', () => {
    const roles = (items: MenuItemConstructorOptions[]) =>
      flatten(items)
        .map((item) => item.role)
        .filter(Boolean);
    const linux = template({ platform: 'linux' });
    expect(roles(linux)).toEqual(expect.arrayContaining(['quit', 'about']));
    expect(linux[0]!.id).toBe('menu.file');
    const mac = template({ platform: 'darwin' });
    expect(mac[0]!.label).toBe('Powermap');
    expect(roles([mac[0]!])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(mac)).toContain('windowMenu');
    expect(roles(template({ platform: 'win32', lang: 'zh-CN' }))).toContain('quit');
    const quit = flatten(template({ lang: 'zh-CN' })).find((item) => item.role === 'quit')!;
    expect(quit.label).toBe('退出 Powermap');
  });

  it('offers reload and the developer tools only when not packaged', () => {
    const roles = (items: MenuItemConstructorOptions[]) => flatten(items).map((item) => item.role);
    expect(roles(template({ isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(template({ isPackaged: true }))).not.toContain('reload');
    expect(roles(template({ isPackaged: false }))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });
});
