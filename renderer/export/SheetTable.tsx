/** A table of the sheet or the pack: a header of column names over rows of text. */
export interface TableText {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Rows [from, to) of one of the exports' tables (the sheet's stakeholders; in the pack, the
 * pipeline, the totals and each deal's stakeholders), under its header. `clamped`: each cell
 * holds at most two lines (packPrint.css), so a row's height is known to the pack's pagination
 * (packPages.ts).
 */
export function SheetTable({
  table,
  from = 0,
  to = table.rows.length,
  clamped = false,
}: {
  table: TableText;
  from?: number;
  to?: number;
  clamped?: boolean;
}) {
  const cell = (text: string) => (clamped ? <div className="pack-cell">{text}</div> : text);
  // A table's columns are fixed: a cell's place in its row is its identity.
  return (
    <table className={clamped ? 'sheet-table pack-table' : 'sheet-table'}>
      <thead>
        <tr>
          {table.header.map((header, index) => (
            <th key={index} scope="col">
              {cell(header)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.slice(from, to).map((row, rowIndex) => (
          <tr key={from + rowIndex}>
            {row.map((value, index) => (
              <td key={index}>{cell(value)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
