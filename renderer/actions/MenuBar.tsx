import { MENUS } from '../../shared/actions/catalog';
import type { ActionRunner } from './registry';
import { useLang } from '../i18n/LangContext';
import { menuKeyDown, titleKeyDown } from './menuBarKeys';
import { MenuList } from './MenuList';
import { useMenuBar } from './useMenuBar';

/**
 * In the browser, the menus the desktop shell shows natively: built from the same action
 * catalogue. A real menu bar (WAI-ARIA menubar pattern): one tab stop; Left and Right move
 * between menus, Down, Enter or Space open one, Up opens it at its last entry; inside,
 * Up and Down move (wrapping), Home and End go to the ends, Left and Right go to the next
 * menu, Escape closes it and gives the focus back to its title, Tab closes it.
 */
export function MenuBar({ runner, isMac }: { runner: ActionRunner; isMac: boolean }) {
  const { t } = useLang();
  const menuBar = useMenuBar();
  const { open, setOpen, current, bar, titles, list, openMenu, closeMenu } = menuBar;

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
              onKeyDown={titleKeyDown(menuBar, menu)}
            >
              {t(`menu.${menu}`)}
            </button>
            {open === menu && (
              <MenuList
                menu={menu}
                listRef={list}
                runner={runner}
                isMac={isMac}
                onKeyDown={menuKeyDown(menuBar, menu)}
                onChosen={() => closeMenu(menu)}
              />
            )}
          </div>
        ))}
      </div>
    </nav>
  );
}
