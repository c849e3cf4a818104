import type { KeyboardEvent } from 'react';
import { MENUS, type MenuId } from '../../shared/actions/catalog';
import { enabledItems, type MenuBarState } from './useMenuBar';

/** The menu `step` places after `menu` (before it when negative), wrapping round the bar. */
const menuAt = (menu: MenuId, step: number): MenuId =>
  MENUS[(MENUS.indexOf(menu) + step + MENUS.length) % MENUS.length]!;

/** Runs the key's move, if it has one, and keeps the key from doing anything else. */
function runKey(event: KeyboardEvent, keys: Record<string, () => void>): void {
  const run = keys[event.key];
  if (!run) return;
  event.preventDefault();
  event.stopPropagation();
  run();
}

/**
 * A key on a menu's title: Left and Right move between menus (opening the next when one is
 * open), Down, Enter or Space open it, Up opens it at its last entry, Escape closes it.
 */
export const titleKeyDown =
  ({ open, setOpen, openMenu, focusTitle }: MenuBarState, menu: MenuId) =>
  (event: KeyboardEvent<HTMLButtonElement>) =>
    runKey(event, {
      ArrowRight: () => (open ? openMenu(menuAt(menu, 1), 'first') : focusTitle(menuAt(menu, 1))),
      ArrowLeft: () => (open ? openMenu(menuAt(menu, -1), 'first') : focusTitle(menuAt(menu, -1))),
      ArrowDown: () => openMenu(menu, 'first'),
      Enter: () => openMenu(menu, 'first'),
      ' ': () => openMenu(menu, 'first'),
      ArrowUp: () => openMenu(menu, 'last'),
      Home: () => focusTitle(MENUS[0]),
      End: () => focusTitle(MENUS[MENUS.length - 1]!),
      Escape: () => setOpen(null),
    });

/**
 * A key inside an open menu: Up and Down move (wrapping), Home and End go to the ends, Left
 * and Right open the next menu, Escape closes it (the focus back on its title), Tab closes it.
 */
export const menuKeyDown =
  ({ setOpen, openMenu, closeMenu }: MenuBarState, menu: MenuId) =>
  (event: KeyboardEvent<HTMLUListElement>) => {
    const items = enabledItems(event.currentTarget);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'Tab') {
      setOpen(null);
      return;
    }
    runKey(event, {
      ArrowDown: () => focus(at + 1),
      ArrowUp: () => focus(at - 1),
      Home: () => focus(0),
      End: () => focus(items.length - 1),
      ArrowRight: () => openMenu(menuAt(menu, 1), 'first'),
      ArrowLeft: () => openMenu(menuAt(menu, -1), 'first'),
      Escape: () => closeMenu(menu),
    });
  };
