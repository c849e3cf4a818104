import type { PackTable } from '../../shared/export/reviewPack';

/** One of the pack's plain tables (the pipeline, the totals): its header repeats on every printed page. */
export function PackTableView({ table }: { table: PackTable }) {
  return (
    <table className="sheet-table pack-table">
      <thead>
        <tr>
          {table.header.map((header, index) => (
            <th key={index} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
