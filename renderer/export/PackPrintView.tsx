import { useMemo, useState, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import type { ReviewPack } from '../../shared/export/reviewPack';
import { continuedLabel } from '../../shared/export/sheet';
import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { PackChartView } from './PackChartView';
import { PackDealFlow } from './PackDealPage';
import { BLOCK_MM, CONTENTS_PARTS, PAGE_MM, paginatePack, type PackLayout, type PackPage } from './packPages';
import { pageCss } from './pageCss';
import { PrintToolbar, usePrintJob } from './printJob';
import { SheetHeader, SheetTop } from './SheetDocument';
import { SheetTable } from './SheetTable';
import './print.css';
import './packPrint.css';

/** The anchors of the pack's parts, which the contents link to (links in the printed PDF too). */
export const PACK_ANCHORS = { pipeline: 'pack-pipeline', totals: 'pack-totals', chart: 'pack-chart' } as const;
export const packDealAnchor = (index: number) => `pack-deal-${index + 1}`;
/** The prefix of the ids in a deal's sheet (its headings), unique per deal in the pack. */
const sheetIdPrefix = (index: number) => `${packDealAnchor(index)}-sheet`;

/** The pack's pages as packPages.ts counts them, from the pack's model. */
export function packLayout(pack: ReviewPack): PackLayout {
  return paginatePack({
    pipelineRows: pack.empty !== null ? 0 : pack.pipeline.rows.length,
    totalsRows: pack.totals.rows.length,
    deals: pack.deals.map(({ sheet }) => ({
      gapGroups: sheet.gaps.groups.map((group) => group.gaps.length),
      hasPosition: sheet.position !== null && sheet.position !== undefined,
      stakeholders: sheet.table.rows.length,
    })),
  });
}

interface Entry {
  readonly id: string;
  readonly label: string;
  readonly page: number;
  readonly deal: boolean;
}

/**
 * The print view of the review pack (shared/export/reviewPack.ts), A4 landscape like the
 * one-deal sheet's, paginated by us (packPages.ts): the contents, each part and deal with the
 * page it starts on (and linked; the desktop's PDF also has them as bookmarks), the pipeline
 * table, the totals per currency, the chart of the quarter, then each deal's sheet: its top
 * on one page, its gaps, position and stakeholders on the pages after. Every page is a box of
 * the printed page's height that breaks before the next, so the numbers are the printed ones.
 */
export function PackPrintView({
  pack,
  fileName,
  savePdf = false,
  onBack,
}: {
  pack: ReviewPack;
  /** The PDF's proposed name ("Review pack 2026-12-02.pdf"). */
  fileName: string;
  /** Desktop: save the PDF once every map is drawn, then go back. */
  savePdf?: boolean;
  onBack: () => void;
}) {
  const { t } = useLang();
  const [mapsReady, setMapsReady] = useState(0);
  const layout = useMemo(() => packLayout(pack), [pack]);

  const savePdfNow = usePrintJob({ fileName, ready: mapsReady >= pack.deals.length, savePdf, onBack });

  // The app's address is its route: a contents link scrolls on screen instead of changing it.
  const follow = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.scrollIntoView();
  };
  const { starts } = layout;
  const entries: Entry[] = [
    { id: PACK_ANCHORS.pipeline, label: pack.sections.pipeline, page: starts.pipeline, deal: false },
    { id: PACK_ANCHORS.totals, label: pack.sections.totals, page: starts.totals, deal: false },
    { id: PACK_ANCHORS.chart, label: pack.chart.title, page: starts.chart, deal: false },
    ...pack.deals.map((deal, index) => ({
      id: packDealAnchor(index),
      label: deal.title,
      page: starts.deals[index]!,
      deal: true,
    })),
  ];
  const continued = (section: string) => continuedLabel(pack.footer.continuedTemplate, section);
  const heading = (id: string, text: string, first: boolean) =>
    // A part's heading once (a bookmark); on the pages it runs on to, a plain line saying so.
    first ? <h2 id={id}>{text}</h2> : <p className="pack-continued">{continued(text)}</p>;

  const pageContent = (page: PackPage): ReactNode => {
    switch (page.kind) {
      case 'contents':
        return (
          <>
            {page.first && (
              <div className="pack-title" style={{ maxHeight: `${BLOCK_MM.title}mm` }}>
                <h1 id="pack-title">{pack.title}</h1>
                <p className="pack-subtitle">{pack.subtitle}</p>
              </div>
            )}
            <nav aria-label={page.first ? pack.sections.contents : continued(pack.sections.contents)}>
              {page.first ? (
                <h2 id="pack-contents">{pack.sections.contents}</h2>
              ) : (
                <p className="pack-continued">{continued(pack.sections.contents)}</p>
              )}
              <ol className="pack-contents" start={page.from + 1}>
                {entries.slice(page.from, page.to).map((entry, index) => (
                  <li
                    key={entry.id}
                    className={page.from + index >= CONTENTS_PARTS ? 'is-deal' : undefined}
                    style={{ height: `${BLOCK_MM.contentsEntry}mm` }}
                  >
                    <a href={`#${entry.id}`} onClick={(event) => follow(event, entry.id)}>
                      {entry.label}
                    </a>
                    <span className="pack-page-number">{entry.page}</span>
                  </li>
                ))}
              </ol>
            </nav>
          </>
        );
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
              onMapReady={() => setMapsReady((count) => count + 1)}
            />
          </>
        );
      }
      case 'dealFlow':
        return (
          <PackDealFlow sheet={pack.deals[page.deal]!.sheet} blocks={page.blocks} idPrefix={sheetIdPrefix(page.deal)} />
        );
    }
  };

  return (
    <div className="print-view pack-print">
      <style>{pageCss(pack.footer.note, pack.footer.pageTemplate)}</style>
      <PrintToolbar
        label="pipelineExportApp.print.toolbar"
        back="pipelineExportApp.print.back"
        onBack={onBack}
        savePdf={savePdfNow}
      />
      <article className="pack" lang={pack.lang} style={{ '--pack-page-height': `${PAGE_MM}mm` } as CSSProperties}>
        {layout.pages.map((page, index) => {
          const deal = page.kind === 'dealTop' || page.kind === 'dealFlow' ? pack.deals[page.deal]! : null;
          return (
            <section
              key={index}
              id={page.kind === 'dealTop' ? packDealAnchor(page.deal) : undefined}
              className={`sheet pack-page pack-page--${page.kind}`}
              aria-label={deal ? deal.title : undefined}
              lang={deal ? deal.sheet.lang : undefined}
              data-page={index + 1}
            >
              {pageContent(page)}
            </section>
          );
        })}
      </article>
    </div>
  );
}
