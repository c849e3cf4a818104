import { useEffect, useRef, useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import type { FetchProgress } from '../team/fetchSharedDeals';
import type { ReadDocuments } from './runPipelineExport';
import type { DocumentsOptions } from './source';

/** Where the export dialog is: the choices, reading the deals, or naming the deals it could not have. */
export type ExportStep =
  | { readonly step: 'choose' }
  | { readonly step: 'reading'; readonly progress: FetchProgress | null }
  | { readonly step: 'missing'; readonly messages: readonly string[]; readonly documents: readonly PowermapDocument[] };

/**
 * Reading the deals an export takes (`read`: the team's deals never opened here are fetched
 * first, with their progress), once the user presses Export. `stop` ends a reading under way,
 * and so does leaving the screen; a stopped reading says nothing more.
 */
export function useExportReading(read: (options: DocumentsOptions) => Promise<ReadDocuments>): {
  step: ExportStep;
  start: (then: {
    onRead: (documents: readonly PowermapDocument[]) => void;
    onFailed: (message: string) => void;
  }) => void;
  stop: () => void;
} {
  const [step, setStep] = useState<ExportStep>({ step: 'choose' });
  const reading = useRef<AbortController | null>(null);
  // Leaving the screen stops fetching.
  useEffect(() => () => reading.current?.abort(), []);

  const start = ({
    onRead,
    onFailed,
  }: {
    onRead: (documents: readonly PowermapDocument[]) => void;
    onFailed: (message: string) => void;
  }) => {
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
        onRead(result.documents);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        onFailed(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };
  return { step, start, stop: () => reading.current?.abort() };
}
