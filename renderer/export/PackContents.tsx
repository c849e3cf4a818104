import type { MouseEvent } from 'react';
import type { ReviewPack } from '../../shared/export/reviewPack';
import { continuedLabel } from '../../shared/export/sheet';
import { PACK_ANCHORS, packDealAnchor } from './packAnchors';
import { BLOCK_MM, CONTENTS_PARTS, type PackLayout, type PackPage } from './packPages';

export interface ContentsEntry {
  readonly id: string;
  readonly label: string;
  readonly page: number;
  readonly deal: boolean;
}

/** The contents' entries: each part, then each deal, with the page it starts on. */
export function contentsEntries(pack: ReviewPack, { starts }: PackLayout): ContentsEntry[] {
  return [
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
}

// The app's address is its route: a contents link scrolls on screen instead of changing it.
const follow = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView();
};

/** One page of the pack's contents: the first has the pack's title; the others say they continue it. */
export function PackContents({
  pack,
  entries,
  page,
}: {
  pack: ReviewPack;
  entries: readonly ContentsEntry[];
  page: Extract<PackPage, { kind: 'contents' }>;
}) {
  const continued = (section: string) => continuedLabel(pack.footer.continuedTemplate, section);
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
}
