import { useId, useMemo, useState } from 'react';
import { importSummary, type ImportPlan } from '../../shared/contactsImport';
import type { MessageKey } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { visibleRows, type PreviewRow, type RowFilter } from './importFlow';

function statusKey(row: PreviewRow): MessageKey {
  if (row.status === 'add') return row.warned ? 'csvImportApp.status.addWarned' : 'csvImportApp.status.add';
  return `csvImportApp.status.${row.status}`;
}

/**
 * Step 3: the summary and what happens to each row, with its problems worded. At most
 * PREVIEW_LIMIT rows are drawn (with how many more there are), so a file of thousands of
 * contacts stays quick; "Rows with problems" brings the ones to look at to the top.
 */
export function PreviewStep({ plan, rows }: { plan: ImportPlan; rows: readonly PreviewRow[] }) {
  const { t, lang } = useLang();
  const ids = useId();
  const hasProblems = rows.some((row) => row.messages.length > 0);
  const [filter, setFilter] = useState<RowFilter>('all');
  const { shown, more } = useMemo(() => visibleRows(rows, filter), [rows, filter]);

  return (
    <div className="ci-preview">
      <p className="ci-summary" role="status">
        {importSummary(plan, lang)}
      </p>
      {plan.people.length === 0 && (
        <p className="ci-error" role="alert">
          {t('csvImportApp.preview.nothing')}
        </p>
      )}
      <div className="ci-source">
        <label className="ci-inline">
          <span>{t('csvImportApp.preview.show')}</span>
          <select
            value={filter}
            disabled={!hasProblems}
            onChange={(event) => setFilter(event.target.value as RowFilter)}
          >
            <option value="all">{t('csvImportApp.preview.showAll')}</option>
            <option value="problems">{t('csvImportApp.preview.showProblems')}</option>
          </select>
        </label>
        <span className="muted" id={`${ids}-duplicates`}>
          {t('csvImportApp.preview.duplicates')}
        </span>
      </div>
      <div className="ci-scroll">
        <table className="ci-table ci-table--preview" aria-describedby={`${ids}-duplicates`}>
          <caption className="visually-hidden">{t('csvImportApp.preview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="ci-rownum">
                {t('csvImportApp.preview.row')}
              </th>
              <th scope="col">{t('csvImportApp.preview.name')}</th>
              <th scope="col">{t('csvImportApp.preview.status')}</th>
              <th scope="col">{t('csvImportApp.preview.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.row} className={`ci-row is-${row.status}${row.warned ? ' is-warned' : ''}`}>
                <td className="ci-rownum">{row.row}</td>
                <th scope="row" className="ci-name">
                  {row.name}
                </th>
                <td className="ci-status">
                  <span className="ci-badge">{t(statusKey(row))}</span>
                </td>
                <td className="ci-messages">
                  {row.messages.length > 0 && (
                    <ul>
                      {row.messages.map((message, index) => (
                        <li key={index}>{message}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {filter === 'problems' && shown.length === 0 && <p className="muted">{t('csvImportApp.preview.noProblems')}</p>}
        {more > 0 && <p className="muted ci-more">{t('csvImportApp.preview.more', { count: more })}</p>}
      </div>
    </div>
  );
}
