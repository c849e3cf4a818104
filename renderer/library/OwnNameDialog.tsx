import { useId, useRef, useState, type FormEvent } from 'react';
import { useLang } from '../i18n/LangContext';
import { useModalDialog } from '../ui/useModalDialog';
import '../ui/firstRun.css';

/**
 * Asks the user's own name once, at their first new deal, so our team starts with them.
 * Skipping (the button or Escape) starts the deal with nobody on our team.
 */
export function OwnNameDialog({ onDone }: { onDone: (name: string) => void }) {
  const { t } = useLang();
  const dialog = useModalDialog();
  const [name, setName] = useState('');
  const answer = useRef('');
  const ids = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.current = name.trim();
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      className="fr-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-body`}
      onClose={() => onDone(answer.current)}
    >
      <form onSubmit={submit}>
        <h2 id={`${ids}-title`} className="fr-dialog__title">
          {t('firstRun.name.title')}
        </h2>
        <p id={`${ids}-body`} className="muted">
          {t('firstRun.name.body')}
        </p>
        <label className="fr-dialog__field">
          <span>{t('firstRun.name.label')}</span>
          <input type="text" value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} autoFocus />
        </label>
        <div className="fr-dialog__buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('firstRun.name.skip')}
          </button>
          <button type="submit" className="primary">
            {t('firstRun.name.start')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
