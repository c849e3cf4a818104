import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExportView } from '../../shared/export/privacy';
import { reviewSheet, type ReviewSheet } from '../../shared/export/sheet';
import { useServices } from '../services/services';
import { EXPORT_TOAST } from '../ui/toasts';
import { useLang } from '../i18n/LangContext';
import { exportFileName } from './exportFormats';
import { pageCss } from './pageCss';
import { SheetMap } from './SheetMap';
import { SheetPosition } from './SheetPosition';
import './print.css';

/**
 * The print view of the deal-review sheet: the `reviewSheet` model drawn as HTML for an A4
 * landscape page, from the document in memory (its ExportView: privacy applied once, by
 * exportView). The browser prints it with window.print() ("Save as PDF" there); the desktop
 * shell prints it to a PDF file. The buttons are not printed.
 */
export function PrintView({
  view,
  savePdf = false,
  onBack,
}: {
  view: ExportView;
  /** Desktop: save the PDF once the sheet is drawn, then go back. */
  savePdf?: boolean;
  onBack: () => void;
}) {
  const { platform, toasts, today } = useServices();
  const { t } = useLang();
  const [mapReady, setMapReady] = useState(false);
  const asOf = today();
  const sheet = useMemo(() => reviewSheet(view, { asOf }), [view, asOf]);
  const fileName = exportFileName(sheet.heading, 'pdf', asOf);

  // The page title is what "Save as PDF" proposes as the file's name.
  useEffect(() => {
    const before = document.title;
    document.title = fileName.replace(/\.pdf$/, '');
    return () => {
      document.title = before;
    };
  }, [sheet, fileName]);

  const savePdfNow = async () => {
    if (!platform.printToPdf) return;
    try {
      const saved = await platform.printToPdf(fileName);
      if (saved) toasts.show(t('exportApp.done', { name: saved.path }), { kind: EXPORT_TOAST });
    } catch (error) {
      toasts.show(t('exportApp.failed', { message: error instanceof Error ? error.message : String(error) }), {
        tone: 'error',
        kind: EXPORT_TOAST,
      });
    }
  };

  // The Export dialog's PDF on the desktop: print once the map is drawn, then back to the map.
  const saved = useRef(false);
  useEffect(() => {
    if (!savePdf || !mapReady || saved.current) return;
    saved.current = true;
    void savePdfNow().finally(onBack);
  });

  return (
    <div className="print-view">
      <style>{pageCss(sheet.footer.note, sheet.footer.pageTemplate)}</style>
      <div className="print-toolbar" role="toolbar" aria-label={t('exportApp.print.toolbar')}>
        <button type="button" onClick={onBack}>
          ← {t('exportApp.print.back')}
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('exportApp.print.print')}
        </button>
        {platform.printToPdf && (
          <button type="button" onClick={() => void savePdfNow()}>
            {t('exportApp.print.savePdf')}
          </button>
        )}
      </div>
      <SheetDocument sheet={sheet} mapAlt={t('exportApp.print.mapAlt')} onMapReady={() => setMapReady(true)} />
    </div>
  );
}

/** The sheet itself, in its reading order (shared/export/sheet.ts). */
function SheetDocument({ sheet, mapAlt, onMapReady }: { sheet: ReviewSheet; mapAlt: string; onMapReady: () => void }) {
  const { likelihood } = sheet;
  return (
    <article className="sheet" lang={sheet.lang}>
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

      <div className="sheet-top">
        <section className="sheet-section sheet-map-section" aria-labelledby="sheet-map">
          <h2 id="sheet-map">{sheet.sections.map}</h2>
          <SheetMap
            svg={sheet.map.svg}
            width={sheet.map.width}
            height={sheet.map.height}
            alt={mapAlt}
            onReady={onMapReady}
          />
        </section>
        <section className="sheet-section sheet-likelihood" aria-labelledby="sheet-likelihood">
          <h2 id="sheet-likelihood">{sheet.sections.likelihood}</h2>
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

      <section className="sheet-section sheet-gaps" aria-labelledby="sheet-gaps">
        <h2 id="sheet-gaps">{sheet.sections.gaps}</h2>
        {sheet.gaps.none && <p>{sheet.gaps.none}</p>}
        {sheet.gaps.groups.map((group) => (
          <div key={group.severity} className={`sheet-gap-group severity-${group.severity}`}>
            <h3>{group.heading}</h3>
            <ul>
              {group.gaps.map((gap, index) => (
                <li key={`${gap.code}-${index}`}>
                  <p className="sheet-gap-message">{gap.message}</p>
                  <p className="sheet-gap-action">{gap.action}</p>
                  {gap.people && <p className="sheet-note">{gap.people}</p>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {sheet.position && <SheetPosition heading={sheet.sections.position} position={sheet.position} />}

      <section className="sheet-section sheet-stakeholders" aria-labelledby="sheet-stakeholders">
        <h2 id="sheet-stakeholders">{sheet.sections.stakeholders}</h2>
        {sheet.table.rows.length === 0 ? (
          <p>{sheet.table.empty}</p>
        ) : (
          <table className="sheet-table">
            <thead>
              <tr>
                {sheet.table.header.map((header, index) => (
                  <th key={sheet.table.columns[index]} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((value, index) => (
                    <td key={sheet.table.columns[index]}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <footer className="sheet-footer">{sheet.footer.note}</footer>
    </article>
  );
}
