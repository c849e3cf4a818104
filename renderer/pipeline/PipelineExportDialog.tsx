import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { DEFAULT_PRIVACY, pipelineExportFileName, type PipelineExportKind, type PrivacyChoices } from './exportModel';
import { PrivacyOptions } from '../export/PrivacyOptions';
import '../export/export.css';

/**
 * Export review pack… / Export pipeline CSV…: how many deals the current filter selects,
 * what the file holds, and the privacy choices (personal fields off by default; the
 * anonymous variant), each with its hint. A modal <dialog>: Escape or Cancel exports nothing.
 */
export function PipelineExportDialog({
  kind,
  count,
  today,
  onExport,
  onClose,
}: {
  kind: PipelineExportKind;
  /** How many deals the export takes. */
  count: number;
  /** YYYY-MM-DD, the date in the file's name. */
  today: string;
  onExport: (choices: PrivacyChoices) => void;
  onClose: () => void;
}) {
  const { t, lang } = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [choices, setChoices] = useState<PrivacyChoices>(DEFAULT_PRIVACY);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const set = (next: Partial<PrivacyChoices>) => setChoices((current) => ({ ...current, ...next }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onExport(choices);
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      className="ph-dialog export-dialog pl-export-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-what`}
      onClose={onClose}
    >
      <form onSubmit={submit}>
        <h2 id={`${ids}-title`} className="ph-dialog__title">
          {t(kind === 'pack' ? 'pipelineExportApp.dialog.pack' : 'pipelineExportApp.dialog.csv')}
        </h2>
        <div id={`${ids}-what`}>
          <p>{translatePlural(lang, 'pipelineExportApp.dialog.deals', count)}</p>
          <p className="muted">
            {t(kind === 'pack' ? 'pipelineExportApp.dialog.packHint' : 'pipelineExportApp.dialog.csvHint')}
          </p>
        </div>
        <PrivacyOptions choices={choices} onChange={set} idPrefix={ids} autoFocus />
        <p className="export-file-name muted">
          {t('exportApp.fileName', { name: pipelineExportFileName(kind, lang, today) })}
        </p>
        <div className="ph-dialog__buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('exportApp.cancel')}
          </button>
          <button type="submit" className="primary" disabled={count === 0}>
            {t('exportApp.export')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
