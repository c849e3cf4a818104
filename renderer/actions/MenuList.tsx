import type { KeyboardEvent, RefObject } from 'react';
import { ACTIONS, type MenuId } from '../../shared/actions/catalog';
import { useLang } from '../i18n/LangContext';
import type { ActionRunner } from './registry';
import { shortcutLabel } from './shortcuts';

/** An open menu's entries: each action of the menu, with its first shortcut. */
export function MenuList({
  menu,
  listRef,
  runner,
  isMac,
  onKeyDown,
  onChosen,
}: {
  menu: MenuId;
  listRef: RefObject<HTMLUListElement | null>;
  runner: ActionRunner;
  isMac: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLUListElement>) => void;
  /** An entry was chosen: the menu closes before its action runs. */
  onChosen: () => void;
}) {
  const { t } = useLang();
  return (
    <ul ref={listRef} className="menu-list" role="menu" aria-labelledby={`menu-${menu}`} onKeyDown={onKeyDown}>
      {ACTIONS.filter((a) => a.menu === menu).map((action, index) => (
        <li key={action.id} role="none" className={action.separatorBefore && index > 0 ? 'separated' : undefined}>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            disabled={!runner.isEnabled(action.id)}
            onClick={() => {
              onChosen();
              runner.run(action.id);
            }}
          >
            <span>{t(action.label)}</span>
            {action.shortcuts[0] && <kbd>{shortcutLabel(action.shortcuts[0], isMac)}</kbd>}
          </button>
        </li>
      ))}
    </ul>
  );
}
