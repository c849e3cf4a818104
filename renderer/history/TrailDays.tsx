import { useLang } from '../i18n/LangContext';
import type { TrailDay, TrailRow } from './trailModel';

interface TrailDaysProps {
  readonly days: readonly TrailDay[];
  /** No edits (a what-if is open): nothing can be put back. */
  readonly locked: boolean;
  readonly onPutBack: (row: TrailRow) => void;
}

/** The trail's entries by day: who did what and when, an overwritten value with "put back". */
export function TrailDays({ days, locked, onPutBack }: TrailDaysProps) {
  const { t } = useLang();
  return days.map((group) => (
    <section key={group.day} className="pt-day" aria-label={group.label}>
      <h3 className="pn-subheading pt-day__label">{group.label}</h3>
      <ol className="pt-entries">
        {group.rows.map((row) => (
          <li key={row.key} className={`pt-entry${row.overwritten ? ' is-overwritten' : ''}`}>
            <span className="pt-entry__time">{row.time}</span>
            <span className="pt-entry__text">
              <strong className="pt-entry__who">{row.who}</strong> {row.what}
              {row.overwritten && <span className="pt-entry__badge">{t('trailApp.overwritten')}</span>}
            </span>
            {row.overwritten && (
              <button
                type="button"
                className="pn-button pt-entry__put-back"
                disabled={locked}
                onClick={() => onPutBack(row)}
              >
                {t('trailApp.putBack')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  ));
}
