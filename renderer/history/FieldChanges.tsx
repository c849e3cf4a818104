import type { Direction, FieldChange } from '../../shared/diff';
import { useLang } from '../i18n/LangContext';
import { MARK_SYMBOLS } from '../canvas/marks';
import { fieldLabel, valueText, type Names, type Scope } from './wording';

/** Each changed field of one entity: its name, old → new worded, and whether it improved or worsened. */
export function FieldChanges({
  scope,
  changes,
  names,
  directionOf,
}: {
  scope: Scope;
  changes: readonly FieldChange[];
  names: Names;
  directionOf: (change: FieldChange) => Direction | undefined;
}) {
  const { t, lang } = useLang();
  return (
    <ul className="ph-fields">
      {changes.map((change) => {
        const direction = directionOf(change);
        return (
          <li key={change.field} className={`ph-field${direction ? ` ph-field--${direction}` : ''}`}>
            <span className="ph-field__name">{fieldLabel(t, scope, change.field)}</span>
            {': '}
            <span className="ph-field__old">{valueText(t, lang, change.field, change.old, names)}</span>
            {' → '}
            <span className="ph-field__new">{valueText(t, lang, change.field, change.new, names)}</span>
            {direction && (
              <span className={`ph-mark ph-mark--${direction}`}>
                {MARK_SYMBOLS[direction]} {t(`historyApp.mark.${direction}`)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
