/**
 * The benchmark page's rows read on another core (issue 12): started by the page itself
 * (build/bench/pipeline/index.html) before the bundle is fetched, this worker fetches
 * `rows.json` (the packed rows, as the summary cache keeps them), reads and parses it, and
 * posts first the packed rows of the default view's first screen (`firstScreen`), then every
 * packed row. The main thread unpacks what it is given (workerRows.ts): the reading, which
 * took its main thread a third of the first draw, runs beside the bundle's start.
 */
import { FIRST_SCREEN_ROWS, firstScreen } from '../../../shared/pipeline/firstScreen';
import type { PackedRow } from '../../../shared/pipeline/packed';

/** What the worker posts, in this order; `at` is a moment on the shared clock (performance.timeOrigin + now). */
export type RowsMessage =
  | {
      readonly kind: 'first';
      readonly packed: readonly PackedRow[];
      readonly open: number;
      readonly at: { readonly fetched: number; readonly text: number; readonly parsed: number };
    }
  | { readonly kind: 'all'; readonly packed: readonly PackedRow[] }
  | { readonly kind: 'failed'; readonly message: string };

const clock = () => performance.timeOrigin + performance.now();

async function readRows(): Promise<void> {
  // Beside the page, resolved when the worker runs (the bundler leaves it alone).
  const response = await fetch(new URL(/* @vite-ignore */ '../rows.json', import.meta.url));
  if (!response.ok) throw new Error(`rows.json: HTTP ${response.status}`);
  const fetched = clock();
  const body = await response.text();
  const text = clock();
  const { rows } = JSON.parse(body) as { rows: readonly PackedRow[] };
  const parsed = clock();
  const screen = firstScreen(rows, FIRST_SCREEN_ROWS);
  const first: RowsMessage = {
    kind: 'first',
    packed: screen.places.map((place) => rows[place]!),
    open: screen.open,
    at: { fetched, text, parsed },
  };
  postMessage(first);
  postMessage({ kind: 'all', packed: rows } satisfies RowsMessage);
}

readRows().catch((error: unknown) =>
  postMessage({
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies RowsMessage),
);
