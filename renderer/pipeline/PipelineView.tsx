import { useMemo, useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import { CommandPalette } from '../actions/CommandPalette';
import type { ActionHandlers } from '../actions/registry';
import { useScreenActions } from '../actions/useScreenActions';
import { PackPrintView } from '../export/PackPrintView';
import { useLang } from '../i18n/LangContext';
import { SummaryCache } from '../persistence/summaryCache';
import { useServices } from '../services/services';
import { EXPORT_TOAST } from '../ui/toasts';
import { selectedDealIds, type PipelineExportKind } from './exportModel';
import type { PrivacyChoices } from '../export/exportFormats';
import { useTeam } from '../team/TeamContext';
import { fetchSharedDeals } from '../team/fetchSharedDeals';
import { fetchTeamPipeline, fetchTeamPipelineSince } from '../team/teamApi';
import { PipelineBoard } from './PipelineBoard';
import { pipelineActionHandlers } from './pipelineActions';
import { PipelineExportDialog } from './PipelineExportDialog';
import { readPipelineDocuments, writePipelineExport, type PackJob } from './runPipelineExport';
import { localPipelineSource, PIPELINE_CACHE_FORMAT, type CachedRows, type PipelineSource } from './source';
import { teamPipelineSource } from './teamSource';
import { usePipelineData, useMovements } from './usePipelineData';
import { useOpenRemote } from './useOpenRemote';
import { DEFAULT_VIEW, weekBefore, type PipelineViewState } from './viewState';

/**
 * The local source with its cache (the one given, when the entry point started reading it),
 * merged with the team's rows when signed in, for as long as the view is shown.
 */
function useTeamSource(given: PipelineSource | undefined): PipelineSource {
  const { repository, sync } = useServices();
  const { store, cache, openDoc } = useTeam();
  return useMemo(() => {
    const local =
      given ??
      localPipelineSource({
        repository,
        sync,
        cache: new SummaryCache<CachedRows>(PIPELINE_CACHE_FORMAT),
      });
    const session = store.session;
    return teamPipelineSource({
      local,
      session,
      ask: () => fetchTeamPipeline(session),
      askSince: (query) => fetchTeamPipelineSince(session, query),
      fetchDeals: (dealIds, options) =>
        fetchSharedDeals({ session, openDoc, link: (deal) => store.link(deal) }, dealIds, options),
      cache,
    });
  }, [given, repository, sync, store, cache, openDoc]);
}

/**
 * The pipeline screen (issue 12): the board over a PipelineSource (the local library,
 * with the team's deals when signed in), with the screen's actions (back to the library,
 * the language, the exports of the deals the filter selects, the command palette) on the
 * keys, the menus and the palette; the review pack's print view in its place while it is
 * shown. A team deal with no copy here is fetched from the server when opened, as the
 * library does.
 */
export function PipelineView({
  onOpen,
  onLibrary,
  source: given,
  localRows,
}: {
  onOpen: (dealId: string) => void;
  onLibrary: () => void;
  /** The rows' source; the local library and the team's rows when not given. */
  source?: PipelineSource;
  /** The local library's rows, when the entry point started reading them (earlyLoad.ts); made here when not given. */
  localRows?: PipelineSource | undefined;
}) {
  const services = useServices();
  const { t, lang } = useLang();
  const team = useTeamSource(localRows);
  const source = given ?? team;
  const today = services.today();
  const [view, setView] = useState<PipelineViewState>(DEFAULT_VIEW);
  const { data, error } = usePipelineData(source, today, view.since);
  const weekAgo = weekBefore(today);
  const movements = useMovements(source, weekAgo, today, lang);
  const [exporting, setExporting] = useState<PipelineExportKind | null>(null);
  const [packJob, setPackJob] = useState<PackJob | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const rows = data?.rows;
  const selected = useMemo(() => (rows ? selectedDealIds(rows, view.filter) : []), [rows, view.filter]);
  const open = useOpenRemote(data?.remote, onOpen);

  const loaded = rows !== undefined;
  const screenActions = useMemo<ActionHandlers>(
    () => pipelineActionHandlers({ loaded, exportDeals: setExporting, openPalette: () => setPaletteOpen(true) }),
    [loaded],
  );
  const context = { platform: services.platform, lang, setLang: services.setLang, active: packJob === null };
  const runner = useScreenActions(onLibrary, context, screenActions);

  const exportEnv = { source, platform: services.platform, rows: rows ?? [], lang, asOf: today, since: view.since };
  const failed = (message: string) =>
    services.toasts.show(t('exportApp.failed', { message }), { tone: 'error', kind: EXPORT_TOAST });
  const writeExport = (kind: PipelineExportKind, documents: readonly PowermapDocument[], choices: PrivacyChoices) => {
    writePipelineExport(kind, documents, choices, exportEnv).then(
      (result) => {
        if (result.outcome === 'pack') setPackJob(result.job);
        else if (result.outcome === 'saved')
          services.toasts.show(t('exportApp.done', { name: result.name }), { kind: EXPORT_TOAST });
      },
      (failure: unknown) => failed(failure instanceof Error ? failure.message : String(failure)),
    );
  };

  if (packJob !== null) {
    return (
      <PackPrintView
        pack={packJob.pack}
        fileName={packJob.fileName}
        savePdf={packJob.savePdf}
        onBack={() => setPackJob(null)}
      />
    );
  }
  return (
    <>
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
        onExport={setExporting}
      />
      {exporting !== null && (
        <PipelineExportDialog
          kind={exporting}
          count={selected.length}
          today={today}
          read={(options) => readPipelineDocuments(selected, exportEnv, options)}
          onExport={(documents, choices) => writeExport(exporting, documents, choices)}
          onFailed={failed}
          onClose={() => setExporting(null)}
        />
      )}
      {paletteOpen && (
        <CommandPalette runner={runner} isMac={services.platform.isMac} onClose={() => setPaletteOpen(false)} />
      )}
    </>
  );
}
