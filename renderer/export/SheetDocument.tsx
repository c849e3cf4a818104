import type { ReviewSheet } from '../../shared/export/sheet';
import { SheetMap } from './SheetMap';
import { SheetPosition } from './SheetPosition';
import { SheetTable } from './SheetTable';

type Gap = ReviewSheet['gaps']['groups'][number]['gaps'][number];

/** The sheet's header: its kind, the deal's name and its facts. */
export function SheetHeader({ sheet }: { sheet: ReviewSheet }) {
  return (
    <header className="sheet-header">
      <p className="sheet-kind">{sheet.kind}</p>
      <h1>{sheet.heading}</h1>
      <dl className="sheet-facts">
        {sheet.facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

/** The map beside the likelihood, term by term. */
export function SheetTop({
  sheet,
  idPrefix,
  mapAlt,
  onMapReady,
}: {
  sheet: ReviewSheet;
  idPrefix: string;
  mapAlt: string;
  onMapReady: () => void;
}) {
  const { likelihood } = sheet;
  return (
    <div className="sheet-top">
      <section className="sheet-section sheet-map-section" aria-labelledby={`${idPrefix}-map`}>
        <h2 id={`${idPrefix}-map`}>{sheet.sections.map}</h2>
        <SheetMap
          svg={sheet.map.svg}
          width={sheet.map.width}
          height={sheet.map.height}
          alt={mapAlt}
          onReady={onMapReady}
        />
      </section>
      <section className="sheet-section sheet-likelihood" aria-labelledby={`${idPrefix}-likelihood`}>
        <h2 id={`${idPrefix}-likelihood`}>{sheet.sections.likelihood}</h2>
        <p className="sheet-figure">
          <strong>{likelihood.figure}</strong> <span>{likelihood.label}</span>
        </p>
        <table className="sheet-terms">
          <tbody>
            <tr>
              <th scope="row">{likelihood.base.label}</th>
              <td>{likelihood.base.shown}</td>
            </tr>
            {likelihood.terms.map((term) => (
              <tr key={term.key} className={term.points < 0 ? 'minus' : 'plus'}>
                <th scope="row">{term.label}</th>
                <td>{term.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {likelihood.zeroNote && <p className="sheet-note">{likelihood.zeroNote}</p>}
        <p className="sheet-note">{likelihood.note}</p>
      </section>
    </div>
  );
}

/** One gap: what is wrong, what to do, and whom it names. */
export function SheetGapText({ gap }: { gap: Gap }) {
  return (
    <>
      <p className="sheet-gap-message">{gap.message}</p>
      <p className="sheet-gap-action">{gap.action}</p>
      {gap.people && <p className="sheet-note">{gap.people}</p>}
    </>
  );
}

/** The sheet itself, in its reading order (shared/export/sheet.ts). */
export function SheetDocument({
  sheet,
  mapAlt,
  onMapReady,
  idPrefix = 'sheet',
}: {
  sheet: ReviewSheet;
  mapAlt: string;
  onMapReady: () => void;
  /** Makes the headings' ids unique when many sheets share a page (the review pack). */
  idPrefix?: string;
}) {
  const labelled = (section: string) => ({ 'aria-labelledby': `${idPrefix}-${section}` });
  return (
    <article className="sheet" lang={sheet.lang}>
      <SheetHeader sheet={sheet} />
      <SheetTop sheet={sheet} idPrefix={idPrefix} mapAlt={mapAlt} onMapReady={onMapReady} />

      <section className="sheet-section sheet-gaps" {...labelled('gaps')}>
        <h2 id={`${idPrefix}-gaps`}>{sheet.sections.gaps}</h2>
        {sheet.gaps.none && <p>{sheet.gaps.none}</p>}
        {sheet.gaps.groups.map((group) => (
          <div key={group.severity} className={`sheet-gap-group severity-${group.severity}`}>
            <h3>{group.heading}</h3>
            <ul>
              {group.gaps.map((gap, index) => (
                <li key={`${gap.code}-${index}`}>
                  <SheetGapText gap={gap} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {sheet.position && (
        <SheetPosition heading={sheet.sections.position} position={sheet.position} idPrefix={idPrefix} />
      )}

      <section className="sheet-section sheet-stakeholders" {...labelled('stakeholders')}>
        <h2 id={`${idPrefix}-stakeholders`}>{sheet.sections.stakeholders}</h2>
        {sheet.table.rows.length === 0 ? <p>{sheet.table.empty}</p> : <SheetTable table={sheet.table} />}
      </section>
      <footer className="sheet-footer">{sheet.footer.note}</footer>
    </article>
  );
}
