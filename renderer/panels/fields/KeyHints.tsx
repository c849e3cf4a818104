import { useLang } from '../../i18n/LangContext';
import type { QuickKey } from '../logic/quickKeys';

/** The quick keys of a field, e.g. "Quick keys: 1 blocker · 2 opponent …". The app handles the keys. */
export function KeyHints<V extends string>({
  keys,
  label,
}: {
  keys: readonly QuickKey<V>[];
  label: (value: V) => string;
}) {
  const { t } = useLang();
  if (keys.length === 0) return null;
  return (
    <span className="pn-keys">
      <span>{t('panels.keys.label')}</span>{' '}
      {keys.map(({ value, key }) => (
        <span key={value} className="pn-keys__entry">
          <kbd>{key}</kbd> {label(value)}
        </span>
      ))}
    </span>
  );
}
