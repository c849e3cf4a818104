import type { ColumnMapping, StakeholderColumn } from '../../shared/contactsImport';
import { IMPORT_FIELDS } from '../../shared/contactsImport';
import { useLang } from '../i18n/LangContext';
import { columnName, setField } from './importFlow';

interface MappingRowProps {
  readonly headers: readonly string[];
  readonly column: number;
  /** Up to two of the column's values, as text. */
  readonly samples: readonly string[];
  readonly mapping: ColumnMapping;
  /** Whether the column feeds a field another column feeds too. */
  readonly invalid: boolean;
  readonly onMapping: (mapping: ColumnMapping) => void;
}

/** One column of the file: its header, its samples and the field it feeds (or ignored). */
export function MappingRow({ headers, column, samples, mapping, invalid, onMapping }: MappingRowProps) {
  const { t } = useLang();
  const name = columnName(headers, column, t);
  const field = mapping[column] ?? null;
  return (
    <tr className={field === null ? 'is-ignored' : undefined}>
      <th scope="row" className="ci-header">
        {name}
      </th>
      <td className="ci-samples">
        {samples.length === 0 ? (
          <span className="muted">{t('csvImportApp.mapping.noSamples')}</span>
        ) : (
          samples.map((sample, index) => (
            <span key={index} className="ci-sample" title={sample}>
              {sample}
            </span>
          ))
        )}
      </td>
      <td>
        <select
          aria-label={t('csvImportApp.mapping.fieldFor', { column: name })}
          aria-invalid={invalid || undefined}
          value={field ?? ''}
          onChange={(event) =>
            onMapping(
              setField(mapping, column, event.target.value === '' ? null : (event.target.value as StakeholderColumn)),
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
}
