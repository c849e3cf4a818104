/**
 * What the app knows of the team server beyond the sign-in: the shared deals the user may see
 * (GET /api/deals), which of them have a copy on this device ("linked"), the sync state of each,
 * and the deals that were refused since (no longer a member: their local copy is removed, and
 * the library says so until the user dismisses it).
 *
 * Linked deals and refusals are kept in localStorage, per server and user, so a deal removed
 * from the user while the app was closed is found at the next connection.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { editsNotStored, type LoggedRow } from '../../shared/collab/logEdits';
import { fromBase64, mergeStored, toBase64 } from '../../shared/collab/storedAck';
import type { SyncState } from './dealConnection';
import type { TeamSession } from './session';
import { listSharedDeals, type DealRole, type SharedDeal } from './teamApi';
import { TeamError } from './teamErrors';

export const LINKED_KEY = 'powermap.team.linked';

const LinkedSchema = z.object({
  owner: z.string(),
  deals: z.record(
    z.string(),
    z.object({
      name: z.string(),
      role: z.enum(['owner', 'editor', 'viewer', 'lead']),
      waiting: z.number(),
      /** The state vector the server last said it stored (base64), across sessions. */
      stored: z.string().optional(),
    }),
  ),
  refused: z.array(z.object({ id: z.string(), name: z.string() })),
});
type Linked = z.infer<typeof LinkedSchema>;

