import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PowermapDocument } from '../../shared/document';
import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import type { FetchProgress } from '../team/fetchSharedDeals';
import { DEFAULT_PRIVACY, pipelineExportFileName, type PipelineExportKind } from './exportModel';
import type { PrivacyChoices } from '../export/exportFormats';
import { MissingStep, ReadingStep } from './PipelineExportSteps';
import type { ReadDocuments } from './runPipelineExport';
import type { DocumentsOptions } from './source';
import { PrivacyOptions } from '../export/PrivacyOptions';
import { useModalDialog } from '../ui/useModalDialog';
import '../export/export.css';

type Step =
  | { readonly step: 'choose' }
  | { readonly step: 'reading'; readonly progress: FetchProgress | null }
  | { readonly step: 'missing'; readonly messages: readonly string[]; readonly documents: readonly PowermapDocument[] };

/**
 * Export review pack… / Export pipeline CSV…: how many deals the current filter selects,
 * what the file holds, and the privacy choices (personal fields off by default; the
 * anonymous variant), each with its hint. Export reads the deals (`read`: the team's deals
 * never opened here are fetched first, their progress shown, Cancel stops it); when some
 * cannot be had, the dialog names them and why and exports the others only if the user says
 * so. A modal <dialog>: Escape or Cancel exports nothing.
 */
export function PipelineExportDialog({
  kind,
  count,
  today,
  read,
  onExport,
  onFailed,
  onClose,
}: {
  kind: PipelineExportKind;
  /** How many deals the export takes. */
  count: number;
  /** YYYY-MM-DD, the date in the file's name. */
  today: string;
  /** Reads the selected deals' documents (runPipelineExport.ts `readPipelineDocuments`). */
  read: (options: DocumentsOptions) => Promise<ReadDocuments>;
  /** Writes the export of these documents; the dialog is closed. */
  onExport: (documents: readonly PowermapDocument[], choices: PrivacyChoices) => void;
  onFailed: (message: string) => void;
  onClose: () => void;
}) {
  const { t, lang } = useLang();
  const dialog = useModalDialog();
  const ids = useId();
  const [choices, setChoices] = useState<PrivacyChoices>(DEFAULT_PRIVACY);
  const [step, setStep] = useState<Step>({ step: 'choose' });
  const reading = useRef<AbortController | null>(null);
  useEffect(() => {
    // Leaving the screen stops fetching.
    return () => reading.current?.abort();
  }, []);
  const set = (next: Partial<PrivacyChoices>) => setChoices((current) => ({ ...current, ...next }));
  const close = () => dialog.current?.close();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const controller = new AbortController();
    reading.current = controller;
    setStep({ step: 'reading', progress: null });
    const onProgress = (progress: FetchProgress) => {
      if (!controller.signal.aborted) setStep({ step: 'reading', progress });
    };
    read({ signal: controller.signal, onProgress }).then(
      (result) => {
        if (controller.signal.aborted || result.outcome === 'cancelled') return;
        if (result.outcome === 'missing') {
          setStep({ step: 'missing', messages: result.messages, documents: result.documents });
          return;
        }
        onExport(result.documents, choices);
        close();
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        onFailed(failure instanceof Error ? failure.message : String(failure));
        close();
      },
    );
  };

  const title = t(kind === 'pack' ? 'pipelineExportApp.dialog.pack' : 'pipelineExportApp.dialog.csv');
  return (
    <dialog
      ref={dialog}
      className="ph-dialog export-dialog pl-export-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-what`}
      onClose={() => {
        reading.current?.abort();
        onClose();
      }}
    >
      <h2 id={`${ids}-title`} className="ph-dialog__title">
        {title}
      </h2>
      {step.step === 'reading' ? (
        <ReadingStep progress={step.progress} onCancel={close} />
      ) : step.step === 'missing' ? (
        <MissingStep
          messages={step.messages}
          rest={step.documents.length}
          onCancel={close}
          onExportRest={() => {
            onExport(step.documents, choices);
            close();
          }}
        />
      ) : (
        <form onSubmit={submit}>
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
            <button type="button" onClick={close}>
              {t('exportApp.cancel')}
            </button>
            <button type="submit" className="primary" disabled={count === 0}>
              {t('exportApp.export')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
