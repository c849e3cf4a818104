/**
 * Storage errors in three kinds the UI can word and act on: the disk or the browser's
 * allowance is full (`quota`), the database cannot be opened or upgraded right now, often
 * because another window holds an older version open or this build is older than the
 * database (`blocked`), and anything else (`unknown`). No text for the user here: the kind
 * is looked up in the message catalogue; `message` is the technical detail, for a tooltip
 * or a log.
 *
 * Dexie wraps the IndexedDB error it got (`AbortError` whose `inner` is the
 * `QuotaExceededError`, `OpenFailedError` whose `inner` is a `VersionError`, a `BulkError`
 * with one failure per row), so the whole chain is searched; quota wins over blocked,
 * since a full disk is what the user must fix first.
 */

export type StorageErrorKind = 'quota' | 'blocked' | 'unknown';

export interface StorageError {
  readonly kind: StorageErrorKind;
  /** The name of the outermost error (`AbortError`, `OpenFailedError`, ...). */
  readonly name: string;
  readonly message: string;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const BLOCKED_NAMES = new Set([
  'VersionError',
  'BlockedError',
  'DatabaseClosedError',
  'OpenFailedError',
  // A failed upgrade function, and a database closed because another window upgraded it.
  'UpgradeError',
  'VersionChangeError',
]);
/** Enough for any wrapping Dexie does; a guard against cyclic `inner`/`cause` chains. */
const MAX_ERRORS_VISITED = 64;

/** Every error in the chain: the error itself, `inner`, `cause`, and a BulkError's failures. */
function errorChain(error: unknown): object[] {
  const seen = new Set<object>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < MAX_ERRORS_VISITED) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    queue.push(record['inner'], record['cause']);
    const failures = record['failures'];
    if (Array.isArray(failures)) queue.push(...(failures as unknown[]));
    const byPosition = record['failuresByPos'];
    if (byPosition !== null && typeof byPosition === 'object') queue.push(...(Object.values(byPosition) as unknown[]));
  }
  return [...seen];
}

function nameOf(error: unknown): string {
  if (error === null || typeof error !== 'object') return '';
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error === null || typeof error !== 'object') return String(error);
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' ? message : '';
}

/** The kind of any thrown value; never throws. */
export function classifyStorageError(error: unknown): StorageError {
  const chain = errorChain(error);
  const quota = chain.find((e) => QUOTA_NAMES.has(nameOf(e)));
  const blocked = quota ? undefined : chain.find((e) => BLOCKED_NAMES.has(nameOf(e)));
  const kind: StorageErrorKind = quota ? 'quota' : blocked ? 'blocked' : 'unknown';
  const cause = quota ?? blocked;
  const message = messageOf(error) || (cause ? messageOf(cause) : '');
  return { kind, name: nameOf(error) || typeof error, message };
}
