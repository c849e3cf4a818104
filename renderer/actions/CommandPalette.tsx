import { useMemo, useState } from 'react';
import { ACTIONS } from '../../shared/actions/catalog';
import type { ActionRunner } from './registry';
import { shortcutLabel } from './shortcuts';
import { useLang } from '../i18n/LangContext';
import { useModalDialog } from '../ui/useModalDialog';

/**
 * Every action, searchable by its label in the current language: those that can run now
 * first, then the others greyed (not handled on this screen, or not now), so the palette and
 * the desktop menu agree on what is there and what is not available here.
 */
export function CommandPalette({
  runner,
  isMac,
  onClose,
}: {
  runner: ActionRunner;
  isMac: boolean;
  onClose: () => void;
}) {
  const { t } = useLang();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const dialog = useModalDialog();

  const { matches, greyed } = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const found = ACTIONS.filter((a) => a.id !== 'view.palette' && t(a.label).toLowerCase().includes(needle));
    return {
      matches: found.filter((a) => runner.isEnabled(a.id)),
      greyed: found.filter((a) => !runner.isEnabled(a.id)),
    };
  }, [query, runner, t]);

  const choose = (index: number) => {
    const action = matches[index];
    if (!action) return;
    dialog.current?.close();
    runner.run(action.id);
  };

  return (
    <dialog ref={dialog} className="palette" aria-label={t('palette.title')} onClose={onClose}>
      <input
        type="text"
        autoFocus
        aria-label={t('palette.search')}
        placeholder={t('palette.search')}
        value={query}
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={matches[active] ? `palette-${matches[active].id}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(active);
          else return;
          e.preventDefault();
        }}
      />
      <ul id="palette-list" role="listbox">
        {matches.length + greyed.length === 0 && <li className="muted">{t('palette.none')}</li>}
        {matches.map((action, index) => (
          <li
            key={action.id}
            id={`palette-${action.id}`}
            role="option"
            aria-selected={index === active}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(index)}
          >
            <span>{t(action.label)}</span>
            {action.shortcuts[0] && <kbd>{shortcutLabel(action.shortcuts[0], isMac)}</kbd>}
          </li>
        ))}
        {greyed.map((action) => (
          <li key={action.id} id={`palette-${action.id}`} role="option" aria-selected={false} aria-disabled="true">
            <span>{t(action.label)}</span>
            {action.shortcuts[0] && <kbd>{shortcutLabel(action.shortcuts[0], isMac)}</kbd>}
          </li>
        ))}
      </ul>
    </dialog>
  );
}
