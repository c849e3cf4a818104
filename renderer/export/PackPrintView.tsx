import { useMemo, useState, type CSSProperties } from 'react';
import type { ReviewPack } from '../../shared/export/reviewPack';
import { packDealAnchor } from './packAnchors';
import { contentsEntries } from './PackContents';
import { PackPageContent } from './PackPageContent';
import { PAGE_MM, paginatePack, type PackLayout } from './packPages';
import { pageCss } from './pageCss';
import { PrintToolbar, usePrintJob } from './printJob';
import './print.css';
import './packPrint.css';

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
  const [mapsReady, setMapsReady] = useState(0);
  const layout = useMemo(() => packLayout(pack), [pack]);

  const savePdfNow = usePrintJob({ fileName, ready: mapsReady >= pack.deals.length, savePdf, onBack });

  const entries = contentsEntries(pack, layout);
  const onMapReady = () => setMapsReady((count) => count + 1);

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
              <PackPageContent pack={pack} entries={entries} page={page} onMapReady={onMapReady} />
            </section>
          );
        })}
      </article>
    </div>
  );
}
