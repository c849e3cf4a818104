import { useId, useState, type FormEvent } from 'react';
import { useLang } from '../i18n/LangContext';
import { EXPORT_FORMATS, exportFileName, FORMAT_LABEL, exportView, type ExportChoices } from './exportFormats';
import type { PowermapDocument } from '../../shared/document';
import { PrivacyOptions } from './PrivacyOptions';
import { useModalDialog } from '../ui/useModalDialog';
import './export.css';

/** The last choices of this window, so a second export starts where the first one ended. */
let remembered: ExportChoices | null = null;

/**
 * Asks what to export: the format and the two privacy options, each with a one-line hint.
 * A modal <dialog>: focus stays inside, Escape closes it, focus returns where it was.
 */
export function ExportDialog({
  doc,
  today,
  initial,
  onExport,
  onClose,
}: {
  doc: PowermapDocument;
  today: string;
  initial: ExportChoices;
  /** Runs the export; the dialog closes once it has started. */
  onExport: (choices: ExportChoices) => void;
  onClose: () => void;
}) {
  const { t, lang } = useLang();
  const dialog = useModalDialog();
  const [choices, setChoices] = useState<ExportChoices>(remembered ?? initial);
  const ids = useId();

  const set = (next: Partial<ExportChoices>) => setChoices((current) => ({ ...current, ...next }));
  // The name the file will get: from the prepared deal name, so an anonymous export's name is anonymous.
  const fileName = exportFileName(exportView(doc, choices, lang).doc.deal.name, choices.format, today);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    remembered = choices;
    onExport(choices);
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="ph-dialog export-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${ids}-title`} className="ph-dialog__title">
          {t('exportApp.dialog.title', { deal: doc.deal.name })}
        </h2>
        <fieldset className="export-formats">
          <legend>{t('exportApp.format')}</legend>
          {EXPORT_FORMATS.map((format) => (
            <label key={format} className="export-choice">
              <input
                type="radio"
                name={`${ids}-format`}
                value={format}
                checked={choices.format === format}
                onChange={() => set({ format })}
                autoFocus={choices.format === format}
              />
              <span>{t(FORMAT_LABEL[format])}</span>
            </label>
          ))}
        </fieldset>
        <PrivacyOptions choices={choices} onChange={set} idPrefix={ids} />
        {choices.format !== 'pdf' && (
          <p className="export-file-name muted" aria-live="polite">
            {t('exportApp.fileName', { name: fileName })}
          </p>
        )}
        <div className="ph-dialog__buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('exportApp.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('exportApp.export')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
