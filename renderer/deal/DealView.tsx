import { useEffect, useState } from 'react';
import { formatProblem, type PowermapDocument } from '../../shared/document';
import { useServices } from '../app/services';
import { useLang } from '../i18n/LangContext';
import { DealSession } from './DealSession';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'error'; readonly problems: readonly string[] }
  | { readonly status: 'ready'; readonly doc: PowermapDocument };

/** Loads one deal from the database and opens an editing session on it. */
export function DealView({ dealId, onLibrary, onOpen }: { dealId: string; onLibrary: () => void; onOpen: (id: string) => void }) {
  const { repository } = useServices();
  const { t, lang } = useLang();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    void repository.loadDeal(dealId).then((result) => {
      if (!live) return;
      if (result.status === 'missing') setLoaded({ status: 'missing' });
      else if (result.status === 'corrupt') {
        setLoaded({ status: 'error', problems: result.problems.map((p) => formatProblem(p, lang)) });
      } else if (result.status === 'error') setLoaded({ status: 'error', problems: [result.error.message] });
      else setLoaded({ status: 'ready', doc: result.document });
    });
    return () => {
      live = false;
    };
  }, [dealId, repository, lang]);

  if (loaded.status === 'loading') return <p className="centered">{t('app.loading')}</p>;
  if (loaded.status !== 'ready') {
    return (
      <main className="centered" role="alert">
        <p>{loaded.status === 'missing' ? t('editor.notFound') : t('editor.loadFailed')}</p>
        {loaded.status === 'error' && (
          <ul className="problems-list">
            {loaded.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
        <button type="button" onClick={onLibrary}>
          {t('editor.back')}
        </button>
      </main>
    );
  }
  return <DealSession key={dealId} initial={loaded.doc} onLibrary={onLibrary} onOpen={onOpen} />;
}
