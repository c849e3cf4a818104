/**
 * The fields of the Close deal… dialog (CloseDealDialog.tsx). `ids` is the dialog's own id
 * (useId), which the fields' ids and names begin with.
 */
import { useLang } from '../i18n/LangContext';
import {
  CLOSE_REASONS,
  OUTCOME_RESULTS,
  outcomeWord,
  reasonWord,
  type CloseReason,
  type OutcomeResult,
} from './closeVocabulary';

/** The outcome: won (first, and focused as the dialog opens), lost, no decision, withdrawn. */
export function OutcomeChoice({
  ids,
  result,
  onChange,
}: {
  ids: string;
  result: OutcomeResult;
  onChange: (result: OutcomeResult) => void;
}) {
  const { t } = useLang();
  return (
    <fieldset className="close-dialog__results">
      <legend>{t('close.outcome')}</legend>
      {OUTCOME_RESULTS.map((r) => (
        <label key={r} className={`close-dialog__result${r === result ? ' is-chosen' : ''}`}>
          <input
            type="radio"
            name={`${ids}-result`}
            value={r}
            checked={r === result}
            onChange={() => onChange(r)}
            autoFocus={r === 'won'}
          />
          <span className="close-dialog__word">{outcomeWord(t, r)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The date the deal closed, and what is wrong with it once the form was sent with a bad one. */
export function CloseDateField({
  ids,
  date,
  error,
  onChange,
}: {
  ids: string;
  date: string;
  error: boolean;
  onChange: (date: string) => void;
}) {
  const { t } = useLang();
  return (
    <>
      <label className="close-dialog__field">
        <span>{t('close.date')}</span>
        <input
          type="date"
          value={date}
          required
          aria-invalid={error}
          aria-describedby={error ? `${ids}-date-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {error && (
        <p id={`${ids}-date-error`} className="close-dialog__error" role="alert">
          {t('close.badDate')}
        </p>
      )}
    </>
  );
}

/** Why: a reason from the short list, and the user's own words. */
export function CloseReasonFields({
  reason,
  note,
  onReason,
  onNote,
}: {
  reason: CloseReason | '';
  note: string;
  onReason: (reason: CloseReason | '') => void;
  onNote: (note: string) => void;
}) {
  const { t } = useLang();
  return (
    <>
      <label className="close-dialog__field">
        <span>{t('close.reason')}</span>
        <select value={reason} onChange={(e) => onReason(e.target.value as CloseReason | '')}>
          <option value="">—</option>
          {CLOSE_REASONS.map((code) => (
            <option key={code} value={code}>
              {reasonWord(t, code)}
            </option>
          ))}
        </select>
      </label>
      <label className="close-dialog__field">
        <span>{t('close.reasonText')}</span>
        <textarea value={note} rows={2} maxLength={2000} onChange={(e) => onNote(e.target.value)} />
      </label>
    </>
  );
}

/** For a loss, the competitor who won: one of the deal's competitors, or typed. */
export function WinnerField({
  ids,
  competitors,
  competitor,
  onChange,
}: {
  ids: string;
  competitors: readonly string[];
  competitor: string;
  onChange: (competitor: string) => void;
}) {
  const { t } = useLang();
  return (
    <label className="close-dialog__field">
      <span>{t('close.competitor')}</span>
      <input
        type="text"
        list={`${ids}-competitors`}
        value={competitor}
        placeholder={t('close.competitorNone')}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={`${ids}-competitors`}>
        {competitors.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </label>
  );
}
