import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExportView } from '../../shared/export/privacy';
import { reviewSheet } from '../../shared/export/sheet';
import { useServices } from '../services/services';
import { EXPORT_TOAST } from '../ui/toasts';
import { useLang } from '../i18n/LangContext';
import { exportFileName } from './exportFormats';
import { pageCss } from './pageCss';
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
