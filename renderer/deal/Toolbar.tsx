import type { ReactNode } from 'react';
import { actionMeta, type ActionId } from '../../shared/actions/catalog';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../../shared/document';
import type { ActionRunner } from '../actions/registry';
import { shortcutLabel } from '../actions/shortcuts';
import { useServices } from '../app/services';
import { useLang } from '../i18n/LangContext';
import type { View } from './useDealActions';

/** A toolbar button for an action: its label and shortcut come from the catalogue. */
function ActionButton({
  id,
  runner,
  icon,
  pressed,
  disabled,
}: {
  id: ActionId;
  runner: ActionRunner;
  icon: string;
  pressed?: boolean;
  disabled?: boolean;
}) {
  const { t } = useLang();
  const { platform } = useServices();
  const meta = actionMeta(id);
  const label = t(meta.label);
  const shortcut = meta.shortcuts[0];
  const title = shortcut ? `${label} (${shortcutLabel(shortcut, platform.isMac)})` : label;
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={title}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={() => runner.run(id)}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}

export function Toolbar({
  dealName,
  runner,
  view,
  connectKind,
  onConnectKind,
  canUndo,
  canRedo,
  canExport = true,
  status,
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
  status: ReactNode;
}) {
  const { t, lang } = useLang();
  return (
    <header className="toolbar">
      <button type="button" className="back" onClick={() => runner.run('deal.library')}>
        ← {t('editor.back')}
      </button>
      <h1 className="deal-name">{dealName}</h1>
      <div className="tool-group" role="toolbar" aria-label={t('menu.edit')}>
        <ActionButton id="edit.undo" runner={runner} icon="↶" disabled={!canUndo} />
        <ActionButton id="edit.redo" runner={runner} icon="↷" disabled={!canRedo} />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('menu.map')}>
        <ActionButton id="map.addPerson" runner={runner} icon="＋" />
        <label className="connect-kind">
          <span>{t('editor.connectKind')}</span>
          <select value={connectKind} onChange={(e) => onConnectKind(e.target.value as RelationshipKind)}>
            {RELATIONSHIP_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <ActionButton id="map.autoLayout" runner={runner} icon="⊤" />
        <ActionButton id="map.zoomToFit" runner={runner} icon="⤢" />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('editor.view')}>
        <ActionButton id="view.map" runner={runner} icon="◇" pressed={view === 'map'} />
        <ActionButton id="view.grid" runner={runner} icon="▦" pressed={view === 'grid'} />
        <ActionButton id="view.history" runner={runner} icon="◷" pressed={view === 'history'} />
        <ActionButton id="whatIf.start" runner={runner} icon="?" />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('historyApp.toolbar')}>
        <ActionButton id="history.snapshot" runner={runner} icon="◉" />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('menu.file')}>
        <ActionButton id="file.save" runner={runner} icon="↓" />
        <ActionButton id="file.importCsv" runner={runner} icon="⇩" />
        <ActionButton id="file.export" runner={runner} icon="⇪" disabled={!canExport} />
        <button
          type="button"
          className="tool lang"
          aria-label={t('action.view.language')}
          title={t('action.view.language')}
          onClick={() => runner.run('view.language')}
        >
          {lang === 'en' ? '中文' : 'EN'}
        </button>
      </div>
      <div className="toolbar-status">{status}</div>
    </header>
  );
}
