import { useId, useState, type FormEvent } from 'react';
import type { PowermapDocument } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { DEFAULT_PRIVACY, type PipelineExportKind } from './exportModel';
import type { PrivacyChoices } from '../export/exportFormats';
import { PipelineExportChoices } from './PipelineExportChoices';
import { MissingStep, ReadingStep } from './PipelineExportSteps';
import type { ReadDocuments } from './runPipelineExport';
import type { DocumentsOptions } from './source';
import { useExportReading } from './useExportReading';
import { useModalDialog } from '../ui/useModalDialog';
import '../export/export.css';

interface PipelineExportDialogProps {
  readonly kind: PipelineExportKind;
  /** How many deals the export takes. */
  readonly count: number;
  /** YYYY-MM-DD, the date in the file's name. */
  readonly today: string;
  /** Reads the selected deals' documents (runPipelineExport.ts `readPipelineDocuments`). */
  readonly read: (options: DocumentsOptions) => Promise<ReadDocuments>;
  /** Writes the export of these documents; the dialog is closed. */
  readonly onExport: (documents: readonly PowermapDocument[], choices: PrivacyChoices) => void;
  readonly onFailed: (message: string) => void;
  readonly onClose: () => void;
}

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
}: PipelineExportDialogProps) {
  const { t } = useLang();
  const dialog = useModalDialog();
  const ids = useId();
  const [choices, setChoices] = useState<PrivacyChoices>(DEFAULT_PRIVACY);
  const { step, start, stop } = useExportReading(read);
  const set = (next: Partial<PrivacyChoices>) => setChoices((current) => ({ ...current, ...next }));
  const close = () => dialog.current?.close();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    start({
      onRead: (documents) => {
        onExport(documents, choices);
        close();
      },
      onFailed: (message) => {
        onFailed(message);
        close();
      },
    });
  };

  const title = t(kind === 'pack' ? 'pipelineExportApp.dialog.pack' : 'pipelineExportApp.dialog.csv');
  return (
    <dialog
      ref={dialog}
      className="ph-dialog export-dialog pl-export-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-what`}
      onClose={() => {
        stop();
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
        <PipelineExportChoices
          kind={kind}
          count={count}
          today={today}
          ids={ids}
          choices={choices}
          onChange={set}
          onSubmit={submit}
          onCancel={close}
        />
      )}
    </dialog>
  );
}
