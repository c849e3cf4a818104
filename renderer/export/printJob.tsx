/**
 * What every print view shares (the one-deal sheet and the review pack): the page title the
 * browser's "Save as PDF" proposes as the file's name, the desktop's save to a PDF file with
 * its toasts, saving once the view is drawn when asked, and the toolbar that is not printed.
 */
import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { useServices } from '../services/services';
import { EXPORT_TOAST } from '../ui/toasts';

/** Returns the desktop's "save as PDF" (undefined in the browser). */
export function usePrintJob(options: {
  fileName: string;
  /** Everything drawn (the maps too): only then may the PDF be saved. */
  ready: boolean;
  /** Desktop: save the PDF as soon as the view is ready, then go back. */
  savePdf: boolean;
  onBack: () => void;
}): (() => Promise<void>) | undefined {
  const { fileName, ready, savePdf, onBack } = options;
  const { platform, toasts } = useServices();
  const { t } = useLang();

  useEffect(() => {
    const before = document.title;
    document.title = fileName.replace(/\.pdf$/, '');
    return () => {
      document.title = before;
    };
  }, [fileName]);

  const printToPdf = platform.printToPdf;
  const savePdfNow = async () => {
    if (!printToPdf) return;
    try {
      const saved = await printToPdf(fileName);
      if (saved) toasts.show(t('exportApp.done', { name: saved.path }), { kind: EXPORT_TOAST });
    } catch (error) {
      toasts.show(t('exportApp.failed', { message: error instanceof Error ? error.message : String(error) }), {
        tone: 'error',
        kind: EXPORT_TOAST,
      });
    }
  };

  const saved = useRef(false);
  useEffect(() => {
    if (!savePdf || !ready || saved.current) return;
    saved.current = true;
    void savePdfNow().finally(onBack);
  });

  return printToPdf ? savePdfNow : undefined;
}

/** Back, Print and (on the desktop) Save as PDF, above the printed pages. */
export function PrintToolbar({
  label,
  back,
  onBack,
  savePdf,
}: {
  label: MessageKey;
  back: MessageKey;
  onBack: () => void;
  savePdf: (() => Promise<void>) | undefined;
}) {
  const { t } = useLang();
  return (
    <div className="print-toolbar" role="toolbar" aria-label={t(label)}>
      <button type="button" onClick={onBack}>
        ← {t(back)}
      </button>
      <button type="button" className="primary" onClick={() => window.print()}>
        {t('exportApp.print.print')}
      </button>
      {savePdf && (
        <button type="button" onClick={() => void savePdf()}>
          {t('exportApp.print.savePdf')}
        </button>
      )}
    </div>
  );
}
