/**
 * Benchmark page: the pipeline board over rows the runner wrote next to the page
 * (`rows.json`, read as the summary cache would hand them over), in the language the URL
 * asks for (`?lang=zh-CN`). When the first rows are drawn and two frames painted, it sets
 * `window.__PIPELINE_DRAWN__` to the time since navigation start.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { isLang } from '../../../shared/i18n';
import type { PipelineRow } from '../../../shared/pipeline';
import { LangProvider } from '../../i18n/LangContext';
import '../../styles/theme.css';
import '../../styles/app.css';
import { PipelineBoard } from '../PipelineBoard';
import { DEFAULT_VIEW, weekBefore, type PipelineViewState } from '../viewState';

declare global {
  interface Window {
    __PIPELINE_DRAWN__?: number;
  }
}

interface BenchRows {
  readonly asOf: string;
  readonly rows: PipelineRow[];
}

const params = new URLSearchParams(location.search);
const lang = params.get('lang');

function Bench({ asOf: today, rows }: BenchRows) {
  const [view, setView] = useState<PipelineViewState>(DEFAULT_VIEW);
  useEffect(() => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (document.querySelector('.pl-body [role="row"]')) window.__PIPELINE_DRAWN__ = performance.now();
      }),
    );
  }, []);
  return (
    <PipelineBoard
      data={{ rows, then: null }}
      error={null}
      movements={[]}
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

const chosen = isLang(lang) ? lang : 'en';
document.documentElement.lang = chosen;
void fetch('./rows.json')
  .then((response) => response.json() as Promise<BenchRows>)
  .then((data) =>
    createRoot(document.getElementById('root')!).render(
      <LangProvider lang={chosen}>
        <Bench asOf={data.asOf} rows={data.rows} />
      </LangProvider>,
    ),
  );
