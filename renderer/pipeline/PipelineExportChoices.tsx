import type { FormEvent } from 'react';
import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import type { PrivacyChoices } from '../export/exportFormats';
import { PrivacyOptions } from '../export/PrivacyOptions';
import { pipelineExportFileName, type PipelineExportKind } from './exportModel';

/**
 * The export dialog's first step: how many deals the export takes, what the file holds, the
 * privacy choices and the file's name, with Cancel and Export (off when no deal is selected).
 */
export function PipelineExportChoices({
  kind,
  count,
  today,
  ids,
  choices,
  onChange,
  onSubmit,
  onCancel,
}: {
  kind: PipelineExportKind;
  count: number;
  today: string;
  /** The dialog's id prefix: the dialog is described by this step's `${ids}-what`. */
  ids: string;
  choices: PrivacyChoices;
  onChange: (next: Partial<PrivacyChoices>) => void;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLang();
  return (
    <form onSubmit={onSubmit}>
      <div id={`${ids}-what`}>
        <p>{translatePlural(lang, 'pipelineExportApp.dialog.deals', count)}</p>
        <p className="muted">
          {t(kind === 'pack' ? 'pipelineExportApp.dialog.packHint' : 'pipelineExportApp.dialog.csvHint')}
        </p>
      </div>
      <PrivacyOptions choices={choices} onChange={onChange} idPrefix={ids} autoFocus />
      <p className="export-file-name muted">
        {t('exportApp.fileName', { name: pipelineExportFileName(kind, lang, today) })}
      </p>
      <div className="ph-dialog__buttons">
        <button type="button" onClick={onCancel}>
          {t('exportApp.cancel')}
        </button>
        <button type="submit" className="primary" disabled={count === 0}>
          {t('exportApp.export')}
        </button>
      </div>
    </form>
  );
}
