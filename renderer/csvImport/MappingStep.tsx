import { useId, useMemo } from 'react';
import type { CsvDelimiter, CsvEncoding } from '../../shared/csv';
import type { ColumnMapping } from '../../shared/contactsImport';
import { useLang } from '../i18n/LangContext';
import { columnSamples, describeMappingProblem, type MappingProblem } from './importFlow';
import { MappingRow } from './MappingRow';
import { SourceSettings } from './SourceSettings';
import type { CsvSource, EncodingChoice } from './source';

/**
 * Step 2: what the file was read as (encoding and separator, both changeable) and, for
 * each column, its header, two sample values and the field it feeds. Values from the file
 * are rendered as text nodes only.
 */
export function MappingStep({
  source,
  mapping,
  problems,
  problemsId,
  onMapping,
  onEncoding,
  onDelimiter,
}: {
  source: CsvSource;
  mapping: ColumnMapping;
  problems: readonly MappingProblem[];
  /** The id of the list of problems, which the disabled Preview button points to. */
  problemsId: string;
  onMapping: (mapping: ColumnMapping) => void;
  onEncoding: (encoding: EncodingChoice) => void;
  onDelimiter: (delimiter: CsvDelimiter) => void;
}) {
  const { t, lang } = useLang();
  const ids = useId();
  const encodingLabel = (encoding: CsvEncoding) => t(`csvImportApp.encoding.${encoding}`);
  const invalid = new Set(problems.flatMap((problem) => (problem.kind === 'sameField' ? problem.columns : [])));
  const samples = useMemo(() => source.headers.map((_, column) => columnSamples(source.rows, column)), [source]);

  return (
    <div className="ci-mapping">
      <SourceSettings
        source={source}
        encodingHintId={`${ids}-encoding`}
        onEncoding={onEncoding}
        onDelimiter={onDelimiter}
      />
      <p id={`${ids}-encoding`} className={source.lossy ? 'ci-warning' : 'muted'}>
        {source.lossy && `${t('csvImport.encoding.lossy', { encoding: encodingLabel(source.encoding) })} `}
        {t('csvImportApp.encoding.hint')}
      </p>
      <p className="muted">{t('csvImportApp.mapping.intro')}</p>
      {problems.length > 0 && (
        <ul id={problemsId} className="ci-problems" role="alert">
          {problems.map((problem, index) => (
            <li key={index}>{describeMappingProblem(problem, source.headers, t, lang)}</li>
          ))}
        </ul>
      )}
      <div className="ci-scroll">
        <table className="ci-table">
          <caption className="visually-hidden">{t('csvImportApp.mapping.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('csvImportApp.mapping.column')}</th>
              <th scope="col">{t('csvImportApp.mapping.samples')}</th>
              <th scope="col">{t('csvImportApp.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {source.headers.map((_, column) => (
              <MappingRow
                key={column}
                headers={source.headers}
                column={column}
                samples={samples[column]!}
                mapping={mapping}
                invalid={invalid.has(column)}
                onMapping={onMapping}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
