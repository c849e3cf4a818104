/**
 * The review pack paginated by us, not by the print engine, so that the contents can give
 * each part's and each deal's first page number before anything is printed.
 *
 * Every printed page is a box of PAGE_MM height (inside the A4 landscape margins of
 * pageCss.ts) that breaks before the next. What goes on a page are blocks of a fixed
 * greatest height in millimetres (a table row, a gap, a heading): the view caps each block
 * at its height (lines clamped), so summing heights here is exactly what prints. A table
 * runs over as many pages as its rows need, its header on each; a deal's sheet is its top
 * (header, map, likelihood) on one page, then its gaps, position and stakeholders flowing
 * over the following pages. Pure: the view (PackPrintView) and the tests read the same pages.
 */

/** The height of a page's content: A4 landscape (210 mm) less the @page margins (12 + 14 mm), less a safety. */
export const PAGE_MM = 180;

/** The greatest height of each kind of block, in millimetres; the view caps each block at it. */
export const BLOCK_MM = {
  /** The pack's title and subtitle, on the first contents page. */
  title: 24,
  /** A part's heading (h2). */
  heading: 10,
  /** A contents entry: one line. */
  contentsEntry: 6,
  /** A table's header row, or a row: two lines of 8.5 pt at most. */
  tableRow: 9.5,
  /** A gap group's heading (h3). */
  groupHeading: 8,
  /** A gap: its message and action, two lines each at most, and its people, one line. */
  gap: 24,
  /** A sentence in place of a list ("No gaps", "No people"). */
  note: 7,
  /** The position against the best supplier: notes, legend and eight criteria. */
  position: 82,
} as const;

/** A deal's flowing part, counted: what its sheet holds below the top. */
export interface DealCounts {
  /** The number of gaps of each severity group, in order; empty when the deal has none. */
  readonly gapGroups: readonly number[];
  readonly hasPosition: boolean;
  /** Rows of the stakeholder table; 0 prints a sentence instead. */
  readonly stakeholders: number;
}

export interface PackCounts {
  readonly pipelineRows: number;
  readonly totalsRows: number;
  readonly deals: readonly DealCounts[];
}

/** One block of a deal's flowing part, pointing into the sheet's model. */
export type FlowBlock =
  | { readonly kind: 'gapsHeading' }
  | { readonly kind: 'gapsNone' }
  | { readonly kind: 'groupHeading'; readonly group: number }
  | { readonly kind: 'gap'; readonly group: number; readonly index: number }
  | { readonly kind: 'position' }
  | { readonly kind: 'stakeholdersHeading' }
  | { readonly kind: 'stakeholdersNone' }
  /** Rows [from, to) of the stakeholder table, with its header. */
  | { readonly kind: 'stakeholderRows'; readonly from: number; readonly to: number };

export type PackPage =
  /** Entries [from, to) of the contents; the first page also has the title. */
  | { readonly kind: 'contents'; readonly from: number; readonly to: number; readonly first: boolean }
  /** Rows [from, to) of the pipeline or totals table; `first`: the part starts here (its heading). */
  | {
      readonly kind: 'pipeline' | 'totals';
      readonly from: number;
      readonly to: number;
      readonly first: boolean;
    }
  | { readonly kind: 'chart' }
  | { readonly kind: 'dealTop'; readonly deal: number }
  | { readonly kind: 'dealFlow'; readonly deal: number; readonly blocks: readonly FlowBlock[] };

export interface PackLayout {
  readonly pages: readonly PackPage[];
  /** 1-based page numbers where each part and each deal starts: what the contents print. */
  readonly starts: {
    readonly pipeline: number;
    readonly totals: number;
    readonly chart: number;
    readonly deals: readonly number[];
  };
}

/** Entries on the first contents page (under the title) and on each further one. */
export const CONTENTS_FIRST = Math.floor((PAGE_MM - BLOCK_MM.title - BLOCK_MM.heading) / BLOCK_MM.contentsEntry);
export const CONTENTS_NEXT = Math.floor((PAGE_MM - BLOCK_MM.heading) / BLOCK_MM.contentsEntry);
/** Table rows on a page under the part's heading and the table's header row. */
export const TABLE_ROWS = Math.floor((PAGE_MM - BLOCK_MM.heading - BLOCK_MM.tableRow) / BLOCK_MM.tableRow);

/** The parts before the deals in the contents: the pipeline, the totals, the chart. */
export const CONTENTS_PARTS = 3;

function contentsPages(entries: number): PackPage[] {
  const pages: PackPage[] = [];
  let from = 0;
  do {
    const to = Math.min(entries, from + (pages.length === 0 ? CONTENTS_FIRST : CONTENTS_NEXT));
    pages.push({ kind: 'contents', from, to, first: pages.length === 0 });
    from = to;
  } while (from < entries);
  return pages;
}

function tablePages(kind: 'pipeline' | 'totals', rows: number): PackPage[] {
  const pages: PackPage[] = [];
  let from = 0;
  do {
    const to = Math.min(rows, from + TABLE_ROWS);
    pages.push({ kind, from, to, first: from === 0 });
    from = to;
  } while (from < rows);
  return pages;
}

