/**
 * While a shared deal is open: its local Y.Doc, kept in step with the editor (editorBridge.ts)
 * and connected to the team server (dealConnection.ts), its sync state told to the team store,
 * and the editor read-only for a viewer or a team lead. A deal not shared (not linked to the
 * signed-in server) is left alone. A refusal removes the local copy (teamStore.ts).
 */
import { useEffect, useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import type { EditorStore } from '../editor/store';
import { connectDeal, type SyncState } from './dealConnection';
import { bridgeEditorToYDoc } from './editorBridge';
import { useTeam, useTeamState } from './TeamContext';
import { canEdit, listSharedDeals, type DealRole } from './teamApi';

export interface SharedDealState {
  readonly role: DealRole;
  readonly sync: SyncState | undefined;
  readonly readOnly: boolean;
}

export function useSharedDeal(
  dealId: string,
  store: EditorStore,
  /** Saves locally a document that came from the server or another window. */
  saveWhole: (doc: PowermapDocument) => void,
): SharedDealState | null {
  const { openDoc } = useTeam();
  const team = useTeamState();
  const session = team.session.current();
  const linked = team.linked(dealId);
  const [scopeReadOnly, setScopeReadOnly] = useState(false);
  const isLinked = linked !== undefined;
  const server = session?.server;
  const userName = session?.user.name;
  const displayName = session?.user.displayName;

  useEffect(() => {
    if (!isLinked || !server || !userName) return;
    let closed = false;
    let stop = () => {};
    void openDoc(dealId).then((doc) => {
      if (closed) return void doc.close();
      const unbridge = bridgeEditorToYDoc({
        store,
        ydoc: doc.ydoc,
        actor: () => ({ id: `user:${userName}`, name: displayName || userName }),
        onRemoteDocument: saveWhole,
      });
      const connection = connectDeal({
        server,
        dealId,
        ydoc: doc.ydoc,
        token: () => team.session.accessToken(),
        stillMember: async () => (await listSharedDeals(team.session)).some((deal) => deal.id === dealId),
        foreignOrigins: doc.foreignOrigins,
        onState: (state) => team.setLive(dealId, state),
        onScope: setScopeReadOnly,
      });
      stop = () => {
        connection.destroy();
        unbridge();
        if (team.syncState(dealId)?.kind !== 'refused') team.setLive(dealId, null);
        void doc.close();
      };
    });
    return () => {
      closed = true;
      stop();
    };
    // The connection follows the deal, the link and who is signed in where; not every render.
  }, [dealId, isLinked, server, userName, displayName, openDoc, store, saveWhole, team]);

  const readOnly = linked !== undefined && (!canEdit(linked.role) || scopeReadOnly);
  useEffect(() => {
    store.setReadOnly(readOnly);
  }, [readOnly, store]);

  if (!linked) return null;
  return { role: linked.role, sync: team.syncState(dealId), readOnly };
}
