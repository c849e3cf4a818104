/** What a shared deal's connection to the team server is told (its options) and says (its state): see dealConnection.ts. */
import type * as Y from 'yjs';
import type { RetryWaits } from './reattach';

export type SyncState =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'synced' }
  | { readonly kind: 'waiting'; readonly count: number }
  | { readonly kind: 'offline'; readonly count: number }
  | { readonly kind: 'refused' };

export interface DealConnectionOptions {
  readonly server: string;
  readonly dealId: string;
  readonly ydoc: Y.Doc;
  readonly token: () => Promise<string>;
  /** A new access token even if the one held looks valid: asked after the server said it ran out. */
  readonly renewToken?: () => Promise<string>;
  /**
   * Whether the user may still open the deal, asked when the server refuses or closes the
   * connection: a refusal for a token that ran out is not a refusal of the deal.
   */
  readonly stillMember: () => Promise<boolean | 'unknown'>;
  /** Origins of updates that are not changes made here (read from storage, from another window). */
  readonly foreignOrigins?: readonly unknown[];
  readonly onState?: (state: SyncState) => void;
  /** Told whether the server lets this connection write (viewers and team leads read only). */
  readonly onScope?: (readOnly: boolean) => void;
  /** Told each state vector the server says it has stored (kept per deal: teamStore.ts). */
  readonly onStored?: (vector: Map<number, number>) => void;
  /** The waits before attaching the deal again after the server closed it (default 1 s doubling up to 30 s). */
  readonly retry?: RetryWaits;
}
