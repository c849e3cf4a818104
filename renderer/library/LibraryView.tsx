import { useMemo, useState } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { useServices } from '../services/services';
import { useActionKeys } from '../actions/useActionKeys';
import { useMenuActions } from '../actions/useMenuActions';
import { ProblemsDialog } from '../ui/ProblemsDialog';
import { useLang } from '../i18n/LangContext';
import '../ui/firstRun.css';
import { openFile } from './openFile';
import { matchesQuery } from './newDeal';
import { DealTable } from './DealTable';
import { EmptyLibrary } from './EmptyLibrary';
import { LibraryHeader } from './LibraryHeader';
import { useNewDeal } from './useNewDeal';
import { useLibraryActions } from './useLibraryActions';
import { useLibraryDeals } from './useLibraryDeals';
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
  const { repository, platform, toasts } = useServices();
  const { t, lang } = useLang();
  const { deals, duplicate, remove } = useLibraryDeals();
  const [query, setQuery] = useState('');
  const [problems, setProblems] = useState<{ title: string; problems: readonly string[] } | null>(null);
  const importOver = useImportOverPrompt();
  const team = useTeam();
  const [signInAsked, setSignInAsked] = useState(false);

  const shown = useMemo(
    () =>
      (deals ?? []).filter((deal) =>
        matchesQuery([deal.name, deal.account, t(`purchaseStage.${deal.purchaseStage}` as MessageKey)], query),
      ),
    [deals, query, t],
  );

  const { create, openExample, nameDialog } = useNewDeal(onOpen);

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

  return (
    <main className="library" aria-labelledby="library-title">
      <p className="brand">
        <img src="./favicon.svg" alt="" width="20" height="20" /> {t('app.name')} ·{' '}
        <span className="muted">{t('app.tagline')}</span>
      </p>
      <LibraryHeader query={query} onQuery={setQuery} run={(action) => runner.run(action)} />
      {deals === null ? (
        <p>{t('app.loading')}</p>
      ) : deals.length === 0 ? (
        <EmptyLibrary onOpenExample={() => void openExample()} />
      ) : shown.length === 0 ? (
        <p className="library-empty">{t('library.noMatch', { query })}</p>
      ) : (
        <DealTable
          deals={shown}
          onOpen={onOpen}
          onDuplicate={(deal) => void duplicate(deal)}
          onRemove={(deal) => void remove(deal)}
        />
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
      {nameDialog}
      {problems && (
        <ProblemsDialog title={problems.title} problems={problems.problems} onClose={() => setProblems(null)} />
      )}
    </main>
  );
}
