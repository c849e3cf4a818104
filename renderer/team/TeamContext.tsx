/**
 * The team side of the app for the React tree: the session, the shared deals and their sync
 * states (teamStore.ts), and how to reach a deal's local Y.Doc. The Y.Doc comes through
 * `openDoc`, the one place that knows where it is stored (persistence/dealDoc.ts).
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { PowermapDocument } from '../../shared/document';
import type { TeamCache } from '../persistence/teamCache';
import type { TeamStore } from './teamStore';

/** A deal's local Y.Doc, open until closed (persistence/dealDoc.ts's DealDocHandle fits). */
export interface DealDoc {
  readonly ydoc: Y.Doc;
  /** False when nothing was stored for the deal: the Y.Doc starts empty. */
  readonly existed: boolean;
  /** Origins of updates that did not come from an edit in this window (storage, other windows). */
  readonly foreignOrigins: readonly unknown[];
  /** Puts the deal's line in the library (written with the Y.Doc's next write). */
  setLibraryRow(doc: PowermapDocument): void;
  /** Resolves when what was applied to the Y.Doc is stored locally. */
  whenPersisted(): Promise<void>;
  close(): Promise<void>;
}

export interface TeamServices {
  readonly store: TeamStore;
  readonly openDoc: (dealId: string) => Promise<DealDoc>;
  /** The server's answers kept for reading offline (the team's pipeline and review). */
  readonly cache: TeamCache;
}

const TeamContext = createContext<TeamServices | null>(null);

export const TeamProvider = TeamContext.Provider;

export function useTeam(): TeamServices {
  const team = useContext(TeamContext);
  if (!team) throw new Error('useTeam outside TeamProvider');
  return team;
}

/** Re-renders on every change of the session or the team store; returns the store. */
export function useTeamState(): TeamStore {
  const { store } = useTeam();
  useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.snapshot(),
  );
  useSyncExternalStore(
    (listener) => store.session.subscribe(listener),
    () => store.session.current(),
  );
  return store;
}
