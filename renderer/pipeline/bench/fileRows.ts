/**
 * The benchmark page's rows source: the rows the runner wrote next to the page (`rows.json`,
 * packed as the summary cache keeps them), read on the page's main thread and handed over
 * as the app's `localPipelineSource` does from its cache: the default view's first screen
 * first (`firstScreen`), then every row unpacked a slice per task (`unpackInSlices`). The
 * fetch stands in for the app's IndexedDB read; everything after it is the app's own path.
 */
import { FIRST_SCREEN_ROWS, firstScreen } from '../../../shared/pipeline/firstScreen';
import type { PackedRow } from '../../../shared/pipeline/packed';
import type { PipelineSource } from '../source';
import { unpackInSlices } from '../unpackInSlices';

export function fileRowsSource(): PipelineSource {
  return {
    async load(_query, onFirstScreen) {
      const response = await fetch('./rows.json');
      performance.mark('rows-fetched');
      const body = await response.text();
      performance.mark('rows-text');
      const { rows: packed } = JSON.parse(body) as { rows: readonly PackedRow[] };
      performance.mark('rows-parsed');
      const screen = firstScreen(packed, FIRST_SCREEN_ROWS);
      if (onFirstScreen && screen.skipped === 0) {
        onFirstScreen({ rows: screen.rows, then: null, firstScreenOf: screen.open });
        performance.mark('first-screen-read');
      }
      const rows = (await unpackInSlices(packed, { framesFirst: onFirstScreen !== undefined })).filter(
        (row) => row !== null,
      );
      performance.mark('rows-read');
      return { rows, then: null };
    },
    movements: () => Promise.resolve({ movements: [] }),
    // The bench draws rows only; it exports nothing.
    documents: (dealIds) => Promise.resolve({ documents: [], unread: [...dealIds] }),
    onChange: () => () => undefined,
  };
}
