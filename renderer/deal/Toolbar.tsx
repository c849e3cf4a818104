import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { actionMeta } from '../../shared/actions/catalog';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../../shared/document';
import type { ActionRunner } from '../actions/registry';
import { ACTION_ICONS, type ToolbarActionId } from '../actions/icons';
import { shortcutLabel } from '../actions/shortcuts';
import { useServices } from '../services/services';
import { useLang } from '../i18n/LangContext';
import type { View } from './useDealActions';

/**
 * A toolbar button for an action: an icon and a short word (`toolbar.<id>`), the action's
 * full name as its accessible name and, with the shortcut, as its tooltip. The word is part
 * of the full name, so what is seen is what a screen reader or voice control says. At
 * narrow widths the words fold away (`useFoldToFit`), `fold` 1 first, then 2 and 3,
 * leaving the icon, the tooltip and the accessible name.
 */
function ActionButton({
  id,
  runner,
  pressed,
  disabled,
  fold = 3,
}: {
  id: ToolbarActionId;
  runner: ActionRunner;
  pressed?: boolean;
  disabled?: boolean;
  /** Which words fold first as the toolbar narrows: 1 first, 3 last. */
  fold?: 1 | 2 | 3;
}) {
  const { t } = useLang();
  const { platform } = useServices();
  const meta = actionMeta(id);
  const label = t(meta.label);
  const shortcut = meta.shortcuts[0];
  const title = shortcut ? `${label} (${shortcutLabel(shortcut, platform.isMac)})` : label;
  const Icon = ACTION_ICONS[id];
  return (
    <button
      type="button"
      className={`tool tool--fold-${fold}`}
      aria-label={label}
      title={title}
      aria-pressed={pressed}
      disabled={disabled}
      data-action={id}
      onClick={() => runner.run(id)}
    >
      <Icon className="tool__icon" aria-hidden="true" focusable="false" size={16} strokeWidth={2} />
      <span className="tool__word" aria-hidden="true">
        {t(`toolbar.${id}`)}
      </span>
    </button>
  );
}

/** Whether the toolbar's items take more than one row. */
function wraps(header: HTMLElement): boolean {
  const items = [...header.children];
  const first = items[0]?.getBoundingClientRect();
  if (!first) return false;
  return items.some((item) => item.getBoundingClientRect().top >= first.bottom - 1);
}

/**
 * Folds the buttons' words, a level at a time (`data-fold`, see app.css), until the toolbar
 * fits on one row: words stay wherever there is room, in whichever language and font.
 * It measures again when the toolbar's width changes, after the frame, so that folding
 * (which changes its height) never loops within a ResizeObserver callback.
 */
function useFoldToFit(deps: readonly unknown[]) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const header = ref.current;
    if (!header) return;
    const fit = () => {
      for (let level = 0; level <= 3; level++) {
        header.dataset['fold'] = String(level);
        if (!wraps(header)) return;
      }
    };
    fit();
    // The toolbar's width, and the save status's (whose words change as it saves).
    const status = header.querySelector('.toolbar-status');
    const widths = () => `${header.clientWidth} ${status?.clientWidth ?? 0}`;
    let last = widths();
    let frame = 0;
    const observer = new ResizeObserver(() => {
      const now = widths();
      if (now === last) return;
      last = now;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(header);
    if (status) observer.observe(status);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
    // Fits again when what the toolbar says changes: the language, the deal's name.
  }, deps);
  return ref;
}

const BackIcon = ACTION_ICONS['deal.library'];
const LanguageIcon = ACTION_ICONS['view.language'];

export function Toolbar({
  dealName,
  runner,
  view,
  connectKind,
  onConnectKind,
  canUndo,
  canRedo,
  canExport = true,
  readOnly = false,
  status,
  presence = null,
}: {
  dealName: string;
  runner: ActionRunner;
  view: View;
  connectKind: RelationshipKind;
  onConnectKind: (kind: RelationshipKind) => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Not during a what-if (useDealActions). */
  canExport?: boolean;
  /** A shared deal the user only reads: the buttons that change it are off. */
  readOnly?: boolean;
  status: ReactNode;
  /** Who else has the deal open, and the activity trail's button (PresenceBar). */
  presence?: ReactNode;
}) {
  const { t, lang } = useLang();
  const ref = useFoldToFit([lang, dealName]);
  return (
    <header className="toolbar" ref={ref}>
      <button type="button" className="back" onClick={() => runner.run('deal.library')}>
        <BackIcon className="tool__icon" aria-hidden="true" focusable="false" size={16} />
        {t('editor.back')}
      </button>
      <h1 className="deal-name">{dealName}</h1>
      <div className="tool-group" role="toolbar" aria-label={t('menu.edit')}>
        <ActionButton id="edit.undo" runner={runner} fold={1} disabled={!canUndo} />
        <ActionButton id="edit.redo" runner={runner} fold={1} disabled={!canRedo} />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('menu.map')}>
        <ActionButton id="map.addPerson" runner={runner} disabled={readOnly} />
        <label className="connect-kind">
          <span className="connect-kind__word">{t('editor.connectKind')}</span>
          <select
            aria-label={t('editor.connectKind')}
            value={connectKind}
            onChange={(e) => onConnectKind(e.target.value as RelationshipKind)}
          >
            {RELATIONSHIP_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <ActionButton id="map.autoLayout" runner={runner} fold={1} disabled={readOnly} />
        <ActionButton id="map.zoomToFit" runner={runner} fold={1} />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('editor.view')}>
        <ActionButton id="view.map" runner={runner} fold={2} pressed={view === 'map'} />
        <ActionButton id="view.grid" runner={runner} fold={2} pressed={view === 'grid'} />
        <ActionButton id="view.history" runner={runner} fold={2} pressed={view === 'history'} />
        <ActionButton id="whatIf.start" runner={runner} />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('historyApp.toolbar')}>
        <ActionButton id="history.snapshot" runner={runner} fold={2} disabled={readOnly} />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('menu.file')}>
        <ActionButton id="file.save" runner={runner} />
        <ActionButton id="file.importCsv" runner={runner} disabled={readOnly} />
        <ActionButton id="file.export" runner={runner} disabled={!canExport} />
        <button
          type="button"
          className="tool lang"
          aria-label={t('action.view.language')}
          title={t('action.view.language')}
          onClick={() => runner.run('view.language')}
        >
          <LanguageIcon className="tool__icon" aria-hidden="true" focusable="false" size={16} />
          <span>{lang === 'en' ? '中文' : 'EN'}</span>
        </button>
      </div>
      {presence}
      <div className="toolbar-status">{status}</div>
    </header>
  );
}
