/**
 * The deal editor's own dialogs, which its actions open: the command palette, the name of a
 * version to take, closing the deal, and a list of problems (an import's, an export's).
 */
import { useState, type ReactNode } from 'react';
import type { Deal } from '../../shared/document';
import { CommandPalette } from '../actions/CommandPalette';
import type { ActionRunner } from '../actions/registry';
import { defaultSnapshotLabel, takeSnapshotNow, type HistoryCommandContext } from '../history/commands';
import { SnapshotDialog } from '../history/SnapshotDialog';
import { useLang } from '../i18n/LangContext';
import { CloseDealDialog } from '../pipeline/CloseDealDialog';
import { closeOpenDeal, type CloseContext } from '../pipeline/closeCommands';
import { useServices } from '../services/services';
import { ProblemsDialog } from '../ui/ProblemsDialog';

export interface EditorDialogs {
  readonly openPalette: () => void;
  readonly showProblems: (title: string, problems: readonly string[]) => void;
  readonly openSnapshotDialog: () => void;
  readonly openCloseDialog: () => void;
  /** The palette (running the deal's actions), the version and the close dialogs, when open. */
  readonly render: (runner: ActionRunner) => ReactNode;
  /** The problems, when shown: drawn after every other dialog, over them. */
  readonly problemsDialog: ReactNode;
}

interface DialogContext {
  readonly deal: Deal;
  readonly today: string;
  readonly history: HistoryCommandContext;
  readonly close: CloseContext;
}

export function useEditorDialogs({ deal, today, history, close }: DialogContext): EditorDialogs {
  const services = useServices();
  const { t, lang } = useLang();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [problems, setProblems] = useState<{ title: string; problems: readonly string[] } | null>(null);
  const [snapshotLabel, setSnapshotLabel] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  return {
    openPalette: () => setPaletteOpen(true),
    showProblems: (title, list) => setProblems({ title, problems: list }),
    openSnapshotDialog: () => setSnapshotLabel(defaultSnapshotLabel(t, lang, new Date())),
    openCloseDialog: () => setClosing(true),
    render: (runner) => (
      <>
        {paletteOpen && (
          <CommandPalette runner={runner} isMac={services.platform.isMac} onClose={() => setPaletteOpen(false)} />
        )}
        {snapshotLabel !== null && (
          <SnapshotDialog
            defaultLabel={snapshotLabel}
            onTake={(label) => takeSnapshotNow(history, label)}
            onClose={() => setSnapshotLabel(null)}
          />
        )}
        {closing && (
          <CloseDealDialog
            dealName={deal.name}
            competitors={deal.competitors}
            today={today}
            onClose={(chosen) => closeOpenDeal(close, chosen)}
            onDone={() => setClosing(false)}
          />
        )}
      </>
    ),
    problemsDialog: problems && (
      <ProblemsDialog title={problems.title} problems={problems.problems} onClose={() => setProblems(null)} />
    ),
  };
}
