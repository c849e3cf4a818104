import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import { guessMapping, type ColumnMapping } from '../../shared/contactsImport';
import { loadEveryCatalogue } from '../../shared/i18n';
import { newId } from '../editor/ids';
import { useLang } from '../i18n/LangContext';
import { FileStep } from './FileStep';
import { mappingProblems, planFor, previewRows } from './importFlow';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { withDelimiter, withEncoding, type CsvSource } from './source';
import './csvImport.css';

type Step = 'file' | 'mapping' | 'preview';
const STEPS: readonly Step[] = ['file', 'mapping', 'preview'];

/**
 * Importing contacts from a CRM's CSV export in three steps: the file, the columns, the
 * preview. A modal <dialog>: focus stays inside and Escape cancels. Nothing changes the
 * deal until "Add to the map", which hands the file and the mapping to `onImport`.
 */
export function CsvImportDialog({
  doc,
  onImport,
  onClose,
}: {
  /** The deal as it is now, for the duplicates and the new cards' positions in the preview. */
  doc: PowermapDocument;
  onImport: (source: CsvSource, mapping: ColumnMapping) => void;
  onClose: () => void;
}) {
  const { t, lang } = useLang();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>('file');
  const [source, setSource] = useState<CsvSource | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  // A new step replaces most of the dialog: move focus to its heading so it is read out.
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const problems = useMemo(() => mappingProblems(mapping), [mapping]);
  // Planned lazily, once per file, mapping, deal and language: 5,000 rows take tens of
  // milliseconds, which the mapping step should not pay on every change of a select.
  const preview = useMemo(() => {
    let cached: { plan: ReturnType<typeof planFor>; rows: ReturnType<typeof previewRows> } | null = null;
    return () => {
      if (!source) return null;
      if (!cached) {
        const plan = planFor(doc, source, mapping, lang, newId);
        cached = { plan, rows: previewRows(plan, lang) };
      }
      return cached;
    };
  }, [doc, source, mapping, lang]);
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
      <div className="ci-dialog__buttons">
        <button type="button" onClick={close}>
          {t('csvImportApp.cancel')}
        </button>
        {index > 0 && (
          <button type="button" onClick={() => setStep(STEPS[index - 1]!)}>
            {t('csvImportApp.back')}
          </button>
        )}
        {step === 'mapping' && (
          <button type="button" className="primary" disabled={problems.length > 0} onClick={() => setStep('preview')}>
            {t('csvImportApp.next')}
          </button>
        )}
        {step === 'preview' && planned && source && (
          <button
            type="button"
            className="primary"
            disabled={planned.plan.people.length === 0}
            onClick={() => {
              onImport(source, mapping);
              close();
            }}
          >
            {t('csvImportApp.import', { count: planned.plan.people.length })}
          </button>
        )}
      </div>
    </dialog>
  );
}
