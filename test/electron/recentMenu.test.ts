/** File > Open Recent: the recent files after Open, then Clear Recent; in both languages. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';

function fileMenu(recent: Parameters<typeof buildMenuTemplate>[0]['recent'], lang: 'en' | 'zh-CN' = 'en') {
  const template = buildMenuTemplate({ lang, platform: 'linux', isPackaged: true, onAction: vi.fn(), recent });
  return template.find((item) => item.id === 'menu.file')!.submenu as MenuItemConstructorOptions[];
}

describe('File > Open Recent', () => {
  it('follows Open, lists the files most recent first, and opens the one chosen', () => {
    const onOpen = vi.fn();
    const onClear = vi.fn();
    const items = fileMenu({ paths: ['/maps/b.powermap', '/old/a.powermap'], onOpen, onClear });
    const index = items.findIndex((item) => item.id === 'file.openRecent');
    expect(items[index - 1]!.id).toBe('file.open');
    const recent = items[index]!;
    expect(recent.label).toBe('Open Recent');
    const entries = recent.submenu as MenuItemConstructorOptions[];
    expect(entries.map((entry) => entry.label ?? entry.type)).toEqual([
      'b.powermap — /maps',
      'a.powermap — /old',
      'separator',
      'Clear Recent',
    ]);
    (entries[1]!.click as () => void)();
    expect(onOpen).toHaveBeenCalledWith('/old/a.powermap');
    (entries[3]!.click as () => void)();
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('says there is nothing yet, with Clear Recent disabled', () => {
    const entries = fileMenu({ paths: [], onOpen: vi.fn(), onClear: vi.fn() }, 'zh-CN').find(
      (item) => item.id === 'file.openRecent',
    )!;
    expect(entries.label).toBe('最近打开');
    const submenu = entries.submenu as MenuItemConstructorOptions[];
    expect(submenu[0]).toMatchObject({ label: '没有最近打开的文件', enabled: false });
    expect(submenu.at(-1)).toMatchObject({ label: '清除最近记录', enabled: false });
  });

  it('is left out when the shell has no recent list', () => {
    expect(fileMenu(undefined).some((item) => item.id === 'file.openRecent')).toBe(false);
  });
});
