import { useLang } from '../i18n/LangContext';

interface ChoiceFilterProps<T extends string> {
  readonly label: string;
  /** The chosen value; the empty string is "any". */
  readonly value: string;
  /** Each value and its words, in order. */
  readonly options: readonly T[];
  readonly word: (value: T) => string;
  readonly onChoose: (value: string) => void;
}

/** A labelled choice of one value of a list criterion (owner, team, stage), "any" first. */
export function ChoiceFilter<T extends string>({ label, value, options, word, onChoose }: ChoiceFilterProps<T>) {
  const { t } = useLang();
  return (
    <label className="pl-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChoose(e.target.value)}>
        <option value="">{t('pipelineApp.filter.any')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {word(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
