import { lazy, Suspense, useEffect, useState } from 'react';
import { loadCatalogue, type Lang } from '../../shared/i18n';
import { PrintScreenProvider, type PrintJob } from '../export/printScreen';
import { ScreenActiveContext } from '../services/screenActive';
import { LangProvider, useLang } from '../i18n/LangContext';
import { LibraryView } from '../library/LibraryView';
import { PipelineView } from '../pipeline/PipelineView';
import type { PipelineSource } from '../pipeline/source';
import { useLatest } from '../hooks/useLatest';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ServicesProvider, type Services } from '../services/services';
import { Toasts } from '../ui/Toasts';
import { useHashRoute } from '../services/useHashRoute';
import { TeamProvider, type TeamServices } from '../team/TeamContext';

// The screens the app does not start on are loaded when first shown: the deal's editor and
// canvas, the review and the print view are most of the code, and the pipeline's or the
// library's first draw would otherwise wait for all of it to be fetched and compiled (issue 12).
const DealView = lazy(() => import('../deal/DealView').then((m) => ({ default: m.DealView })));
const ReviewView = lazy(() => import('../review/ReviewView').then((m) => ({ default: m.ReviewView })));
const PrintView = lazy(() => import('../export/PrintView').then((m) => ({ default: m.PrintView })));

/** What shows while a screen's code is being loaded (a moment, from the disk): nothing yet. */
function ScreenLoading() {
  return <main className="centered" aria-busy="true" />;
}

function Fallback() {
  const { t } = useLang();
  return (
    <main className="centered" role="alert">
      <h1>{t('app.error.title')}</h1>
      <p>{t('app.error.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.error.reload')}
      </button>
    </main>
  );
}

/** The whole app: the library, the pipeline, the win/loss review or one deal, in the chosen language. */
export function App({
  services,
  team,
  initialLang,
  pipelineRows,
}: {
  services: Omit<Services, 'setLang'>;
  team: TeamServices;
  initialLang: Lang;
  /** The local pipeline rows the entry point started reading, when the app starts on the pipeline. */
  pipelineRows?: PipelineSource | undefined;
}) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [route, navigate] = useHashRoute();
  // The print view of a deal's review sheet, over that deal (export/printScreen.ts).
  const [printJob, setPrintJob] = useState<PrintJob | null>(null);
  const printing = printJob !== null && route.view === 'deal' && printJob.dealId === route.dealId ? printJob : null;
  // Leaving the deal (the library, another deal, the browser's Back) leaves its print view too.
  const place = route.view === 'deal' ? route.dealId : null;
  useEffect(() => setPrintJob(null), [place]);
  // Another language's words are fetched first (shared/i18n/loaded.ts), then the screen
  // switches: it never shows keys. Should the fetch fail, it stays in the language it shows.
  const [value] = useState<Services>(() => ({
    ...services,
    setLang: (next) => void loadCatalogue(next).then(() => setLangRef.current(next), ignoreFailure),
  }));
  const setLangRef = useLatest(setLang);

  useEffect(() => {
    document.documentElement.lang = lang;
    services.platform.setMenuLanguage(lang);
    onLangChange(lang);
  }, [lang, services.platform]);

  return (
    <ServicesProvider value={value}>
      <TeamProvider value={team}>
        <PrintScreenProvider value={setPrintJob}>
          <LangProvider lang={lang}>
            <ErrorBoundary fallback={() => <Fallback />}>
              <Suspense fallback={<ScreenLoading />}>
                {route.view === 'library' ? (
                  <LibraryView
                    onOpen={(dealId) => navigate({ view: 'deal', dealId })}
                    onPipeline={() => navigate({ view: 'pipeline' })}
                    onReview={() => navigate({ view: 'review' })}
                  />
                ) : route.view === 'review' ? (
                  <ReviewView onLibrary={() => navigate({ view: 'library' })} />
                ) : route.view === 'pipeline' ? (
                  <PipelineView
                    onOpen={(dealId) => navigate({ view: 'deal', dealId })}
                    onLibrary={() => navigate({ view: 'library' })}
                    localRows={pipelineRows}
                  />
                ) : (
                  <>
                    {/* The editor stays mounted under the print view, so coming back keeps its session and undo. */}
                    <ScreenActiveContext.Provider value={printing === null}>
                      <div className="deal-host" hidden={printing !== null}>
                        <DealView
                          dealId={route.dealId}
                          onLibrary={() => navigate({ view: 'library' })}
                          onOpen={(dealId) => navigate({ view: 'deal', dealId })}
                        />
                      </div>
                    </ScreenActiveContext.Provider>
                    {printing && (
                      // Its own boundary: loading the print view's code never hides the editor under it.
                      <Suspense fallback={null}>
                        <PrintView view={printing.view} savePdf={printing.savePdf} onBack={() => setPrintJob(null)} />
                      </Suspense>
                    )}
                  </>
                )}
              </Suspense>
            </ErrorBoundary>
            <Toasts store={services.toasts} errorsOnly={printing !== null} />
          </LangProvider>
        </PrintScreenProvider>
      </TeamProvider>
    </ServicesProvider>
  );
}

let onLangChange: (lang: Lang) => void = () => {};
/** Lets the entry point remember the user's choice without App knowing about storage. */
export function setLangChangeHandler(handler: (lang: Lang) => void): void {
  onLangChange = handler;
}

/** A language that could not be fetched is simply not switched to. */
function ignoreFailure(): void {}
