import type { CsvDelimiter, CsvEncoding } from '../../shared/csv';
import { useLang } from '../i18n/LangContext';
import { DELIMITERS, ENCODING_CHOICES, choiceOf, type CsvSource, type EncodingChoice } from './source';

const DELIMITER_KEYS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

interface SourceSettingsProps {
  readonly source: CsvSource;
  /** The id of the hint on the encoding, which the encoding's choice points to. */
  readonly encodingHintId: string;
  readonly onEncoding: (encoding: EncodingChoice) => void;
  readonly onDelimiter: (delimiter: CsvDelimiter) => void;
}

/** The file and its rows, and what it was read as: the encoding (the detected one named) and the separator. */
export function SourceSettings({ source, encodingHintId, onEncoding, onDelimiter }: SourceSettingsProps) {
  const { t } = useLang();
  const encodingLabel = (encoding: CsvEncoding) => t(`csvImportApp.encoding.${encoding}`);
  const detected = choiceOf(source.detected);
  return (
    <div className="ci-source">
      <span className="ci-source__file">
        {t('csvImportApp.source.rows', { file: source.fileName, rows: source.rows.length })}
      </span>
      <label className="ci-inline">
        <span>{t('csvImportApp.encoding')}</span>
        <select
          value={source.encoding}
          aria-describedby={encodingHintId}
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
  );
}
