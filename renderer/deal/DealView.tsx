import { useEffect, useState } from 'react';
import type { SetAsidePart } from '../../shared/collab/setAside';
import { formatProblem, type PowermapDocument, type Problem } from '../../shared/document';
import type { DealDocHandle } from '../persistence/dealDoc';
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
      readonly handle: DealDocHandle;
      readonly doc: PowermapDocument;
      readonly lastEditDay: string | null;
      /** Parts of a damaged deal that could not be read: the rest opens (issue 11). */
      readonly keptAside: readonly SetAsidePart[];
      readonly foundAside: readonly SetAsidePart[];
    };

/**
 * Opens one deal's Y.Doc from the database (closed when the view goes) and an editing
 * session on it. Switching the
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
    let opened: DealDocHandle | null = null;
    setLoaded({ status: 'loading' });
    void repository.openDeal(dealId).then((result) => {
      if (result.status === 'ok' && !live) {
        void result.handle.close().catch(() => undefined);
        return;
      }
      if (!live) return;
      if (result.status === 'missing') setLoaded({ status: 'missing' });
      else if (result.status === 'corrupt') setLoaded({ status: 'error', problems: result.problems });
      else if (result.status === 'error') setLoaded({ status: 'error', problems: [result.error.message] });
      else {
        opened = result.handle;
        setLoaded({
          status: 'ready',
          handle: result.handle,
          doc: result.document,
          lastEditDay: localDayOf(result.summary.updatedAt),
          keptAside: result.keptAside,
          foundAside: result.foundAside,
        });
      }
    });
    return () => {
      live = false;
      // Whatever the session left pending is written before the Y.Doc goes.
      void opened?.close().catch(() => undefined);
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
      handle={loaded.handle}
      initial={loaded.doc}
      lastEditDay={loaded.lastEditDay}
      keptAside={loaded.keptAside}
      foundAside={loaded.foundAside}
      onLibrary={onLibrary}
      onOpen={onOpen}
    />
  );
}
