/**
 * The editor's side of File › Export…: whether the dialog is open, and what happens on
 * Export: the document as saved and shown is exported (export is not offered during a
 * what-if), and a toast says where it went or why it failed.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { Lang, Translator } from '../../shared/i18n';
import type { EditorStore } from '../editor/store';
import { ExportDialog } from '../export/ExportDialog';
import { DEFAULT_CHOICES } from '../export/exportFormats';
import { usePrintScreen } from '../export/printScreen';
import { runExport } from '../export/runExport';
import { useEditor } from '../hooks/useEditor';
import type { Services } from '../services/services';
import { EXPORT_TOAST } from '../ui/toasts';

export function useExportDialog({
  store,
  services,
  lang,
  t,
  today,
}: {
  store: EditorStore;
  services: Pick<Services, 'platform' | 'toasts'>;
  lang: Lang;
  t: Translator;
  today: string;
}): { open: () => void; dialog: ReactNode } {
  const [isOpen, setOpen] = useState(false);
  const doc = useEditor(store, (s) => s.doc);
  const showPrintView = usePrintScreen();
  const open = useCallback(() => setOpen(true), []);

  const dialog = isOpen ? (
    <ExportDialog
      doc={doc}
      today={today}
      initial={DEFAULT_CHOICES}
      onExport={(choices) => {
        // The document as saved and shown (export is not offered during a what-if).
        runExport(store.getState().doc, choices, {
          platform: services.platform,
          lang,
          today,
          showPrintView,
        }).then(
          (saved) => saved && services.toasts.show(t('exportApp.done', { name: saved }), { kind: EXPORT_TOAST }),
          (error: unknown) =>
            services.toasts.show(
              t('exportApp.failed', { message: error instanceof Error ? error.message : String(error) }),
              { tone: 'error', kind: EXPORT_TOAST },
            ),
        );
      }}
      onClose={() => setOpen(false)}
    />
  ) : null;
  return { open, dialog };
}
