import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLang } from '../i18n/LangContext';
import { useModalDialog } from '../ui/useModalDialog';
import './history.css';

/** Asks for the label of a new snapshot; the default label is chosen, ready to be typed over. */
export function SnapshotDialog({
  defaultLabel,
  onTake,
  onClose,
}: {
  defaultLabel: string;
  onTake: (label: string) => void;
  onClose: () => void;
}) {
  const { t } = useLang();
  const dialog = useModalDialog();
  const input = useRef<HTMLInputElement>(null);
  const [label, setLabel] = useState(defaultLabel);
  const ids = useId();
  useEffect(() => {
    input.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onTake(label.trim() === '' ? defaultLabel : label);
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      className="ph-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-hint`}
      onClose={onClose}
    >
      <form onSubmit={submit}>
        <h2 id={`${ids}-title`} className="ph-dialog__title">
          {t('historyApp.dialog.title')}
        </h2>
        <label className="ph-dialog__field">
          <span>{t('historyApp.dialog.label')}</span>
          <input ref={input} type="text" value={label} onChange={(e) => setLabel(e.target.value)} autoFocus />
        </label>
        <p id={`${ids}-hint`} className="muted">
          {t('historyApp.dialog.hint')}
        </p>
        <div className="ph-dialog__buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('historyApp.dialog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('historyApp.dialog.take')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
