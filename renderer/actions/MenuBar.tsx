import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ACTIONS, MENUS, type MenuId } from '../../shared/actions/catalog';
import type { ActionRunner } from './registry';
import { shortcutLabel } from './shortcuts';
import { useLang } from '../i18n/LangContext';

/** Which item to focus once a menu has opened. */
type FocusAt = 'first' | 'last' | null;

/**
 * In the browser, the menus the desktop shell shows natively: built from the same action
 * catalogue. A real menu bar (WAI-ARIA menubar pattern): one tab stop; Left and Right move
 * between menus, Down, Enter or Space open one, Up opens it at its last entry; inside,
 * Up and Down move (wrapping), Home and End go to the ends, Left and Right go to the next
 * menu, Escape closes it and gives the focus back to its title, Tab closes it.
 */
export function MenuBar({ runner, isMac }: { runner: ActionRunner; isMac: boolean }) {
  const { t } = useLang();
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

  const menuAt = (menu: MenuId, step: number): MenuId =>
    MENUS[(MENUS.indexOf(menu) + step + MENUS.length) % MENUS.length]!;

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

  const onTitleKey = (menu: MenuId) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => (open ? openMenu(menuAt(menu, 1), 'first') : focusTitle(menuAt(menu, 1))),
      ArrowLeft: () => (open ? openMenu(menuAt(menu, -1), 'first') : focusTitle(menuAt(menu, -1))),
      ArrowDown: () => openMenu(menu, 'first'),
      Enter: () => openMenu(menu, 'first'),
      ' ': () => openMenu(menu, 'first'),
      ArrowUp: () => openMenu(menu, 'last'),
      Home: () => focusTitle(MENUS[0]),
      End: () => focusTitle(MENUS[MENUS.length - 1]!),
      Escape: () => setOpen(null),
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  const onMenuKey = (menu: MenuId) => (event: KeyboardEvent<HTMLUListElement>) => {
    const items = enabledItems(event.currentTarget);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (index: number) => items[(index + items.length) % items.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => focus(at + 1),
      ArrowUp: () => focus(at - 1),
      Home: () => focus(0),
      End: () => focus(items.length - 1),
      ArrowRight: () => openMenu(menuAt(menu, 1), 'first'),
      ArrowLeft: () => openMenu(menuAt(menu, -1), 'first'),
      Escape: () => closeMenu(menu),
    };
    if (event.key === 'Tab') {
      setOpen(null);
      return;
    }
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  return (
    <nav className="menubar" aria-label={t('app.menuBar')} ref={bar}>
      <div role="menubar" aria-label={t('app.menuBar')} className="menubar-items">
        {MENUS.map((menu) => (
          <div key={menu} className="menu">
            <button
              type="button"
              role="menuitem"
              id={`menu-${menu}`}
              ref={(element) => {
                if (element) titles.current.set(menu, element);
                else titles.current.delete(menu);
              }}
              tabIndex={menu === current ? 0 : -1}
              aria-haspopup="menu"
              aria-expanded={open === menu}
              onClick={() => (open === menu ? setOpen(null) : openMenu(menu, null))}
              onKeyDown={onTitleKey(menu)}
            >
              {t(`menu.${menu}`)}
            </button>
            {open === menu && (
              <ul
                ref={list}
                className="menu-list"
                role="menu"
                aria-labelledby={`menu-${menu}`}
                onKeyDown={onMenuKey(menu)}
              >
                {ACTIONS.filter((a) => a.menu === menu).map((action, index) => (
                  <li
                    key={action.id}
                    role="none"
                    className={action.separatorBefore && index > 0 ? 'separated' : undefined}
                  >
                    <button
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      disabled={!runner.isEnabled(action.id)}
                      onClick={() => {
                        closeMenu(menu);
                        runner.run(action.id);
                      }}
                    >
                      <span>{t(action.label)}</span>
                      {action.shortcuts[0] && <kbd>{shortcutLabel(action.shortcuts[0], isMac)}</kbd>}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </nav>
  );
}

function enabledItems(list: HTMLElement): HTMLButtonElement[] {
  return [...list.querySelectorAll<HTMLButtonElement>('button[role="menuitem"]:not(:disabled)')];
}
