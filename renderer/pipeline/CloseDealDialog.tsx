import { useId, useState, type FormEvent } from 'react';
import type { Outcome } from '../../shared/pipeline';
import { useLang } from '../i18n/LangContext';
import { CloseDateField, CloseReasonFields, OutcomeChoice, WinnerField } from './CloseDealFields';
import { outcomeOf } from './closeForm';
import type { CloseReason, OutcomeResult } from './closeVocabulary';
import { useModalDialog } from '../ui/useModalDialog';
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
  const dialog = useModalDialog();
  const ids = useId();
  const [result, setResult] = useState<OutcomeResult>('won');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [note, setNote] = useState('');
  const [competitor, setCompetitor] = useState('');
  const [dateError, setDateError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const outcome = outcomeOf({ result, date, reason, note, competitor });
    if (outcome === null) {
      setDateError(true);
      return;
    }
    onClose(outcome);
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
        <OutcomeChoice ids={ids} result={result} onChange={setResult} />
        <CloseDateField
          ids={ids}
          date={date}
          error={dateError}
          onChange={(value) => {
            setDate(value);
            setDateError(false);
          }}
        />
        <CloseReasonFields reason={reason} note={note} onReason={setReason} onNote={setNote} />
        {result === 'lost' && (
          <WinnerField ids={ids} competitors={competitors} competitor={competitor} onChange={setCompetitor} />
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
