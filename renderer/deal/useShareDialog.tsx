/**
 * The editor's side of "Share deal…": whether the dialog is open, and the team's fitted
 * model, when the dialog adopts it, written into the deal as one edit.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { deepEqual } from '../../shared/diff';
import { updateDeal } from '../editor/commands/deal';
import type { EditorStore } from '../editor/store';
import { useEditor } from '../hooks/useEditor';
import { ShareDialog } from '../team/ShareDialog';

export function useShareDialog(store: EditorStore): { open: () => void; dialog: ReactNode } {
  const [isOpen, setOpen] = useState(false);
  const deal = useEditor(store, (s) => s.doc.deal);
  const open = useCallback(() => setOpen(true), []);

  const dialog = isOpen ? (
    <ShareDialog
      dealId={deal.id}
      dealName={deal.name}
      onClose={() => setOpen(false)}
      onTeamModel={(setting) => {
        // By value, key order aside: an equal setting (the server's, if it came first) is no change, and writes nothing.
        const current = store.getState().doc.deal.likelihoodModel;
        if (!deepEqual(current, setting)) store.apply(updateDeal({ likelihoodModel: setting }));
      }}
    />
  ) : null;
  return { open, dialog };
}
