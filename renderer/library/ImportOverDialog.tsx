import { useId, useRef } from 'react';
import { useLang } from '../i18n/LangContext';
import type { ImportChoice } from './importDecision';
import { useModalDialog } from '../ui/useModalDialog';
import './importOver.css';

/**
 * Asks what to do with a file whose deal is already in the library: replace that deal's
 * map (kept as a snapshot first), import it as a new deal, or cancel. Escape and closing
 * the dialog cancel. Each answer button says in its name what it will do.
 */
export function ImportOverDialog({
  deal,
  file,
  onChoose,
}: {
  /** The name of the deal in the library. */
  deal: string;
  /** The file's name, as the user picked it. */
  file: string;
  onChoose: (choice: ImportChoice) => void;
}) {
  const { t } = useLang();
  const dialog = useModalDialog();
  const chosen = useRef<ImportChoice>('cancel');
  const ids = useId();

  const choose = (choice: ImportChoice) => {
    chosen.current = choice;
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      className="import-over"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-body`}
      onClose={() => onChoose(chosen.current)}
    >
      <h2 id={`${ids}-title`} className="import-over__title">
        {t('importOver.title', { deal })}
      </h2>
      <p id={`${ids}-body`}>{t('importOver.body', { file })}</p>
      <div className="import-over__choices">
        <button type="button" className="primary import-over__choice" onClick={() => choose('replace')} autoFocus>
          <span className="import-over__label">{t('importOver.replace', { deal })}</span>
          <span className="import-over__hint">{t('importOver.replaceHint')}</span>
        </button>
        <button type="button" className="import-over__choice" onClick={() => choose('new')}>
          <span className="import-over__label">{t('importOver.new')}</span>
          <span className="import-over__hint">{t('importOver.newHint')}</span>
        </button>
      </div>
      <div className="import-over__buttons">
        <button type="button" onClick={() => choose('cancel')}>
          {t('importOver.cancel')}
        </button>
      </div>
    </dialog>
  );
}
