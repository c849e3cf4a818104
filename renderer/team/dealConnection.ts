/**
 * One shared deal's connection to the team server: a Hocuspocus provider on the deal's local
 * Y.Doc (persistence/dealDoc.ts keeps that Y.Doc in the local database, so whatever the
 * provider applies is stored, and what is edited offline is sent when the connection is back).
 *
 * The provider asks the session for its token at every connect and when the server asks for
 * a renewal, so a connection outlives the 15-minute access token. Its state is what the
 * library and the deal's screen show:
 * - `connecting`: not yet in step with the server;
 * - `synced`: in step, and every change made here stored by the server;
 * - `waiting`: connected, N changes sent but not yet stored (acknowledged);
 * - `offline`: not connected, N changes waiting;
 * - `refused`: the server refuses this user the deal (no longer a member): the caller removes
 *   the local copy (issue 11, docs/SERVER.md "What data sits on laptops").
 *
 * When the server closes or refuses the deal while the socket stays open, the provider does
 * not attach it again by itself (it does when the socket opens again): the deal is attached
 * again here after a growing wait (reattach.ts), with a new token first when the old one ran
 * out, and never once the user is no longer a member (shared/collab/closeReasons.ts).
 */
import type { Awareness } from 'y-protocols/awareness';
import type { DealConnectionOptions, SyncState } from './dealConnectionOptions';
import { DealLink } from './dealLink';

export type { DealConnectionOptions, SyncState } from './dealConnectionOptions';
export { collabUrl } from './dealLink';

export interface DealConnection {
  state(): SyncState;
  /** Resolves once the Y.Doc holds what the server holds (the first sync). */
  synced(): Promise<void>;
  /** Who else has the deal open and what they selected (the provider's Awareness; presence reads it). */
  readonly awareness: Awareness | null;
  destroy(): void;
}

/** Connects the deal (see the module comment); the provider's moving parts live in DealLink. */
export function connectDeal(options: DealConnectionOptions): DealConnection {
  const link = new DealLink(options);
  const provider = link.open();
  return {
    state: () => link.current,
    synced: () => link.firstSync,
    awareness: provider.awareness,
    destroy: () => link.destroy(),
  };
}
