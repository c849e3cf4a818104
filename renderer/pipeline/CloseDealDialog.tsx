import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Outcome } from '../../shared/pipeline';
import { readDate } from '../../shared/values';
import { useLang } from '../i18n/LangContext';
import {
  CLOSE_REASONS,
  OUTCOME_RESULTS,
  outcomeWord,
  reasonWord,
  type CloseReason,
  type OutcomeResult,
} from './closeVocabulary';
import './closeDialog.css';

/**
 * Close deal…: the outcome (won, lost, no decision, withdrawn), the date, a reason from the
 * short list plus the user's words, and for a loss the competitor who won (one of the
 * deal's competitors, or typed). Escape or Cancel closes nothing.
 */
export function CloseDealDialog({
  dealName,
  competitors,
  today,
  onClose,
  onDone,
}: {
  dealName: string;
  /** The deal's competitors, offered for a loss. */
  competitors: readonly string[];
  /** YYYY-MM-DD, the date offered. */
  today: string;
  onClose: (outcome: Outcome) => void;
  onDone: () => void;
}) {
  const { t } = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [result, setResult] = useState<OutcomeResult>('won');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [note, setNote] = useState('');
  const [competitor, setCompetitor] = useState('');
  const [dateError, setDateError] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const closedOn = readDate(date);
    if (closedOn === null) {
      setDateError(true);
      return;
    }
    const named = competitor.trim();
    onClose({
      result,
      closedOn,
      reason: reason === '' ? null : reason,
      note: note.trim(),
      competitor: result === 'lost' && named !== '' ? named : null,
    });
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      className="close-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-body`}
      onClose={onDone}
    >
      <form onSubmit={submit}>
        <h2 id={`${ids}-title`} className="close-dialog__title">
          {t('close.title', { name: dealName })}
        </h2>
        <p id={`${ids}-body`} className="muted">
          {t('close.body')}
        </p>
        <fieldset className="close-dialog__results">
          <legend>{t('close.outcome')}</legend>
          {OUTCOME_RESULTS.map((r) => (
            <label key={r} className={`close-dialog__result${r === result ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name={`${ids}-result`}
                value={r}
                checked={r === result}
                onChange={() => setResult(r)}
                autoFocus={r === 'won'}
              />
              <span className="close-dialog__word">{outcomeWord(t, r)}</span>
            </label>
          ))}
        </fieldset>
        <label className="close-dialog__field">
          <span>{t('close.date')}</span>
          <input
            type="date"
            value={date}
            required
            aria-invalid={dateError}
            aria-describedby={dateError ? `${ids}-date-error` : undefined}
            onChange={(e) => {
              setDate(e.target.value);
              setDateError(false);
            }}
          />
        </label>
        {dateError && (
          <p id={`${ids}-date-error`} className="close-dialog__error" role="alert">
            {t('close.badDate')}
          </p>
        )}
        <label className="close-dialog__field">
          <span>{t('close.reason')}</span>
          <select value={reason} onChange={(e) => setReason(e.target.value as CloseReason | '')}>
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
          <textarea value={note} rows={2} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </label>
        {result === 'lost' && (
          <label className="close-dialog__field">
            <span>{t('close.competitor')}</span>
            <input
              type="text"
              list={`${ids}-competitors`}
              value={competitor}
              placeholder={t('close.competitorNone')}
              onChange={(e) => setCompetitor(e.target.value)}
            />
            <datalist id={`${ids}-competitors`}>
              {competitors.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </label>
        )}
        <div className="close-dialog__buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('close.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('close.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
