import type { KeyboardEvent, ReactNode } from 'react';
import { useDraft } from '../hooks/useDraft';
import { useErrorText } from '../hooks/useErrorText';
import { describedBy, useFieldIds } from '../hooks/useFieldIds';
import type { Parsed } from '../logic/parse';
import { FieldMessage } from './FieldMessage';

export interface DraftFieldProps<T> {
  readonly label: string;
  readonly value: T;
  readonly format: (value: T) => string;
  readonly parse: (text: string) => Parsed<T>;
  readonly apply: (value: T) => void;
  readonly multiline?: boolean;
  readonly required?: boolean;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
  readonly placeholder?: string;
  readonly hint?: ReactNode;
  /** Shown after the input on the same line (a unit, a button). */
  readonly after?: ReactNode;
  readonly autoComplete?: string;
  /** The label is read by assistive technology but not shown (lists of similar fields). */
  readonly hideLabel?: boolean;
}

/** A labelled text field that applies each valid keystroke and shows why invalid text is not applied. */
export function DraftField<T>(props: DraftFieldProps<T>) {
  const { label, value, format, parse, apply, multiline = false, hint, after, hideLabel = false } = props;
  const ids = useFieldIds();
  const draft = useDraft(value, format, parse, apply);
  const errorText = useErrorText();
  const common = {
    id: ids.control,
    value: draft.text,
    placeholder: props.placeholder,
    required: props.required,
    autoComplete: props.autoComplete ?? 'off',
    'aria-invalid': draft.error !== null ? true : undefined,
    'aria-describedby': describedBy(ids, hint !== undefined, draft.error !== null),
    onBlur: () => draft.blur(),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && draft.error !== null) {
        event.stopPropagation();
        draft.reset();
      }
    },
  };
  return (
    <div className="pn-field">
      <label htmlFor={ids.control} className={hideLabel ? 'visually-hidden' : 'pn-field__label'}>
        {label}
      </label>
      <div className="pn-field__row">
        {multiline ? (
          <textarea {...common} rows={3} onChange={(event) => draft.change(event.target.value)} />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={props.inputMode}
            onChange={(event) => draft.change(event.target.value)}
          />
        )}
        {after}
      </div>
      {hint !== undefined && (
        <FieldMessage id={ids.hint} kind="hint">
          {hint}
        </FieldMessage>
      )}
      {draft.error !== null && (
        <FieldMessage id={ids.error} kind="error">
          {errorText(draft.error)}
        </FieldMessage>
      )}
    </div>
  );
}
