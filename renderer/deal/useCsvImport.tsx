/**
 * The editor's side of the contacts import: whether the dialog is open, and what happens
 * on "Add to the map": one edit that adds and selects the people, the map brought to
 * them, and a toast with what was added and an Undo.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { Lang } from '../../shared/i18n';
import type { ToastStore } from '../ui/toasts';
import type { CanvasApi } from '../canvas/MapCanvas';
import { CsvImportDialog } from '../csvImport/CsvImportDialog';
import { importedMessage, importInto, undoImport } from '../csvImport/importFlow';
import { newId } from '../editor/ids';
import type { EditorStore } from '../editor/store';
import { useEditor } from '../hooks/useEditor';
import type { Translator } from '../../shared/i18n';
import type { View } from './useDealActions';

export function useCsvImport({
  store,
  toasts,
  lang,
  t,
  canvas,
  setView,
}: {
  store: EditorStore;
  toasts: Pick<ToastStore, 'show'>;
  lang: Lang;
  t: Translator;
  canvas: () => CanvasApi | null;
  setView: (view: View) => void;
}): { open: () => void; dialog: ReactNode } {
  const [isOpen, setOpen] = useState(false);
  const doc = useEditor(store, (s) => s.doc);
  const open = useCallback(() => setOpen(true), []);

  const dialog = isOpen ? (
    <CsvImportDialog
      doc={doc}
      onClose={() => setOpen(false)}
      onImport={(source, mapping) => {
        const result = importInto(store, source, mapping, lang, newId);
        if (!result) return;
        setView('map');
        // Bring the new cards into view once React Flow has drawn them (two frames on).
        requestAnimationFrame(() => requestAnimationFrame(() => canvas()?.centerOn(result.ids)));
        toasts.show(importedMessage(result, source.fileName, t), {
          action: { label: t('csvImportApp.undo'), run: () => undoImport(store, result) },
        });
      }}
    />
  ) : null;
  return { open, dialog };
}
