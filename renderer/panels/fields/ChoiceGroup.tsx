import { useId } from 'react';
import type { Option } from './SelectField';

export interface ChoiceGroupProps<V extends string> {
  readonly legend: string;
  readonly value: V;
  readonly options: readonly Option<V>[];
  readonly onChange: (value: V) => void;
}

/** A short closed list as radio buttons in a fieldset (qualification answers, strength). */
export function ChoiceGroup<V extends string>({ legend, value, options, onChange }: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="pn-choices">
      <legend className="pn-field__label">{legend}</legend>
      <div className="pn-choices__options">
        {options.map((option) => (
          <label key={option.value} className="pn-choices__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
