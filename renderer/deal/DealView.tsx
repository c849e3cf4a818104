import { useEffect, useState } from 'react';
import { formatProblem, type PowermapDocument, type Problem } from '../../shared/document';
import { useServices } from '../services/services';
import { localDayOf } from '../history/dates';
import { useLang } from '../i18n/LangContext';
import { DealSession } from './DealSession';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  /** Problems are worded when shown, so they follow the language. */
  | { readonly status: 'error'; readonly problems: readonly (Problem | string)[] }
  | { readonly status: 'ready'; readonly doc: PowermapDocument; readonly lastEditDay: string | null };

/**
 * Loads one deal from the database and opens an editing session on it. Switching the
 * language keeps the session (its view, its undo history): nothing is loaded again.
 */
export function DealView({
  dealId,
  onLibrary,
  onOpen,
}: {
  dealId: string;
  onLibrary: () => void;
  onOpen: (id: string) => void;
}) {
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
        setLoaded({ status: 'error', problems: result.problems });
      } else if (result.status === 'error') setLoaded({ status: 'error', problems: [result.error.message] });
      else setLoaded({ status: 'ready', doc: result.document, lastEditDay: localDayOf(result.summary.updatedAt) });
    });
    return () => {
      live = false;
    };
  }, [dealId, repository]);

  if (loaded.status === 'loading') return <p className="centered">{t('app.loading')}</p>;
  if (loaded.status !== 'ready') {
    return (
      <main className="centered" role="alert">
        <p>{loaded.status === 'missing' ? t('editor.notFound') : t('editor.loadFailed')}</p>
        {loaded.status === 'error' && (
          <ul className="problems-list">
            {loaded.problems.map((p, i) => (
              <li key={i}>{typeof p === 'string' ? p : formatProblem(p, lang)}</li>
            ))}
          </ul>
        )}
        <button type="button" onClick={onLibrary}>
          {t('editor.back')}
        </button>
      </main>
    );
  }
  return (
    <DealSession
      key={dealId}
      initial={loaded.doc}
      lastEditDay={loaded.lastEditDay}
      onLibrary={onLibrary}
      onOpen={onOpen}
    />
  );
}
