import { useState } from 'react';
import { useLang } from '../i18n/LangContext';
import { useModalDialog } from '../ui/useModalDialog';

/**
 * The confirmation before the team's model changes: what changes, on how many deals, and
 * (for an adoption) who adopts it. Nothing is written until the user confirms.
 */
export function ConfirmModelDialog({
  title,
  body,
  changes,
  confirmLabel,
  askName,
  initialName,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  changes: readonly string[];
  confirmLabel: string;
  /** Asks who adopts (recorded in the setting); off when returning to the standard model. */
  askName: boolean;
  initialName: string;
  onConfirm: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useLang();
  const ref = useModalDialog();
  const [name, setName] = useState(initialName);
  const ready = !askName || name.trim() !== '';
  return (
    <dialog ref={ref} className="rv-dialog" aria-labelledby="rv-dialog-title" onClose={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onConfirm(name.trim());
        }}
      >
        <h2 id="rv-dialog-title">{title}</h2>
        <p>{body}</p>
        {changes.length > 0 && (
          <ul className="rv-changes">
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {askName && (
          <p className="rv-field">
            <label htmlFor="rv-adopted-by">{t('review.confirm.name')}</label>
            <input id="rv-adopted-by" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </p>
        )}
        <div className="rv-dialog-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            {t('review.confirm.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!ready} autoFocus={!askName}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
