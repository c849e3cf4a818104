/**
 * Benchmark page: the pipeline board as the app's pipeline screen draws it. The board is
 * mounted at once (its header, filters and "loading") while its rows are read through a
 * PipelineSource started before the first render (earlyLoad.ts) and usePipelineData, as the
 * app does when it starts on the pipeline; here the source reads the rows
 * the runner wrote next to the page (`rows.json`, as the summary cache would hand them
 * over). The language is the URL's (`?lang=zh-CN`). When the first rows are drawn and two
 * frames painted, it sets `window.__PIPELINE_DRAWN__` to the time since navigation start;
 * the side panel's totals follow (the `side-drawn` mark, for build/bench/pipeline/phases.ts).
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { isLang, loadCatalogue } from '../../../shared/i18n';
import { unpackRow, type PackedRow } from '../../../shared/pipeline/packed';
import { localIsoDate } from '../../../shared/values';
import { LangProvider } from '../../i18n/LangContext';
import '../../styles/theme.css';
import '../../styles/app.css';
import { PipelineBoard } from '../PipelineBoard';
import { withEarlyLoad } from '../earlyLoad';
import type { PipelineSource } from '../source';
import { usePipelineData } from '../usePipelineData';
import { DEFAULT_VIEW, weekBefore, type PipelineViewState } from '../viewState';

declare global {
  interface Window {
    __PIPELINE_DRAWN__?: number;
  }
}

interface BenchRows {
  readonly asOf: string;
  /** Packed as the app's summary cache keeps them (shared/pipeline/packed.ts). */
  readonly rows: readonly PackedRow[];
}

// The page's phases, for build/bench/pipeline/profile.ts: the bundle running, the rows
// fetched and read, the table committed with rows, and drawn.
performance.mark('bundle-run');
const params = new URLSearchParams(location.search);
const lang = params.get('lang');

/** The rows.json the runner wrote, behind the interface the screen reads its rows through. */
function benchSource(): PipelineSource {
  return {
    async load() {
      const response = await fetch('./rows.json');
      performance.mark('rows-fetched');
      const body = await response.text();
      performance.mark('rows-text');
      const { rows: packed } = JSON.parse(body) as BenchRows;
      performance.mark('rows-parsed');
      const rows = packed.map(unpackRow).filter((row) => row !== null);
      performance.mark('rows-read');
      return { rows, then: null };
    },
    movements: () => Promise.resolve({ movements: [] }),
    // The bench draws rows only; it exports nothing.
    documents: (dealIds) => Promise.resolve({ documents: [], unread: [...dealIds] }),
    onChange: () => () => undefined,
  };
}

/** Marks the first frame the side panel's totals are in (they start once the rows are painted); gives up after 10 s of frames. */
function markSideDrawn(framesLeft = 600): void {
  if (document.querySelector('.pl-side .pl-totals')) performance.mark('side-drawn');
  else if (framesLeft > 0) requestAnimationFrame(() => markSideDrawn(framesLeft - 1));
}

// As the app's entry point: English is in the script, another language is fetched, before the rows.
const chosen = isLang(lang) ? lang : 'en';
const words = loadCatalogue(chosen);

// The rows are asked for before React's first render, as the app's entry point does (earlyLoad.ts).
const today = localIsoDate(new Date());
const source = withEarlyLoad(benchSource(), { asOf: today, since: DEFAULT_VIEW.since });

function Bench() {
  const [view, setView] = useState<PipelineViewState>(DEFAULT_VIEW);
  const { data, error } = usePipelineData(source, today, view.since);
  useEffect(() => {
    if (data === null || window.__PIPELINE_DRAWN__ !== undefined) return;
    performance.mark('rows-committed');
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!document.querySelector('.pl-body [role="row"]')) return;
        performance.mark('drawn');
        window.__PIPELINE_DRAWN__ = performance.now();
        markSideDrawn();
      }),
    );
  }, [data]);
  return (
    <PipelineBoard
      data={data}
      error={error}
      movements={{ movements: [] }}
      movedSince={weekBefore(today)}
      today={today}
      view={view}
      onView={setView}
      onOpen={() => undefined}
      onLibrary={() => undefined}
      onSavedFilter={() => undefined}
    />
  );
}

document.documentElement.lang = chosen;
await words;
createRoot(document.getElementById('root')!).render(
  <LangProvider lang={chosen}>
    <Bench />
  </LangProvider>,
);
