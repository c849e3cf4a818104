import { useId } from 'react';
import type { TimelinePoint } from '../../shared/history';
import { useLang } from '../i18n/LangContext';
import { formatTakenAt } from './dates';

/** Picks one version, newest first: the current map, then every snapshot with its date. */
export function VersionSelect({
  label,
  value,
  points,
  onChange,
}: {
  label: string;
  value: string;
  /** Oldest first, the current map last. */
  points: readonly TimelinePoint[];
  onChange: (id: string) => void;
}) {
  const { t, lang } = useLang();
  const id = useId();
  return (
    <div className="pn-field ph-select">
      <label htmlFor={id} className="pn-field__label">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {[...points].reverse().map((point) => (
          <option key={point.id} value={point.id}>
            {point.takenAt === null
              ? point.label
              : `${point.label.trim() || t('history.unlabelled')} · ${formatTakenAt(lang, point.takenAt)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
