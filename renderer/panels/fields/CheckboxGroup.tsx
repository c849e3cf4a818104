import type { Option } from './SelectField';

export interface CheckboxGroupProps<V extends string> {
  readonly legend: string;
  readonly values: readonly V[];
  readonly options: readonly Option<V>[];
  readonly onChange: (values: V[]) => void;
}

/** Any number of a closed list (a person's buying roles), kept in the list's order. */
export function CheckboxGroup<V extends string>({ legend, values, options, onChange }: CheckboxGroupProps<V>) {
  const toggle = (value: V, on: boolean) => {
    const next = new Set(values);
    if (on) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset className="pn-choices">
      <legend className="pn-field__label">{legend}</legend>
      <div className="pn-choices__options">
        {options.map((option) => (
          <label key={option.value} className="pn-choices__option">
            <input
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
