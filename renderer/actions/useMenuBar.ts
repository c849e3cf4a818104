import { useEffect, useRef, useState, type RefObject } from 'react';
import { MENUS, type MenuId } from '../../shared/actions/catalog';

/** Which item to focus once a menu has opened. */
export type FocusAt = 'first' | 'last' | null;

export interface MenuBarState {
  /** The menu open, if one is. */
  readonly open: MenuId | null;
  readonly setOpen: (menu: MenuId | null) => void;
  /** The menu whose title is the bar's one tab stop. */
  readonly current: MenuId;
  readonly bar: RefObject<HTMLElement | null>;
  readonly titles: RefObject<Map<MenuId, HTMLButtonElement>>;
  /** The open menu's list of entries. */
  readonly list: RefObject<HTMLUListElement | null>;
  readonly openMenu: (menu: MenuId, at: FocusAt) => void;
  readonly focusTitle: (menu: MenuId) => void;
  /** Closes the menu and gives the focus back to its title. */
  readonly closeMenu: (menu: MenuId) => void;
}

/** The menu bar's state: which menu is open and current, and where the focus goes. */
export function useMenuBar(): MenuBarState {
  const [open, setOpen] = useState<MenuId | null>(null);
  const [current, setCurrent] = useState<MenuId>(MENUS[0]);
  const focusAt = useRef<FocusAt>(null);
  const bar = useRef<HTMLElement>(null);
  const titles = useRef(new Map<MenuId, HTMLButtonElement>());
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  // Once a menu is open, the focus goes to the entry asked for.
  useEffect(() => {
    if (!open || !focusAt.current || !list.current) return;
    const items = enabledItems(list.current);
    (focusAt.current === 'last' ? items.at(-1) : items[0])?.focus();
    focusAt.current = null;
  }, [open]);

  const openMenu = (menu: MenuId, at: FocusAt) => {
    focusAt.current = at;
    setCurrent(menu);
    setOpen(menu);
  };
  const focusTitle = (menu: MenuId) => {
    setCurrent(menu);
    titles.current.get(menu)?.focus();
  };
  const closeMenu = (menu: MenuId) => {
    setOpen(null);
    focusTitle(menu);
  };

  return { open, setOpen, current, bar, titles, list, openMenu, focusTitle, closeMenu };
}

/** A menu's entries that can be chosen, in order. */
export function enabledItems(list: HTMLElement): HTMLButtonElement[] {
  return [...list.querySelectorAll<HTMLButtonElement>('button[role="menuitem"]:not(:disabled)')];
}
