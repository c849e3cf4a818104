/**
 * The privacy choices every export dialog offers (one deal's export and the pipeline's pack
 * and CSV): personal fields, off by default, and the anonymous variant, each with its hint.
 */
import { useLang } from '../i18n/LangContext';

export interface PrivacyOptionChoices {
  readonly includePersonal: boolean;
  readonly anonymous: boolean;
}

export function PrivacyOptions({
  choices,
  onChange,
  idPrefix,
  autoFocus = false,
}: {
  choices: PrivacyOptionChoices;
  onChange: (next: Partial<PrivacyOptionChoices>) => void;
  /** A useId() of the dialog, for the hints' ids. */
  idPrefix: string;
  autoFocus?: boolean;
}) {
  const { t } = useLang();
  return (
    <fieldset className="export-options">
      <legend>{t('exportApp.options')}</legend>
      <label className="export-choice">
        <input
          type="checkbox"
          checked={choices.includePersonal}
          onChange={(e) => onChange({ includePersonal: e.target.checked })}
          aria-describedby={`${idPrefix}-personal`}
          autoFocus={autoFocus}
        />
        <span>{t('exportApp.includePersonal')}</span>
      </label>
      <p id={`${idPrefix}-personal`} className="export-hint muted">
        {t('exportApp.includePersonal.hint')}
      </p>
      <label className="export-choice">
        <input
          type="checkbox"
          checked={choices.anonymous}
          onChange={(e) => onChange({ anonymous: e.target.checked })}
          aria-describedby={`${idPrefix}-anonymous`}
        />
        <span>{t('exportApp.anonymous')}</span>
      </label>
      <p id={`${idPrefix}-anonymous`} className="export-hint muted">
        {t('exportApp.anonymous.hint')}
      </p>
    </fieldset>
  );
}
