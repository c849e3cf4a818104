import { useEffect, useState } from 'react';
import type { Lang } from '../../shared/i18n';
import { DealView } from '../deal/DealView';
import { PrintView } from '../export/PrintView';
import { ScreenActiveContext } from '../services/screenActive';
import { LangProvider, useLang } from '../i18n/LangContext';
import { LibraryView } from '../library/LibraryView';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ServicesProvider, type Services } from '../services/services';
import { Toasts } from '../ui/Toasts';
import { useHashRoute } from '../services/useHashRoute';

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

/** The whole app: the library or one deal, in the chosen language. */
export function App({ services, initialLang }: { services: Omit<Services, 'setLang'>; initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [route, navigate] = useHashRoute();
  const [value] = useState<Services>(() => ({ ...services, setLang: (next) => setLangRef.current(next) }));
  const setLangRef = useLatest(setLang);

  useEffect(() => {
    document.documentElement.lang = lang;
    services.platform.setMenuLanguage(lang);
    onLangChange(lang);
  }, [lang, services.platform]);

  return (
    <ServicesProvider value={value}>
      <LangProvider lang={lang}>
        <ErrorBoundary fallback={() => <Fallback />}>
          {route.view === 'library' ? (
            <LibraryView onOpen={(dealId) => navigate({ view: 'deal', dealId })} />
          ) : (
            <>
              {/* The editor stays mounted under the print view, so coming back keeps its session and undo. */}
              <ScreenActiveContext.Provider value={route.view === 'deal'}>
                <div className="deal-host" hidden={route.view === 'print'}>
                  <DealView
                    dealId={route.dealId}
                    onLibrary={() => navigate({ view: 'library' })}
                    onOpen={(dealId) => navigate({ view: 'deal', dealId })}
                  />
                </div>
              </ScreenActiveContext.Provider>
              {route.view === 'print' && (
                <PrintView
                  key={route.dealId}
                  dealId={route.dealId}
                  includePersonal={route.includePersonal}
                  anonymous={route.anonymous}
                  savePdf={route.savePdf ?? false}
                  onBack={() => navigate({ view: 'deal', dealId: route.dealId })}
                />
              )}
            </>
          )}
        </ErrorBoundary>
        <Toasts store={services.toasts} errorsOnly={route.view === 'print'} />
      </LangProvider>
    </ServicesProvider>
  );
}

let onLangChange: (lang: Lang) => void = () => {};
/** Lets the entry point remember the user's choice without App knowing about storage. */
export function setLangChangeHandler(handler: (lang: Lang) => void): void {
  onLangChange = handler;
}

function useLatest<T>(value: T): { current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}
