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
import { DATABASE_NAME, PowermapDatabase } from './persistence/db';
import { DealRepository } from './persistence/repository';
import { DealSync } from './persistence/sync';
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
  // Edits commit relaxed (fast, whatever the browser's default); a second connection commits
  // the checkpoints strictly, flushing them to the disk (autosave.ts).
  const db = new PowermapDatabase(DATABASE_NAME, { chromeTransactionDurability: 'relaxed' });
  const sync = new DealSync();
  const durable = new PowermapDatabase(DATABASE_NAME, { chromeTransactionDurability: 'strict' });
  const actor = () => localActor();
  const repository = new DealRepository(db, sync, { durable, actor });
  const lang = initialLang(platform.locale, storage());
  // English is in this script; another language shown is fetched (about 90 KB of words),
  // asked for before the rows (shared/i18n/loaded.ts).
  const words = loadCatalogue(lang);
  const pipelineRows = earlyPipelineRows({ repository, sync });
  // The first start of this version moves every deal still stored as rows into its Y.Doc;
  // a deal opened before the sweep reaches it moves on opening (persistence/migrate.ts).
  // Then library rows older than their deal's Y.Doc (a crash between an edit and its row) are made again.
  // Started on the pipeline, the sweep waits for the rows' early read: its read per deal
  // (thousands) would share the main thread and the database with it (issue 12).
  void (pipelineRows?.settled ?? Promise.resolve())
    .then(() => repository.migrateAll())
    .then(() => repository.repairSummaries())
    .catch(() => undefined);
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
