/**
 * The renderer's entry point: finds out where it runs (desktop shell or browser), opens
 * the local database, picks the language, and starts the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, setLangChangeHandler } from './app/App';
import { loadCatalogue } from '../shared/i18n';
import { initialLang, rememberLang } from './services/language';
import { localToday } from './services/services';
import { ToastStore } from './ui/toasts';
import { openLocalLibrary, sweepLibrary } from './persistence/localLibrary';
import { localActor } from './services/localActor';
import { browserPlatform } from './platform/browserPlatform';
import { detectPlatform } from './platform/desktopPlatform';
import { createTeamServices } from './team/teamServices';
import { parseRoute } from './services/useHashRoute';
import { SummaryCache } from './persistence/summaryCache';
import { withEarlyLoad, type EarlySource } from './pipeline/earlyLoad';
import { localPipelineSource, PIPELINE_CACHE_FORMAT, type CachedRows, type LocalSourceDeps } from './pipeline/source';
import { DEFAULT_VIEW } from './pipeline/viewState';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './canvas/mapStyleSheet';
import './styles/app.css';

/**
 * Started on the pipeline (`#/pipeline`, a reload there), the local rows are read from now,
 * while the app's first render runs, rather than once the screen has mounted (issue 12).
 */
function earlyPipelineRows(deps: Pick<LocalSourceDeps, 'repository' | 'sync'>): EarlySource | undefined {
  if (parseRoute(window.location.hash).view !== 'pipeline') return undefined;
  const cache = new SummaryCache<CachedRows>(PIPELINE_CACHE_FORMAT);
  return withEarlyLoad(localPipelineSource({ ...deps, cache }), { asOf: localToday(), since: DEFAULT_VIEW.since });
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const platform = await detectPlatform(browserPlatform);
  const actor = () => localActor();
  const { db, sync, repository } = openLocalLibrary(actor);
  const lang = initialLang(platform.locale, storage());
  // English is in this script; another language shown is fetched (about 90 KB of words),
  // asked for before the rows (shared/i18n/loaded.ts).
  const words = loadCatalogue(lang);
  const pipelineRows = earlyPipelineRows({ repository, sync });
  sweepLibrary(repository, pipelineRows?.settled);
  const team = createTeamServices({ db, repository, storage: storage() });
  setLangChangeHandler((next) => rememberLang(next, storage()));
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  await words;
  createRoot(root).render(
    <StrictMode>
      <App
        services={{ platform, repository, sync, actor, toasts: new ToastStore(), today: () => localToday() }}
        team={team}
        initialLang={lang}
        pipelineRows={pipelineRows}
      />
    </StrictMode>,
  );
}

void start();
