import { useEffect, useState } from 'react';
import type { SetAsidePart } from '../../shared/collab/setAside';
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
  | {
      readonly status: 'ready';
      readonly doc: PowermapDocument;
      readonly lastEditDay: string | null;
      /** Parts of a damaged deal that could not be read: the rest opens (issue 11). */
      readonly setAside: readonly SetAsidePart[];
    };

/**
 * Loads one deal from the database and opens an editing session on it. Switching the
 * language keeps the session (its view, its undo history): nothing is loaded again. A deal
 * whose rows are damaged opens with what is valid, the damaged parts set aside; only a deal
 * nothing can be made of shows its problems.
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
        const { salvaged } = result;
        setLoaded(
          salvaged
            ? {
                status: 'ready',
                doc: salvaged.document,
                lastEditDay: localDayOf(result.summary.updatedAt),
                setAside: salvaged.setAside,
              }
            : { status: 'error', problems: result.problems },
        );
      } else if (result.status === 'error') setLoaded({ status: 'error', problems: [result.error.message] });
      else {
        const lastEditDay = localDayOf(result.summary.updatedAt);
        setLoaded({ status: 'ready', doc: result.document, lastEditDay, setAside: [] });
      }
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
      setAside={loaded.setAside}
      onLibrary={onLibrary}
      onOpen={onOpen}
    />
  );
}
