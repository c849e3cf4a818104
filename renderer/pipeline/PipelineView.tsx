import { useMemo, useState } from 'react';
import { useLang } from '../i18n/LangContext';
import { SummaryCache } from '../persistence/summaryCache';
import { useServices } from '../services/services';
import { useScreenActions } from '../actions/useScreenActions';
import { useTeam } from '../team/TeamContext';
import { fetchTeamPipeline } from '../team/teamApi';
import { PipelineBoard } from './PipelineBoard';
import { localPipelineSource, PIPELINE_CACHE_FORMAT, type CachedRows, type PipelineSource } from './source';
import { teamPipelineSource } from './teamSource';
import { usePipelineData, useMovements } from './usePipelineData';
import { useOpenRemote } from './useOpenRemote';
import { DEFAULT_VIEW, weekBefore, type PipelineViewState } from './viewState';

/** The local source with its cache, merged with the team's rows when signed in, for as long as the view is shown. */
function useTeamSource(): PipelineSource {
  const { repository, sync } = useServices();
  const { store, cache } = useTeam();
  return useMemo(() => {
    const local = localPipelineSource({
      repository,
      sync,
      cache: new SummaryCache<CachedRows>(PIPELINE_CACHE_FORMAT),
    });
    const session = store.session;
    return teamPipelineSource({ local, session, ask: () => fetchTeamPipeline(session), cache });
  }, [repository, sync, store, cache]);
}

/**
 * The pipeline screen (issue 12): the board over a PipelineSource (the local library,
 * with the team's deals when signed in), with the screen's actions (back to the library,
 * the language) on the keys and menus. A team deal with no copy here is fetched from the
 * server when opened, as the library does.
 */
export function PipelineView({
  onOpen,
  onLibrary,
  source: given,
}: {
  onOpen: (dealId: string) => void;
  onLibrary: () => void;
  /** The rows' source; the local library and the team's rows when not given. */
  source?: PipelineSource;
}) {
  const services = useServices();
  const { lang } = useLang();
  const team = useTeamSource();
  const source = given ?? team;
  const today = services.today();
  const [view, setView] = useState<PipelineViewState>(DEFAULT_VIEW);
  const { data, error } = usePipelineData(source, today, view.since);
  const weekAgo = weekBefore(today);
  const movements = useMovements(source, weekAgo, today, lang);
  const open = useOpenRemote(data?.remote, onOpen);

  useScreenActions(onLibrary, { platform: services.platform, lang, setLang: services.setLang });

  return (
    <PipelineBoard
      data={data}
      error={error}
      movements={movements}
      movedSince={weekAgo}
      today={today}
      view={view}
      onView={setView}
      onOpen={open}
      onLibrary={onLibrary}
      onSavedFilter={(text) => services.toasts.show(text)}
    />
  );
}
