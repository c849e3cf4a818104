import { useId, useMemo, useRef, useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import { guessMapping, type ColumnMapping } from '../../shared/contactsImport';
import { loadEveryCatalogue } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { FileStep } from './FileStep';
import { ImportButtons } from './ImportButtons';
import { mappingProblems } from './importFlow';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { withDelimiter, withEncoding, type CsvSource } from './source';
import { useLazyPreview } from './useLazyPreview';
import { useStepFocus } from './useStepFocus';
import { useModalDialog } from '../ui/useModalDialog';
import './csvImport.css';

type Step = 'file' | 'mapping' | 'preview';
const STEPS: readonly Step[] = ['file', 'mapping', 'preview'];

interface CsvImportDialogProps {
  /** The deal as it is now, for the duplicates and the new cards' positions in the preview. */
  readonly doc: PowermapDocument;
  readonly onImport: (source: CsvSource, mapping: ColumnMapping) => void;
  readonly onClose: () => void;
}

/**
 * Importing contacts from a CRM's CSV export in three steps: the file, the columns, the
 * preview. A modal <dialog>: focus stays inside and Escape cancels. Nothing changes the
 * deal until "Add to the map", which hands the file and the mapping to `onImport`.
 */
export function CsvImportDialog({ doc, onImport, onClose }: CsvImportDialogProps) {
  const { t, lang } = useLang();
  const ids = useId();
  const dialog = useModalDialog();
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>('file');
  const [source, setSource] = useState<CsvSource | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);

  useStepFocus(stepHeading, step);

  const problems = useMemo(() => mappingProblems(mapping), [mapping]);
  const preview = useLazyPreview(doc, source, mapping, lang);
  const planned = step === 'preview' ? preview() : null;

  // A contacts file may be written in either language: its headers and values are read once
  // every catalogue is in (the app loads only the one it shows at start, shared/i18n/loaded.ts).
  const read = (next: CsvSource) => {
    const show = () => {
      setSource(next);
      setMapping(guessMapping(next.headers));
      setStep('mapping');
    };
    // Should the other language fail to load, the file is read in the one shown.
    void loadEveryCatalogue().then(show, show);
  };
  // Other text gives other headers: the columns are matched again.
  const reread = (next: CsvSource) => {
    if (next === source) return;
    setSource(next);
    setMapping(guessMapping(next.headers));
  };

  const close = () => dialog.current?.close();
  const index = STEPS.indexOf(step);

  return (
    <dialog ref={dialog} className="ci-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <h2 id={`${ids}-title`} className="ci-dialog__title">
        {t('csvImportApp.title')}
      </h2>
      <h3 ref={stepHeading} tabIndex={-1} className="ci-dialog__step">
        {t('csvImportApp.stepOf', { step: index + 1, name: t(`csvImportApp.step.${step}`) })}
      </h3>
      <div className="ci-dialog__body">
        {step === 'file' && <FileStep onRead={read} />}
        {step === 'mapping' && source && (
          <MappingStep
            source={source}
            mapping={mapping}
            problems={problems}
            problemsId={`${ids}-problems`}
            onMapping={setMapping}
            onEncoding={(encoding) => reread(withEncoding(source, encoding))}
            onDelimiter={(delimiter) => reread(withDelimiter(source, delimiter))}
          />
        )}
        {step === 'preview' && planned && <PreviewStep plan={planned.plan} rows={planned.rows} />}
      </div>
      <ImportButtons
        canGoBack={index > 0}
        onCancel={close}
        onBack={() => setStep(STEPS[index - 1]!)}
        next={step === 'mapping' ? { blocked: problems.length > 0, onNext: () => setStep('preview') } : null}
        add={
          step === 'preview' && planned && source
            ? {
                planned,
                onAdd: () => {
                  onImport(source, mapping);
                  close();
                },
              }
            : null
        }
      />
    </dialog>
  );
}
