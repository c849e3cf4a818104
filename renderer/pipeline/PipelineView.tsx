import { useMemo, useState } from 'react';
import { useLang } from '../i18n/LangContext';
import { SummaryCache } from '../persistence/summaryCache';
import { useServices } from '../services/services';
import { useScreenActions } from '../actions/useScreenActions';
import { PipelineBoard } from './PipelineBoard';
import { localPipelineSource, PIPELINE_CACHE_FORMAT, type CachedRows, type PipelineSource } from './source';
import { usePipelineData, useMovements } from './usePipelineData';
import { DEFAULT_VIEW, weekBefore, type PipelineViewState } from './viewState';

/** The local source, with its cache, for as long as the view is shown. */
function useLocalSource(): PipelineSource {
  const { repository, sync } = useServices();
  return useMemo(
    () => localPipelineSource({ repository, sync, cache: new SummaryCache<CachedRows>(PIPELINE_CACHE_FORMAT) }),
    [repository, sync],
  );
}

/**
 * The pipeline screen (issue 12): the board over a PipelineSource (the local library
 * today, the team server later), with the screen's actions (back to the library, the
 * language) on the keys and menus.
 */
export function PipelineView({
  onOpen,
  onLibrary,
  source: given,
}: {
  onOpen: (dealId: string) => void;
  onLibrary: () => void;
  /** The rows' source; the local library when not given. */
  source?: PipelineSource;
}) {
  const services = useServices();
  const { lang } = useLang();
  const local = useLocalSource();
  const source = given ?? local;
  const today = services.today();
  const [view, setView] = useState<PipelineViewState>(DEFAULT_VIEW);
  const { data, error } = usePipelineData(source, today, view.since);
  const weekAgo = weekBefore(today);
  const movements = useMovements(source, weekAgo, today, lang);

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
      onOpen={onOpen}
      onLibrary={onLibrary}
      onSavedFilter={(text) => services.toasts.show(text)}
    />
  );
}
