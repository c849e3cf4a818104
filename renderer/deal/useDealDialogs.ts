import type { RefObject } from 'react';
import type { Deal } from '../../shared/document';
import type { Lang, Translator } from '../../shared/i18n';
import type { CanvasApi } from '../canvas/MapCanvas';
import type { EditorStore } from '../editor/store';
import type { DailySnapshot } from '../history/dailySnapshot';
import { useImportOverPrompt } from '../library/useImportOverPrompt';
import type { Services } from '../services/services';
import { useCommandContexts } from './commandContexts';
import { useCsvImport } from './useCsvImport';
import type { View } from './useDealActions';
import { useEditorDialogs } from './useEditorDialogs';
import { useExportDialog } from './useExportDialog';
import { useShareDialog } from './useShareDialog';

interface DealDialogsContext {
  readonly store: EditorStore;
  readonly services: Services;
  readonly lang: Lang;
  readonly t: Translator;
  readonly canvasApi: RefObject<CanvasApi | null>;
  readonly setView: (view: View) => void;
  readonly daily: DailySnapshot | null;
  /** The deal as the screen draws it. */
  readonly deal: Deal;
}

/**
 * The editing screen's dialogs (the CSV import, opening over this deal, the export, sharing,
 * the palette, the snapshot, closing, problems) and the history and closing contexts they act in.
 */
export function useDealDialogs({ store, services, lang, t, canvasApi, setView, daily, deal }: DealDialogsContext) {
  const csvImport = useCsvImport({ store, toasts: services.toasts, lang, t, canvas: () => canvasApi.current, setView });
  const importOver = useImportOverPrompt();

  const today = services.today();
  const exportDialog = useExportDialog({ store, services, lang, t, today });
  const shareDialog = useShareDialog(store);

  const { history, close: closeContext } = useCommandContexts(store, daily);
  const dialogs = useEditorDialogs({ deal, today, history, close: closeContext });
  return { csvImport, importOver, today, exportDialog, shareDialog, history, closeContext, dialogs };
}

/** The dialogs and contexts of the editing screen (useDealDialogs). */
export type DealDialogs = ReturnType<typeof useDealDialogs>;
