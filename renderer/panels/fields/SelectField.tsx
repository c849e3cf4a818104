import type { ReactNode } from 'react';
import { useLang } from '../../i18n/LangContext';
import { describedBy, useFieldIds } from '../hooks/useFieldIds';
import { FieldMessage } from './FieldMessage';

export interface Option<V extends string> {
  readonly value: V;
  readonly label: string;
}

const MIXED = '';

export interface SelectFieldProps<V extends string> {
  readonly label: string;
  /** null: the selected people differ, shown as "(mixed)" until one value is chosen. */
  readonly value: V | null;
  readonly options: readonly Option<V>[];
  readonly onChange: (value: V) => void;
  readonly hint?: ReactNode;
}

/** A labelled drop-down over a closed list of values. */
export function SelectField<V extends string>({ label, value, options, onChange, hint }: SelectFieldProps<V>) {
  const { t } = useLang();
  const ids = useFieldIds();
  return (
    <div className="pn-field">
      <label htmlFor={ids.control} className="pn-field__label">
        {label}
      </label>
      <select
        id={ids.control}
        value={value ?? MIXED}
        aria-describedby={describedBy(ids, hint !== undefined, false)}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {value === null && (
          <option value={MIXED} disabled>
            {t('panels.inspector.mixed')}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint !== undefined && (
        <FieldMessage id={ids.hint} kind="hint">
          {hint}
        </FieldMessage>
      )}
    </div>
  );
}
