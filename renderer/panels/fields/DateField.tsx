import { useDraft } from '../hooks/useDraft';
import { useErrorText } from '../hooks/useErrorText';
import { describedBy, useFieldIds } from '../hooks/useFieldIds';
import { useLang } from '../../i18n/LangContext';
import { parseDateInput } from '../logic/parse';
import { FieldMessage } from './FieldMessage';

export interface DateFieldProps {
  readonly label: string;
  /** YYYY-MM-DD or null for none. */
  readonly value: string | null;
  readonly apply: (value: string | null) => void;
}

const format = (value: string | null) => value ?? '';

/** A calendar date or none, with a button to clear it. */
export function DateField({ label, value, apply }: DateFieldProps) {
  const { t } = useLang();
  const ids = useFieldIds();
  const draft = useDraft(value, format, parseDateInput, apply);
  const errorText = useErrorText();
  return (
    <div className="pn-field">
      <label htmlFor={ids.control} className="pn-field__label">
        {label}
      </label>
      <div className="pn-field__row">
        <input
          id={ids.control}
          type="date"
          value={draft.text}
          aria-invalid={draft.error !== null ? true : undefined}
          aria-describedby={describedBy(ids, false, draft.error !== null)}
          onChange={(event) => draft.change(event.target.value, event.target.validity.badInput)}
          onBlur={() => draft.blur()}
        />
        <button
          type="button"
          className="pn-button pn-button--quiet"
          aria-label={t('panels.date.clear', { field: label })}
          disabled={value === null && draft.error === null}
          onClick={() => {
            draft.reset();
            apply(null);
          }}
        >
          {t('panels.date.clearShort')}
        </button>
      </div>
      {draft.error !== null && (
        <FieldMessage id={ids.error} kind="error">
          {errorText(draft.error)}
        </FieldMessage>
      )}
    </div>
  );
}
