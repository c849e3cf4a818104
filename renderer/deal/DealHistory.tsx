import type { PowermapDocument } from '../../shared/document';
import type { ActionRunner } from '../actions/registry';
import { deleteVersion, renameVersion, restoreVersion, type HistoryCommandContext } from '../history/commands';
import { HistoryView } from '../history/HistoryView';

interface DealHistoryProps {
  readonly doc: PowermapDocument;
  readonly today: string;
  /** No edits (a what-if is open). */
  readonly locked: boolean;
  readonly runner: ActionRunner;
  readonly history: HistoryCommandContext;
}

/** The deal's history view, its version commands run in the deal's history context. */
export function DealHistory({ doc, today, locked, runner, history }: DealHistoryProps) {
  return (
    <HistoryView
      doc={doc}
      today={today}
      locked={locked}
      onTake={() => runner.run('history.snapshot')}
      actions={{
        onRestore: (id) => restoreVersion(history, id),
        onRename: (id, label) => renameVersion(history, id, label),
        onDelete: (id) => deleteVersion(history, id),
      }}
    />
  );
}
