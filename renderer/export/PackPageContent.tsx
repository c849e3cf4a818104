import type { ReviewPack } from '../../shared/export/reviewPack';
import { continuedLabel } from '../../shared/export/sheet';
import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { PackChartView } from './PackChartView';
import { PackContents, type ContentsEntry } from './PackContents';
import { PackDealFlow } from './PackDealPage';
import { PACK_ANCHORS, sheetIdPrefix } from './packAnchors';
import type { PackPage } from './packPages';
import { SheetHeader, SheetTop } from './SheetDocument';
import { SheetTable } from './SheetTable';

/** What one printed page of the pack holds, by its kind (packPages.ts). */
export function PackPageContent({
  pack,
  entries,
  page,
  onMapReady,
}: {
  pack: ReviewPack;
  entries: readonly ContentsEntry[];
  page: PackPage;
  /** A deal's map is drawn: the PDF waits for every one. */
  onMapReady: () => void;
}) {
  const { t } = useLang();
  const heading = (id: string, text: string, first: boolean) =>
    // A part's heading once (a bookmark); on the pages it runs on to, a plain line saying so.
    first ? (
      <h2 id={id}>{text}</h2>
    ) : (
      <p className="pack-continued">{continuedLabel(pack.footer.continuedTemplate, text)}</p>
    );

  switch (page.kind) {
    case 'contents':
      return <PackContents pack={pack} entries={entries} page={page} />;
    case 'pipeline':
      return (
        <>
          {heading(PACK_ANCHORS.pipeline, pack.sections.pipeline, page.first)}
          {pack.empty !== null ? (
            <p>{pack.empty}</p>
          ) : (
            <SheetTable table={pack.pipeline} from={page.from} to={page.to} clamped />
          )}
        </>
      );
    case 'totals':
      return (
        <>
          {heading(PACK_ANCHORS.totals, pack.sections.totals, page.first)}
          <SheetTable table={pack.totals} from={page.from} to={page.to} clamped />
        </>
      );
    case 'chart':
      return (
        <>
          <h2 id={PACK_ANCHORS.chart}>{pack.chart.title}</h2>
          <PackChartView
            chart={pack.chart}
            unnamed={(count) => translatePlural(pack.lang, 'pipelineExport.pack.chartUnnamed', count)}
          />
        </>
      );
    case 'dealTop': {
      const { sheet } = pack.deals[page.deal]!;
      return (
        <>
          <SheetHeader sheet={sheet} />
          <SheetTop
            sheet={sheet}
            idPrefix={sheetIdPrefix(page.deal)}
            mapAlt={t('exportApp.print.mapAlt')}
            onMapReady={onMapReady}
          />
        </>
      );
    }
    case 'dealFlow':
      return (
        <PackDealFlow sheet={pack.deals[page.deal]!.sheet} blocks={page.blocks} idPrefix={sheetIdPrefix(page.deal)} />
      );
  }
}
