/**
 * While a shared deal is open: its local Y.Doc (the open deal's handle, which the editor
 * already follows and which stores every update, persistence/editorLink.ts and dealDoc.ts) is
 * connected to the team server (dealConnection.ts), its sync state told to the team store,
 * and the editor read-only for a viewer or a team lead. A deal not shared (not linked to the
 * signed-in server) is left alone. A refusal removes the local copy (teamStore.ts): the deal's
 * screen then says the user was removed from it, and takes no more edits (nowhere to keep them).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from '../../shared/collab';
import type { EditorStore } from '../editor/store';
import { sharedAwareness } from '../services/awareness';
import type { DealDocHandle } from '../persistence/dealDoc';
import { STORAGE_ORIGIN } from '../persistence/dealLog';
import { connectDeal, type SyncState } from './dealConnection';
import { useTeamState } from './TeamContext';
import { canEdit, listSharedDeals, type DealRole } from './teamApi';

export interface SharedDealState {
  readonly role: DealRole;
  readonly sync: SyncState | undefined;
  readonly readOnly: boolean;
}

type Handle = Pick<DealDocHandle, 'ydoc' | 'windowOrigin'>;

export function useSharedDeal(dealId: string, store: EditorStore, handle: Handle): SharedDealState | null {
  const team = useTeamState();
  const session = team.session.current();
  const linked = team.linked(dealId);
  const [scopeReadOnly, setScopeReadOnly] = useState(false);
  const isLinked = linked !== undefined;
  const server = session?.server;
  // The role is kept past a refusal, which unlinks the deal while the screen still shows it.
  const lastRole = useRef<DealRole | undefined>(undefined);
  if (linked) lastRole.current = linked.role;

  useEffect(() => {
    if (!isLinked || !server) return;
    const connection = connectDeal({
      server,
      dealId,
      ydoc: handle.ydoc,
      token: () => team.session.accessToken(),
      renewToken: () => team.session.refresh(),
      stillMember: async () => (await listSharedDeals(team.session)).some((deal) => deal.id === dealId),
      foreignOrigins: [STORAGE_ORIGIN, handle.windowOrigin],
      onState: (state) => team.setLive(dealId, state),
      onScope: setScopeReadOnly,
      onStored: (vector) => team.noteStored(dealId, vector),
    });
    // Presence on the deal's screen reads the provider's Awareness while connected (services/awareness.ts).
    const releaseAwareness = connection.awareness ? sharedAwareness.provide(dealId, connection.awareness) : () => {};
    return () => {
      releaseAwareness();
      connection.destroy();
      if (team.syncState(dealId)?.kind !== 'refused') team.setLive(dealId, null);
      // Closed: from now on the library counts its changes waiting from the local log.
      void team.recount(dealId).catch(() => undefined);
    };
  }, [dealId, isLinked, server, handle, team]);

  const sync = team.syncState(dealId);
  const removed = sync?.kind === 'refused';
  const readOnly = removed || (linked !== undefined && (!canEdit(linked.role) || scopeReadOnly));
  useEffect(() => {
    store.setReadOnly(readOnly);
  }, [readOnly, store]);

  const role = linked?.role ?? (removed ? lastRole.current : undefined);
  if (!role) return null;
  return { role, sync, readOnly };
}

/**
 * Who makes the changes of this deal: the signed-in user when the deal is shared through the
 * server (their name on the server, as teammates know them), the laptop's own actor otherwise.
 * A stable function that reads the latest state at each change.
 */
export function useTeamActor(dealId: string, local: () => Actor): () => Actor {
  const team = useTeamState();
  const session = team.session.current();
  const shared = session && team.linked(dealId) ? session.user : null;
  const latest = useRef({ shared, local });
  latest.current = { shared, local };
  return useCallback(() => {
    const { shared: user, local: own } = latest.current;
    return user ? { id: `user:${user.name}`, name: user.displayName || user.name } : own();
  }, []);
}
