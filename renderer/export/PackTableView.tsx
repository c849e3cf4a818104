import type { PackTable } from '../../shared/export/reviewPack';

/**
 * Rows [from, to) of one of the pack's plain tables (the pipeline, the totals), under its
 * header. Each cell holds at most two lines (packPrint.css), so a row's height is known to
 * the pagination (packPages.ts).
 */
export function PackTableView({
  table,
  from = 0,
  to = table.rows.length,
}: {
  table: PackTable;
  from?: number;
  to?: number;
}) {
  return (
    <table className="sheet-table pack-table">
      <thead>
        <tr>
          {table.header.map((header, index) => (
            <th key={index} scope="col">
              <div className="pack-cell">{header}</div>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.slice(from, to).map((row, rowIndex) => (
          <tr key={from + rowIndex}>
            {row.map((cell, index) => (
              <td key={index}>
                <div className="pack-cell">{cell}</div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
