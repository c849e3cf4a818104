import { useMemo, useState } from 'react';
import type { ExportView } from '../../shared/export/privacy';
import { reviewSheet } from '../../shared/export/sheet';
import { useServices } from '../services/services';
import { useLang } from '../i18n/LangContext';
import { exportFileName } from './exportFormats';
import { pageCss } from './pageCss';
import { PrintToolbar, usePrintJob } from './printJob';
import { SheetDocument } from './SheetDocument';
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
  const { today } = useServices();
  const { t } = useLang();
  const [mapReady, setMapReady] = useState(false);
  const asOf = today();
  const sheet = useMemo(() => reviewSheet(view, { asOf }), [view, asOf]);
  const fileName = exportFileName(sheet.heading, 'pdf', asOf);

  const savePdfNow = usePrintJob({ fileName, ready: mapReady, savePdf, onBack });

  return (
    <div className="print-view">
      <style>{pageCss(sheet.footer.note, sheet.footer.pageTemplate)}</style>
      <PrintToolbar label="exportApp.print.toolbar" back="exportApp.print.back" onBack={onBack} savePdf={savePdfNow} />
      <SheetDocument sheet={sheet} mapAlt={t('exportApp.print.mapAlt')} onMapReady={() => setMapReady(true)} />
    </div>
  );
}
