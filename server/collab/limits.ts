/** The collaboration server's limits: store debounce, message and document sizes, access rechecks. */

export interface CollabLimits {
  /** Debounce of stores after a change, and the longest a change waits to be stored. */
  debounceMs: number;
  maxDebounceMs: number;
  /** The largest WebSocket message accepted; a larger one closes the connection. */
  maxMessageBytes: number;
  /** The largest a deal's document may grow; updates beyond are refused. */
  maxDocumentBytes: number;
  /** How often open connections are checked against the database (revocations by another process). */
  accessRecheckMs: number;
  /** The longest a deal's pipeline summary waits after a store; a deal is summarized at most once in this time. */
  summaryDelayMs: number;
  /**
   * How often summaries made before today (or missing) are made again from the stored
   * documents (summarySweep.ts); also once at start. An hour: a new day reaches every row
   * within an hour of midnight (UTC).
   */
  summarySweepMs: number;
  /**
   * Updates a deal may have appended since its base was compacted before the next store folds
   * them in (store/documents.ts); also folded when they outgrow the base, and when the deal unloads.
   */
  compactAfterUpdates: number;
  /**
   * How long a store's append waits for other deals' appends to go with it in one insert
   * (store/documents.ts groupedAppends); its acknowledgement comes that much later.
   */
  appendGroupMs: number;
}

export const DEFAULT_COLLAB_LIMITS: CollabLimits = {
  debounceMs: 300,
  maxDebounceMs: 2_000,
  maxMessageBytes: 4 * 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  accessRecheckMs: 10_000,
  summaryDelayMs: 5_000,
  summarySweepMs: 3_600_000,
  compactAfterUpdates: 200,
  appendGroupMs: 100,
};
