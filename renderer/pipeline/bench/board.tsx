/**
 * Benchmark page: the pipeline board as the app's pipeline screen draws it, over the deals
 * the setup page stored in the app's own IndexedDB databases (seed.ts). The board is mounted
 * at once (its header, filters and "loading") while its rows are read through the app's
 * `localPipelineSource` over the real repository and summary cache, started before the
 * first render (earlyLoad.ts), with the start-up sweep of the library after it, as the app's
 * entry point does (renderer/main.tsx) when it starts on the pipeline: the library listed,
 * the summary cache read, the default view's first screen told first, then every row.
 * The language is the URL's (`?lang=zh-CN`). When the first rows are drawn and two frames
 * painted, it sets `window.__PIPELINE_DRAWN__` to the time since navigation start; every row
 * follows (`__PIPELINE_COMPLETE__`, the `rows-complete` mark), then the side panel's totals
 * (the `side-drawn` mark, for build/bench/pipeline/phases.ts).
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { isLang, loadCatalogue } from '../../../shared/i18n';
import { localIsoDate } from '../../../shared/values';
import { LangProvider } from '../../i18n/LangContext';
import '../../styles/theme.css';
import '../../styles/app.css';
import { PipelineBoard } from '../PipelineBoard';
import { withEarlyLoad } from '../earlyLoad';
import { usePipelineData } from '../usePipelineData';
import { DEFAULT_VIEW, weekBefore, type PipelineViewState } from '../viewState';
import { openLibrary } from './library';
import { sweepLibrary } from '../../persistence/localLibrary';
import { markedSource } from './marks';

declare global {
  interface Window {
    __PIPELINE_DRAWN__?: number;
    /** Every row committed (after the first screen's), for the scroll's measure. */
    __PIPELINE_COMPLETE__?: number;
  }
}

// The page's phases, for build/bench/pipeline/profile.ts: the bundle running, the library
// listed, the cache read, the first screen and every row read, the table committed, drawn.
performance.mark('bundle-run');
const params = new URLSearchParams(location.search);
const lang = params.get('lang');

/** Marks the first frame the side panel's totals are in (they start once the rows are painted); gives up after 10 s of frames. */
function markSideDrawn(framesLeft = 600): void {
  if (document.querySelector('.pl-side .pl-totals')) performance.mark('side-drawn');
  else if (framesLeft > 0) requestAnimationFrame(() => markSideDrawn(framesLeft - 1));
}

// As the app's entry point: English is in the script, another language is fetched, before the rows.
const chosen = isLang(lang) ? lang : 'en';
const words = loadCatalogue(chosen);

// As the app's entry point: the rows asked for before React's first render (earlyLoad.ts),
// then the start-up sweep of the library once they are read.
const library = openLibrary();
const today = localIsoDate(new Date());
const source = withEarlyLoad(markedSource(library), { asOf: today, since: DEFAULT_VIEW.since });
sweepLibrary(library.repository, source.settled);

function Bench() {
  const [view, setView] = useState<PipelineViewState>(DEFAULT_VIEW);
  const { data, error } = usePipelineData(source, today, view.since);
  useEffect(() => {
    if (data !== null && data.firstScreenOf === undefined && window.__PIPELINE_COMPLETE__ === undefined) {
      performance.mark('rows-complete');
      window.__PIPELINE_COMPLETE__ = performance.now();
    }
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
