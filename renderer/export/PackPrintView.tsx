import { useState, type MouseEvent } from 'react';
import type { ReviewPack } from '../../shared/export/reviewPack';
import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { PackChartView } from './PackChartView';
import { PackTableView } from './PackTableView';
import { pageCss } from './pageCss';
import { PrintToolbar, usePrintJob } from './printJob';
import { SheetDocument } from './SheetDocument';
import './print.css';
import './packPrint.css';

/** The anchors of the pack's parts, which the contents link to (links in the printed PDF too). */
export const PACK_ANCHORS = { pipeline: 'pack-pipeline', totals: 'pack-totals', chart: 'pack-chart' } as const;
export const packDealAnchor = (index: number) => `pack-deal-${index + 1}`;

/**
 * The print view of the review pack (shared/export/reviewPack.ts), A4 landscape like the
 * one-deal sheet's: the contents (each part linked; the desktop's PDF also has them as
 * bookmarks), the pipeline table, the totals per currency, the chart of the quarter, then
 * each deal's sheet on its own pages, drawn by the sheet's own view. The browser prints it
 * with window.print(); the desktop prints it to a PDF file, as it does the one-deal sheet.
 * The page numbers are the print engine's (the footer); the contents cannot know them.
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

  const savePdfNow = usePrintJob({ fileName, ready: mapsReady >= pack.deals.length, savePdf, onBack });

  // The app's address is its route: a contents link scrolls on screen instead of changing it.
  const follow = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.scrollIntoView();
  };
  const entries = [
    { id: PACK_ANCHORS.pipeline, label: pack.sections.pipeline, deal: false },
    { id: PACK_ANCHORS.totals, label: pack.sections.totals, deal: false },
    { id: PACK_ANCHORS.chart, label: pack.chart.title, deal: false },
    ...pack.deals.map((deal, index) => ({ id: packDealAnchor(index), label: deal.title, deal: true })),
  ];

  return (
    <div className="print-view pack-print">
      <style>{pageCss(pack.footer.note, pack.footer.pageTemplate)}</style>
      <PrintToolbar
        label="pipelineExportApp.print.toolbar"
        back="pipelineExportApp.print.back"
        onBack={onBack}
        savePdf={savePdfNow}
      />
      <article className="pack" lang={pack.lang}>
        <section className="sheet pack-part pack-cover" aria-labelledby="pack-title">
          <h1 id="pack-title">{pack.title}</h1>
          <p className="pack-subtitle">{pack.subtitle}</p>
          <nav aria-labelledby="pack-contents">
            <h2 id="pack-contents">{pack.sections.contents}</h2>
            <ol className="pack-contents">
              {entries.map((entry) => (
                <li key={entry.id} className={entry.deal ? 'is-deal' : undefined}>
                  <a href={`#${entry.id}`} onClick={(event) => follow(event, entry.id)}>
                    {entry.label}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        </section>
        <section className="sheet pack-part" aria-labelledby={PACK_ANCHORS.pipeline}>
          <h2 id={PACK_ANCHORS.pipeline}>{pack.sections.pipeline}</h2>
          {pack.empty !== null ? <p>{pack.empty}</p> : <PackTableView table={pack.pipeline} />}
          <h2 id={PACK_ANCHORS.totals} className="pack-totals-heading">
            {pack.sections.totals}
          </h2>
          <PackTableView table={pack.totals} />
        </section>
        <section className="sheet pack-part" aria-labelledby={PACK_ANCHORS.chart}>
          <h2 id={PACK_ANCHORS.chart}>{pack.chart.title}</h2>
          <PackChartView
            chart={pack.chart}
            unnamed={(count) => translatePlural(pack.lang, 'pipelineExport.pack.chartUnnamed', count)}
          />
        </section>
        {pack.deals.map((deal, index) => (
          <section key={index} id={packDealAnchor(index)} className="pack-part pack-deal" aria-label={deal.title}>
            <SheetDocument
              sheet={deal.sheet}
              idPrefix={`${packDealAnchor(index)}-sheet`}
              mapAlt={t('exportApp.print.mapAlt')}
              onMapReady={() => setMapsReady((count) => count + 1)}
            />
          </section>
        ))}
      </article>
    </div>
  );
}
