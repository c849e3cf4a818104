import { useState } from 'react';
import type { TimelinePoint } from '../../shared/history';
import { useLang } from '../i18n/LangContext';
import { formatTakenAt } from './dates';
import { GapBadges } from './GapBadges';
import { RenameForm } from './RenameForm';

export interface VersionActions {
  readonly onCompare: (id: string) => void;
  readonly onRestore: (id: string) => void;
  readonly onRename: (id: string, label: string) => void;
  readonly onDelete: (id: string) => void;
}

/**
 * One version in the list: its label, when it was taken, its win likelihood and gaps; a
 * snapshot can be compared with the current map, restored, renamed and deleted.
 */
export function VersionItem({
  point,
  compared,
  locked,
  actions,
}: {
  point: TimelinePoint;
  /** Whether the version is one of the two compared. */
  compared: boolean;
  /** No edits (a what-if is open). */
  locked: boolean;
  actions: VersionActions;
}) {
  const { t, lang } = useLang();
  const [renaming, setRenaming] = useState(false);
  const isCurrent = point.takenAt === null;
  const when = point.takenAt === null ? null : formatTakenAt(lang, point.takenAt);
  const name = point.label.trim() || when || t('history.unlabelled');
  return (
    <li className={`ph-version${isCurrent ? ' ph-version--current' : ''}${compared ? ' is-compared' : ''}`}>
      <div className="ph-version__head">
        <span className={`ph-version__label${point.label.trim() ? '' : ' is-unlabelled'}`}>
          {point.label.trim() || t('history.unlabelled')}
        </span>
        <span className="ph-version__value">
          <span aria-hidden="true">{point.winLikelihood}%</span>
          <span className="visually-hidden">{t('historyApp.version.likelihood', { value: point.winLikelihood })}</span>
        </span>
      </div>
      <div className="ph-version__meta">
        {point.takenAt !== null && <time dateTime={point.takenAt}>{when}</time>}
        <GapBadges gaps={point.gaps} />
        {compared && <span className="ph-version__compared">{t('historyApp.version.compared')}</span>}
      </div>
      {!isCurrent &&
        (renaming ? (
          <RenameForm
            name={name}
            label={point.label}
            onRename={(label) => actions.onRename(point.id, label)}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <div className="ph-version__actions">
            <button
              type="button"
              className="pn-button"
              aria-label={t('historyApp.version.compareLabel', { label: name })}
              onClick={() => actions.onCompare(point.id)}
            >
              {t('historyApp.version.compare')}
            </button>
            <button
              type="button"
              className="pn-button"
              disabled={locked}
              aria-label={t('historyApp.version.restoreLabel', { label: name })}
              onClick={() => actions.onRestore(point.id)}
            >
              {t('historyApp.version.restore')}
            </button>
            <button
              type="button"
              className="pn-button pn-button--quiet"
              disabled={locked}
              aria-label={t('historyApp.version.renameLabel', { label: name })}
              onClick={() => setRenaming(true)}
            >
              {t('historyApp.version.rename')}
            </button>
            <button
              type="button"
              className="pn-button pn-button--quiet pn-button--danger"
              disabled={locked}
              aria-label={t('historyApp.version.deleteLabel', { label: name })}
              onClick={() => actions.onDelete(point.id)}
            >
              {t('historyApp.version.delete')}
            </button>
          </div>
        ))}
    </li>
  );
}
