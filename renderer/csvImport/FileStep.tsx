import { useId, useState } from 'react';
import { useLang } from '../i18n/LangContext';
import { isTooLarge, MAX_CSV_BYTES, megabytes, readCsvSource, sourceProblem, type CsvSource } from './source';

/**
 * Step 1: the file picker. A plain file input works the same in a browser and in the
 * desktop shell's sandboxed renderer, and being inside the dialog the user's click always
 * opens it (a picker opened from a native menu item could be blocked for lack of a click).
 */
export function FileStep({ onRead }: { onRead: (source: CsvSource) => void }) {
  const { t } = useLang();
  const ids = useId();
  const [error, setError] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (isTooLarge(file.size)) {
      setError(
        t('csvImportApp.file.tooLarge', {
          file: file.name,
          size: megabytes(file.size),
          limit: megabytes(MAX_CSV_BYTES),
        }),
      );
      return;
    }
    let source: CsvSource;
    try {
      source = readCsvSource(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch {
      setError(t('csvImportApp.file.unreadable', { file: file.name }));
      return;
    }
    const problem = sourceProblem(source);
    if (problem)
      setError(t(problem === 'empty' ? 'csvImportApp.file.empty' : 'csvImportApp.file.noRows', { file: file.name }));
    else onRead(source);
  };

  return (
    <div className="ci-file">
      <p>{t('csvImportApp.file.intro')}</p>
      <label className="ci-field" htmlFor={`${ids}-file`}>
        {t('csvImportApp.file.choose')}
      </label>
      <input
        id={`${ids}-file`}
        className="ci-file__input"
        type="file"
        accept=".csv,.txt,text/csv"
        aria-describedby={`${ids}-limit${error ? ` ${ids}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        autoFocus
        onChange={(event) => {
          const input = event.currentTarget;
          void pick(input.files?.[0]).finally(() => {
            // Picking the same file again (after fixing it in the CRM) must fire change again.
            input.value = '';
          });
        }}
      />
      <p id={`${ids}-limit`} className="muted">
        {t('csvImportApp.file.limit', { limit: megabytes(MAX_CSV_BYTES) })}
      </p>
      {error && (
        <p id={`${ids}-error`} className="ci-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
