import { useCallback, useEffect, useMemo, useState } from 'react';
import { translatePlural, type MessageKey } from '../../shared/i18n';
import { ownName, rememberOwnName } from '../services/firstRun';
import { useServices } from '../services/services';
import { useActionKeys } from '../actions/useActionKeys';
import { useMenuActions } from '../actions/useMenuActions';
import { ProblemsDialog } from '../ui/ProblemsDialog';
import { useLang } from '../i18n/LangContext';
import '../ui/firstRun.css';
import type { DealSummary } from '../persistence/repository';
import { newId } from '../editor/ids';
import { openFile } from './openFile';
import { matchesQuery, newDealDocument } from './newDeal';
import { COURSE_EXAMPLE_NAME, courseExampleCopy } from './courseExample';
import { OwnNameDialog } from './OwnNameDialog';
import { useLibraryActions } from './useLibraryActions';
import { useImportOverPrompt } from './useImportOverPrompt';
import { TeamLibrarySection } from '../team/TeamLibrarySection';
import { useTeam } from '../team/TeamContext';
import { fetchSharedDeal } from '../team/fetchSharedDeal';

/** The library of deals: search, open, new, duplicate, delete with undo, import; the way to the pipeline and the win/loss review. */
export function LibraryView({
  onOpen,
  onPipeline,
  onReview,
}: {
  onOpen: (dealId: string) => void;
  onPipeline: () => void;
  onReview: () => void;
}) {
  const { repository, sync, platform, toasts } = useServices();
  const { t, lang } = useLang();
  const [deals, setDeals] = useState<readonly DealSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [problems, setProblems] = useState<{ title: string; problems: readonly string[] } | null>(null);
  const importOver = useImportOverPrompt();
  const team = useTeam();
  const [signInAsked, setSignInAsked] = useState(false);

  const reload = useCallback(() => {
    void repository.listDeals().then(setDeals);
  }, [repository]);
  useEffect(() => {
    reload();
    return sync.onLibraryChange(reload);
  }, [reload, sync]);

  const shown = useMemo(
    () =>
      (deals ?? []).filter((deal) =>
        matchesQuery([deal.name, deal.account, t(`purchaseStage.${deal.purchaseStage}` as MessageKey)], query),
      ),
    [deals, query, t],
  );

  const [askingName, setAskingName] = useState(false);
  const createAs = async (member: string) => {
    const doc = newDealDocument(t('library.newDealName'), member);
    await repository.createDeal(doc);
    onOpen(doc.deal.id);
  };
  // The user's own name is asked once, at the first new deal (firstRun.ts).
  const create = async () => {
    const name = ownName();
    if (name === null) setAskingName(true);
    else await createAs(name);
  };
  const answerName = (name: string) => {
    setAskingName(false);
    rememberOwnName(name);
    void createAs(name);
  };

  // The course's example deal, offered by the empty library, opened as a copy (courseExample.ts).
  const openExample = async () => {
    const doc = courseExampleCopy();
    await repository.createDeal(doc);
    toasts.show(t('firstRun.example.opened', { name: doc.deal.name }));
    onOpen(doc.deal.id);
  };

  const runner = useLibraryActions({
    newDeal: () => void create(),
    pipeline: onPipeline,
    review: onReview,
    open: () =>
      void openFile({
        services: { platform, repository, toasts },
        t,
        lang,
        ask: importOver.ask,
        showProblems: (title, list) => setProblems({ title, problems: list }),
        onOpen,
        again: () => runner.run('file.open'),
        openedText: (_file, doc) => t('library.imported', { name: doc.deal.name }),
      }),
    signIn: () => setSignInAsked(true),
  });
  const localIds = useMemo(() => new Set((deals ?? []).map((deal) => deal.id)), [deals]);
  useActionKeys(runner, platform.isMac);
  useMenuActions(platform, runner);

  const duplicate = async (deal: DealSummary) => {
    await repository.duplicateDeal(deal.id, { newId: newId('d'), name: t('library.copyName', { name: deal.name }) });
    reload();
  };

  const remove = async (deal: DealSummary) => {
    await repository.deleteDeal(deal.id);
    reload();
    toasts.show(t('library.deleted', { name: deal.name }), {
      action: {
        label: t('library.undoDelete'),
        run: () => void repository.restoreDeal(deal.id).then(reload),
      },
    });
  };

  const money = (deal: DealSummary) =>
    deal.value === null
      ? '—'
      : new Intl.NumberFormat(
          lang,
          deal.currency ? { style: 'currency', currency: deal.currency, maximumFractionDigits: 0 } : {},
        ).format(deal.value);
  const when = (iso: string) => new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="library" aria-labelledby="library-title">
      <p className="brand">
        <img src="./favicon.svg" alt="" width="20" height="20" /> {t('app.name')} ·{' '}
        <span className="muted">{t('app.tagline')}</span>
      </p>
      <header className="library-header">
        <h1 id="library-title">{t('library.title')}</h1>
        <div className="library-tools">
          <label className="visually-hidden" htmlFor="library-search">
            {t('library.search')}
          </label>
          <input
            id="library-search"
            type="search"
            value={query}
            placeholder={t('library.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="button" className="primary" onClick={() => runner.run('deal.new')}>
            {t('library.new')}
          </button>
          <button type="button" onClick={() => runner.run('file.open')}>
            {t('library.import')}
          </button>
          <button type="button" onClick={() => runner.run('deal.pipeline')}>
            {t('pipelineApp.open')}
          </button>
          <button type="button" onClick={() => runner.run('deal.review')}>
            {t('review.open')}
          </button>
        </div>
      </header>
      {deals === null ? (
        <p>{t('app.loading')}</p>
      ) : deals.length === 0 ? (
        <section className="library-first" aria-labelledby="library-first-title">
          <h2 id="library-first-title">{t('firstRun.library.title')}</h2>
          <p>{t('firstRun.library.body')}</p>
          <p className="library-first__example">
            <button type="button" onClick={() => void openExample()}>
              {t('firstRun.example.open')}
            </button>{' '}
            <span className="muted">{t('firstRun.example.hint', { name: COURSE_EXAMPLE_NAME })}</span>
          </p>
        </section>
      ) : shown.length === 0 ? (
        <p className="library-empty">{t('library.noMatch', { query })}</p>
      ) : (
        <table className="library-table">
          <thead>
            <tr>
              <th scope="col">{t('library.column.deal')}</th>
              <th scope="col">{t('library.column.account')}</th>
              <th scope="col">{t('library.column.stage')}</th>
              <th scope="col" className="num">
                {t('library.column.value')}
              </th>
              <th scope="col" className="num">
                {t('library.column.likelihood')}
              </th>
              <th scope="col">{t('library.column.changed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((deal) => (
              <tr key={deal.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-label={t('library.open', { name: deal.name })}
                    onClick={() => onOpen(deal.id)}
                  >
                    {deal.name}
                  </button>
                  <div className="muted">{translatePlural(lang, 'library.people', deal.peopleCount)}</div>
                </td>
                <td>{deal.account}</td>
                <td>{t(`purchaseStage.${deal.purchaseStage}` as MessageKey)}</td>
                <td className="num">{money(deal)}</td>
                <td className="num">{deal.winLikelihood}%</td>
                <td>{when(deal.updatedAt)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={t('library.duplicate', { name: deal.name })}
                    onClick={() => void duplicate(deal)}
                  >
                    {t('library.duplicateShort')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('library.delete', { name: deal.name })}
                    onClick={() => void remove(deal)}
                  >
                    {t('library.deleteShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TeamLibrarySection
        localIds={localIds}
        onOpen={onOpen}
        fetchDeal={(deal) =>
          fetchSharedDeal({
            session: team.store.session,
            deal,
            openDoc: team.openDoc,
          })
        }
        signInRequested={signInAsked}
        onSignInClosed={() => setSignInAsked(false)}
      />
      {importOver.dialog}
      {askingName && <OwnNameDialog onDone={answerName} />}
      {problems && (
        <ProblemsDialog title={problems.title} problems={problems.problems} onClose={() => setProblems(null)} />
      )}
    </main>
  );
}
