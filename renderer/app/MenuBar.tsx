import { useEffect, useRef, useState } from 'react';
import { ACTIONS, MENUS, type MenuId } from '../../shared/actions/catalog';
import type { ActionRunner } from '../actions/registry';
import { shortcutLabel } from '../actions/shortcuts';
import { useLang } from '../i18n/LangContext';

/**
 * In the browser, the menus the desktop shell shows natively: built from the same action
 * catalogue. A menu button opens its list; arrow keys move, Escape closes.
 */
export function MenuBar({ runner, isMac }: { runner: ActionRunner; isMac: boolean }) {
  const { t } = useLang();
  const [open, setOpen] = useState<MenuId | null>(null);
  const bar = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  const onMenuKey = (event: React.KeyboardEvent<HTMLUListElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(null);
    }
  };

  return (
    <nav className="menubar" aria-label={t('app.menuBar')} ref={bar}>
      {MENUS.map((menu) => (
        <div key={menu} className="menu">
          <button
            type="button"
            aria-haspopup="true"
            aria-expanded={open === menu}
            onClick={() => setOpen(open === menu ? null : menu)}
          >
            {t(`menu.${menu}`)}
          </button>
          {open === menu && (
            <ul className="menu-list" onKeyDown={onMenuKey}>
              {ACTIONS.filter((a) => a.menu === menu).map((action, index) => (
                <li key={action.id} className={action.separatorBefore && index > 0 ? 'separated' : undefined}>
                  <button
                    type="button"
                    autoFocus={index === 0}
                    disabled={!runner.isEnabled(action.id)}
                    onClick={() => {
                      setOpen(null);
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
    </nav>
  );
}
