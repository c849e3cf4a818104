/**
 * A store hook taken off the store's critical path (issue 11): the store resolves at once, and
 * the hook runs later, at most once per deal every `delayMs`, on the deal's latest document.
 * Stores of a deal in that window coalesce into one run; runs go one at a time, so a burst of
 * deals never floods the database's connection or the event loop. A failure is logged, never
 * thrown. The summary row of a deal is thus at most `delayMs` (plus the runs queued before it)
 * behind its stored state.
 */
import type { Doc } from 'yjs';
import type { DocumentHooks, StoredInfo } from './hooks';

export interface DeferredHooks extends DocumentHooks {
  /** Schedules the hook and returns at once. */
  onDocumentStored(dealId: string, document: Doc, info: StoredInfo): void;
  /** Runs every pending hook now and waits for them (before the database closes). */
  flush(): Promise<void>;
  /** Deals waiting for their run. */
  pending(): number;
}

interface Pending {
  document: Doc;
  info: StoredInfo;
  timer: NodeJS.Timeout | undefined;
}

export function deferredHooks(
  hook: DocumentHooks,
  options: { delayMs: number; log: (message: string) => void },
): DeferredHooks {
  const waiting = new Map<string, Pending>();
  const due: string[] = [];
  let running: Promise<void> | undefined;

  async function runOne(dealId: string): Promise<void> {
    const next = waiting.get(dealId);
    if (!next) return;
    waiting.delete(dealId);
    try {
      // A document unloaded meanwhile still holds its content (Y.Doc.destroy keeps the store).
      await hook.onDocumentStored(dealId, next.document, next.info);
    } catch (error) {
      options.log(
        `onDocumentStored of deal ${dealId} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  function drain(): Promise<void> {
    running ??= (async () => {
      for (let dealId = due.shift(); dealId !== undefined; dealId = due.shift()) await runOne(dealId);
    })().finally(() => (running = undefined));
    return running;
  }

  function makeDue(dealId: string): void {
    const entry = waiting.get(dealId);
    if (!entry || entry.timer === undefined) return;
    entry.timer = undefined;
    due.push(dealId);
    void drain();
  }

  return {
    onDocumentStored(dealId, document, info) {
      const entry = waiting.get(dealId);
      if (entry) {
        // Already waiting (or due): the run reads this newer state.
        entry.document = document;
        entry.info = info;
        return;
      }
      const timer = setTimeout(() => makeDue(dealId), options.delayMs);
      timer.unref();
      waiting.set(dealId, { document, info, timer });
    },
    async flush() {
      for (const [dealId, entry] of waiting) {
        if (entry.timer === undefined) continue;
        clearTimeout(entry.timer);
        makeDue(dealId);
      }
      while (running) await running;
    },
    pending: () => waiting.size,
  };
}