interface Sized {
  readonly block: FlowBlock;
  readonly mm: number;
  /** A heading: it goes onto a page only with the block after it. */
  readonly keepWithNext: boolean;
}

function flowBlocks(deal: DealCounts): Sized[] {
  const out: Sized[] = [{ block: { kind: 'gapsHeading' }, mm: BLOCK_MM.heading, keepWithNext: true }];
  if (deal.gapGroups.every((count) => count === 0))
    out.push({ block: { kind: 'gapsNone' }, mm: BLOCK_MM.note, keepWithNext: false });
  deal.gapGroups.forEach((count, group) => {
    if (count === 0) return;
    out.push({ block: { kind: 'groupHeading', group }, mm: BLOCK_MM.groupHeading, keepWithNext: true });
    for (let index = 0; index < count; index++)
      out.push({ block: { kind: 'gap', group, index }, mm: BLOCK_MM.gap, keepWithNext: false });
  });
  if (deal.hasPosition) out.push({ block: { kind: 'position' }, mm: BLOCK_MM.position, keepWithNext: false });
  out.push({ block: { kind: 'stakeholdersHeading' }, mm: BLOCK_MM.heading, keepWithNext: true });
  if (deal.stakeholders === 0)
    out.push({ block: { kind: 'stakeholdersNone' }, mm: BLOCK_MM.note, keepWithNext: false });
  // Each row alone; runs of rows on one page are joined into one table below.
  for (let row = 0; row < deal.stakeholders; row++)
    out.push({
      block: { kind: 'stakeholderRows', from: row, to: row + 1 },
      mm: BLOCK_MM.tableRow,
      keepWithNext: false,
    });
  return out;
}

/** A run of stakeholder rows starting a page, or right after the heading, needs the table's header row. */
function headerCost(blocks: readonly FlowBlock[], block: FlowBlock): number {
  if (block.kind !== 'stakeholderRows') return 0;
  return blocks.at(-1)?.kind === 'stakeholderRows' ? 0 : BLOCK_MM.tableRow;
}

/** Joins adjacent single rows into one table block. */
function joinRows(blocks: readonly FlowBlock[]): FlowBlock[] {
  const out: FlowBlock[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind === 'stakeholderRows' && last?.kind === 'stakeholderRows')
      out[out.length - 1] = { ...last, to: block.to };
    else out.push(block);
  }
  return out;
}

/** A deal's flowing part on pages: blocks in order, a heading never last on a page. */
export function flowPages(deal: DealCounts): FlowBlock[][] {
  const sized = flowBlocks(deal);
  const pages: FlowBlock[][] = [];
  let page: FlowBlock[] = [];
  let used = 0;
  sized.forEach((item, index) => {
    const next = item.keepWithNext ? sized[index + 1] : undefined;
    const need = (blocks: readonly FlowBlock[]) =>
      item.mm + headerCost(blocks, item.block) + (next ? next.mm + headerCost([item.block], next.block) : 0);
    if (page.length > 0 && used + need(page) > PAGE_MM) {
      pages.push(joinRows(page));
      page = [];
      used = 0;
    }
    used += item.mm + headerCost(page, item.block);
    page.push(item.block);
  });
  if (page.length > 0) pages.push(joinRows(page));
  return pages;
}

/** The pack's pages, in order, and where each part and deal starts. */
export function paginatePack(counts: PackCounts): PackLayout {
  const pages: PackPage[] = contentsPages(CONTENTS_PARTS + counts.deals.length);
  const startOf = () => pages.length + 1;
  const pipeline = startOf();
  pages.push(...tablePages('pipeline', counts.pipelineRows));
  const totals = startOf();
  pages.push(...tablePages('totals', counts.totalsRows));
  const chart = startOf();
  pages.push({ kind: 'chart' });
  const deals = counts.deals.map((deal, index) => {
    const start = startOf();
    pages.push({ kind: 'dealTop', deal: index });
    for (const blocks of flowPages(deal)) pages.push({ kind: 'dealFlow', deal: index, blocks });
    return start;
  });
  return { pages, starts: { pipeline, totals, chart, deals } };
}

/** The greatest height of a flowing page's blocks: never more than PAGE_MM (the tests check it). */
export function flowHeight(blocks: readonly FlowBlock[]): number {
  let mm = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'gapsHeading':
      case 'stakeholdersHeading':
        mm += BLOCK_MM.heading;
        break;
      case 'gapsNone':
      case 'stakeholdersNone':
        mm += BLOCK_MM.note;
        break;
      case 'groupHeading':
        mm += BLOCK_MM.groupHeading;
        break;
      case 'gap':
        mm += BLOCK_MM.gap;
        break;
      case 'position':
        mm += BLOCK_MM.position;
        break;
      case 'stakeholderRows':
        mm += BLOCK_MM.tableRow * (block.to - block.from + 1);
        break;
    }
  }
  return mm;
}