export interface LinkedDeal {
  readonly name: string;
  readonly role: DealRole;
  /** Changes made here that the server had not stored when last seen. */
  readonly waiting: number;
  /** The state vector the server last said it stored (base64), if ever told. */
  readonly stored?: string | undefined;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'> | null;

/** A deal's local Y update log (persistence/dealDoc.ts's rows), read to count its changes waiting. */
export type ReadDealLog = (dealId: string) => Promise<readonly LoggedRow[]>;

export class TeamStore {
  private shared: readonly SharedDeal[] | null = null;
  private loadError: TeamError | null = null;
  private readonly live = new Map<string, SyncState>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(
    readonly session: TeamSession,
    private readonly storage: Storage,
    /** Deletes a deal's local copy for good (repository.purgeDeal). */
    private readonly removeLocal: (dealId: string) => Promise<unknown>,
    private readonly readLog: ReadDealLog = () => Promise.resolve([]),
  ) {
    session.subscribe(() => {
      this.shared = null;
      this.loadError = null;
      this.live.clear();
      this.emit();
    });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes whenever anything here changes (for useSyncExternalStore). */
  snapshot(): number {
    return this.version;
  }

  sharedDeals(): readonly SharedDeal[] | null {
    return this.shared;
  }

  error(): TeamError | null {
    return this.loadError;
  }

  refused(): readonly { id: string; name: string }[] {
    return this.read().refused;
  }

  linked(dealId: string): LinkedDeal | undefined {
    return this.read().deals[dealId];
  }

  /** The deal's sync state: live while it is connected, else as last seen. */
  syncState(dealId: string): SyncState | undefined {
    const live = this.live.get(dealId);
    if (live) return live;
    const linked = this.linked(dealId);
    if (!linked) return undefined;
    return linked.waiting > 0 ? { kind: 'offline', count: linked.waiting } : { kind: 'synced' };
  }

  /**
   * Asks the server for the shared deals. A linked deal no longer among them was refused: its
   * local copy is removed now (issue 11: "the app removes its local copy at the next connection").
   */
  async refresh(): Promise<void> {
    if (!this.session.current()) return;
    try {
      const deals = await listSharedDeals(this.session);
      this.shared = deals;
      this.loadError = null;
      const byId = new Map(deals.map((deal) => [deal.id, deal]));
      const linked = this.read();
      for (const [id, deal] of Object.entries(linked.deals)) {
        const now = byId.get(id);
        if (!now) await this.refuse(id, deal.name);
        else if (now.role !== deal.role || now.name !== deal.name) this.link(now);
      }
      // Deals not open: their changes waiting, from the local log, even if not opened this session.
      for (const id of this.linkedIds()) if (!this.live.has(id)) await this.recount(id).catch(() => undefined);
    } catch (error) {
      this.loadError = error instanceof TeamError ? error : new TeamError('server', String(error));
    }
    this.emit();
  }

  /** The deal has a copy on this device that follows the server. */
  link(deal: Pick<SharedDeal, 'id' | 'name' | 'role'>): void {
    // Shared with the user again after a refusal this session: no longer "removed" here.
    if (this.live.get(deal.id)?.kind === 'refused') this.live.delete(deal.id);
    this.write((linked) => {
      const known = linked.deals[deal.id];
      linked.deals[deal.id] = { ...known, name: deal.name, role: deal.role, waiting: known?.waiting ?? 0 };
    });
  }

  /** What the server stored of the deal, as far as this device knows (empty when never told). */
  storedVector(dealId: string): Map<number, number> {
    const stored = this.linked(dealId)?.stored;
    if (!stored) return new Map();
    try {
      return Y.decodeStateVector(fromBase64(stored));
    } catch {
      return new Map();
    }
  }

  /** The server stored the deal up to `vector` (a connection's acknowledgement); kept with what was known. */
  noteStored(dealId: string, vector: ReadonlyMap<number, number>): void {
    if (!this.linked(dealId)) return;
    const merged = mergeStored(this.storedVector(dealId), vector);
    const stored = toBase64(encodeVector(merged));
    this.write((linked) => {
      const deal = linked.deals[dealId];
      if (deal) linked.deals[dealId] = { ...deal, stored };
    });
  }

  /**
   * Counts the deal's changes waiting from its local log against what the server stored (its
   * edits, compacted or not: shared/collab/logEdits.ts), and keeps the count (the library shows it for a deal not open). A deal connected right now
   * keeps its live count. Returns the count.
   */
  async recount(dealId: string): Promise<number> {
    const log = await this.readLog(dealId);
    const waiting = editsNotStored(log, this.storedVector(dealId));
    if (!this.live.has(dealId) && this.linked(dealId) && this.linked(dealId)?.waiting !== waiting)
      this.write((linked) => {
        const deal = linked.deals[dealId];
        if (deal) linked.deals[dealId] = { ...deal, waiting };
      });
    return waiting;
  }

  /** Every linked deal's id (those with a copy on this device that follows the server). */
  linkedIds(): string[] {
    return Object.keys(this.read().deals);
  }

  /** The deals connected in this window right now (open). */
  liveIds(): string[] {
    return [...this.live.keys()];
  }

  /** Whether the deal is connected in this window right now (open). */
  isLive(dealId: string): boolean {
    return this.live.has(dealId);
  }

  /** A connection's state; `refused` removes the local copy. */
  setLive(dealId: string, state: SyncState | null): void {
    if (state === null) this.live.delete(dealId);
    else this.live.set(dealId, state);
    if (state?.kind === 'refused') {
      void this.refuse(dealId, this.linked(dealId)?.name ?? dealId);
      return;
    }
    if (state && this.linked(dealId)) {
      const waiting = state.kind === 'waiting' || state.kind === 'offline' ? state.count : 0;
      if (waiting !== this.linked(dealId)?.waiting)
        this.write((linked) => {
          const deal = linked.deals[dealId];
          if (deal) linked.deals[dealId] = { ...deal, waiting };
        });
    }
    this.emit();
  }

  dismissRefused(dealId: string): void {
    this.write((linked) => {
      linked.refused = linked.refused.filter((entry) => entry.id !== dealId);
    });
  }

  /**
   * The local copy is removed before the link is forgotten: a removal cut short (the window
   * closed or navigated mid-transaction, a failed write) leaves the deal linked, so the next
   * refresh refuses it again and finishes the removal.
   */
  private async refuse(dealId: string, name: string): Promise<void> {
    this.live.set(dealId, { kind: 'refused' });
    this.emit();
    try {
      await this.removeLocal(dealId);
    } catch {
      return;
    }
    this.write((linked) => {
      delete linked.deals[dealId];
      if (!linked.refused.some((entry) => entry.id === dealId)) linked.refused.push({ id: dealId, name });
    });
  }

  /** Who the linked records belong to: one server and user at a time. */
  private owner(): string {
    const current = this.session.current();
    return current ? `${current.user.name}@${current.server}` : '';
  }

  private read(): Linked {
    const empty: Linked = { owner: this.owner(), deals: {}, refused: [] };
    try {
      const text = this.storage?.getItem(LINKED_KEY);
      if (!text) return empty;
      const parsed = LinkedSchema.safeParse(JSON.parse(text));
      return parsed.success && parsed.data.owner === empty.owner ? parsed.data : empty;
    } catch {
      return empty;
    }
  }

  private write(change: (linked: Linked) => void): void {
    const linked = this.read();
    change(linked);
    try {
      this.storage?.setItem(LINKED_KEY, JSON.stringify(linked));
    } catch {
      // Storage full or forbidden: the records are not kept; the next refresh finds the deals again.
    }
    this.emit();
  }

  private emit(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

/** A state vector in Yjs's encoding (Y.encodeStateVector takes a document or a map of this shape). */
function encodeVector(vector: ReadonlyMap<number, number>): Uint8Array {
  return Y.encodeStateVector(new Map(vector));
}
