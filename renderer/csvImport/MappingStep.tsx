import { useId, useMemo } from 'react';
import { type CsvDelimiter, type CsvEncoding } from '../../shared/csv';
import { IMPORT_FIELDS, type ColumnMapping, type StakeholderColumn } from '../../shared/contactsImport';
import { useLang } from '../i18n/LangContext';
import { columnName, columnSamples, describeMappingProblem, setField, type MappingProblem } from './importFlow';
import { DELIMITERS, ENCODING_CHOICES, choiceOf, type CsvSource, type EncodingChoice } from './source';

const DELIMITER_KEYS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

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
  const detected = choiceOf(source.detected);
  const invalid = new Set(problems.flatMap((problem) => (problem.kind === 'sameField' ? problem.columns : [])));
  const samples = useMemo(() => source.headers.map((_, column) => columnSamples(source.rows, column)), [source]);

  return (
    <div className="ci-mapping">
      <div className="ci-source">
        <span className="ci-source__file">
          {t('csvImportApp.source.rows', { file: source.fileName, rows: source.rows.length })}
        </span>
        <label className="ci-inline">
          <span>{t('csvImportApp.encoding')}</span>
          <select
            value={source.encoding}
            aria-describedby={`${ids}-encoding`}
            onChange={(event) => onEncoding(event.target.value as EncodingChoice)}
          >
            {ENCODING_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === detected
                  ? t('csvImportApp.encoding.detected', { encoding: encodingLabel(source.detected) })
                  : encodingLabel(choice)}
              </option>
            ))}
          </select>
        </label>
        <label className="ci-inline">
          <span>{t('csvImportApp.delimiter')}</span>
          <select value={source.delimiter} onChange={(event) => onDelimiter(event.target.value as CsvDelimiter)}>
            {DELIMITERS.map((delimiter) => (
              <option key={delimiter} value={delimiter}>
                {t(`csvImportApp.delimiter.${DELIMITER_KEYS[delimiter]}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
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
            {source.headers.map((_, column) => {
              const name = columnName(source.headers, column, t);
              const field = mapping[column] ?? null;
              return (
                <tr key={column} className={field === null ? 'is-ignored' : undefined}>
                  <th scope="row" className="ci-header">
                    {name}
                  </th>
                  <td className="ci-samples">
                    {samples[column]!.length === 0 ? (
                      <span className="muted">{t('csvImportApp.mapping.noSamples')}</span>
                    ) : (
                      samples[column]!.map((sample, index) => (
                        <span key={index} className="ci-sample" title={sample}>
                          {sample}
                        </span>
                      ))
                    )}
                  </td>
                  <td>
                    <select
                      aria-label={t('csvImportApp.mapping.fieldFor', { column: name })}
                      aria-invalid={invalid.has(column) || undefined}
                      value={field ?? ''}
                      onChange={(event) =>
                        onMapping(
                          setField(
                            mapping,
                            column,
                            event.target.value === '' ? null : (event.target.value as StakeholderColumn),
                          ),
                        )
                      }
                    >
                      <option value="">{t('csvImportApp.mapping.ignore')}</option>
                      {IMPORT_FIELDS.map((option) => (
                        <option key={option} value={option}>
                          {t(`export.column.${option}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
