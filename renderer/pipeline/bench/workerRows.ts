/**
 * The benchmark page's rows source over the worker the page started (rowsWorker.ts): the
 * messages it posted before the bundle ran were kept by the page's first script
 * (`window.__PIPELINE_ROWS__`), the later ones are taken as they come. The first screen's
 * rows are unpacked and told at once; every row is then unpacked in slices, each in a task of
 * its own, so the first screen's render and paint are not held up behind 5,000 rows.
 */
import { unpackRow, type PackedRow, type PipelineRow } from '../../../shared/pipeline/onRows';
import type { PipelineSource } from '../source';
import { twoFrames, unpackInSlices } from '../unpackInSlices';
import type { RowsMessage } from './rowsWorker';

declare global {
  interface Window {
    /**
     * Set by the page's first script: the worker and the messages it posted before the bundle
     * ran, as events: a message's data is copied out (deserialised) only when read.
     */
    __PIPELINE_ROWS__?: { readonly worker: Worker; readonly messages: MessageEvent<RowsMessage>[] };
  }
}

/** A moment on the worker's clock as a mark on this page's own. */
function markAt(name: string, at: number): void {
  performance.mark(name, { startTime: at - performance.timeOrigin });
}

function unpacked(packed: readonly PackedRow[]): PipelineRow[] {
  return packed.map(unpackRow).filter((row) => row !== null);
}

/** The worker's messages in the order posted, those kept by the page first. */
function messages(): () => Promise<MessageEvent<RowsMessage>> {
  const started = window.__PIPELINE_ROWS__;
  if (!started) throw new Error('the page started no rows worker');
  const queue = [...started.messages];
  let waiting: ((message: MessageEvent<RowsMessage>) => void) | null = null;
  started.worker.onmessage = (event: MessageEvent<RowsMessage>) => {
    if (waiting) waiting(event);
    else queue.push(event);
    waiting = null;
  };
  return () => {
    const next = queue.shift();
    return next ? Promise.resolve(next) : new Promise((resolve) => (waiting = resolve));
  };
}

export function workerRowsSource(): PipelineSource {
  return {
    async load(_query, onFirstScreen) {
      const next = messages();
      const first = (await next()).data;
      if (first.kind === 'failed') throw new Error(first.message);
      if (first.kind !== 'first') throw new Error(`the rows worker posted ${first.kind} before the first screen`);
      markAt('rows-fetched', first.at.fetched);
      markAt('rows-text', first.at.text);
      markAt('rows-parsed', first.at.parsed);
      onFirstScreen?.({ rows: unpacked(first.packed), then: null, firstScreenOf: first.open });
      performance.mark('first-screen-read');
      const allPosted = await next();
      // Every row's copy (5,000 packed rows deserialised) waits until the first screen is drawn.
      await twoFrames();
      const all = allPosted.data;
      if (all.kind === 'failed') throw new Error(all.message);
      if (all.kind !== 'all') throw new Error(`the rows worker posted ${all.kind} after the first screen`);
      const rows = (await unpackInSlices(all.packed, { framesFirst: false })).filter((row) => row !== null);
      performance.mark('rows-read');
      return { rows, then: null };
    },
    movements: () => Promise.resolve({ movements: [] }),
    // The bench draws rows only; it exports nothing.
    documents: (dealIds) => Promise.resolve({ documents: [], unread: [...dealIds] }),
    onChange: () => () => undefined,
  };
}
