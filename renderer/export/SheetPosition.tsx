import type { SheetPosition as Position } from '../../shared/export/sheet';
import './sheetPosition.css';

/**
 * The sheet's position against the best supplier: paired bars, the figures written beside them.
 * `idPrefix` is the sheet's, so the heading's id stays unique when many sheets share a page.
 */
export function SheetPosition({
  heading,
  position,
  idPrefix,
}: {
  heading: string;
  position: Position;
  idPrefix: string;
}) {
  const width = (score: number | null) => `${((score ?? 0) / position.max) * 100}%`;
  return (
    <section className="sheet-section sheet-position" aria-labelledby={`${idPrefix}-position`}>
      <h2 id={`${idPrefix}-position`}>{heading}</h2>
      {position.bestSupplier && <p className="sheet-note">{position.bestSupplier}</p>}
      <p className="sheet-note">{position.note}</p>
      <p className="sheet-note sheet-position-legend">
        <span className="sheet-position-key sheet-position-key--ours" /> {position.legendOurs}
        <span className="sheet-position-key sheet-position-key--best" /> {position.legendBest}
      </p>
      <table className="sheet-position-chart">
        <tbody>
          {position.rows.map((row) => (
            <tr key={row.key} className={`${row.weighing ? 'is-weighing' : ''} ${row.behind ? 'is-behind' : ''}`}>
              <th scope="row">{row.label}</th>
              <td>
                <span className="sheet-position-bar">
                  <span className="sheet-position-fill sheet-position-fill--ours" style={{ width: width(row.ours) }} />
                  <span className="sheet-position-value">{row.oursShown}</span>
                </span>
                <span className="sheet-position-bar">
                  <span className="sheet-position-fill sheet-position-fill--best" style={{ width: width(row.best) }} />
                  <span className="sheet-position-value">{row.bestShown}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
