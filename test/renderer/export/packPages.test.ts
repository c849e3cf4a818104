/**
 * The review pack's own pagination (issue 12): the contents give each part's and each deal's
 * first page, so the numbers must be the pages the parts are on, and no page may hold more
 * than fits (else the print engine would add a page and every later number would be off).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTENTS_FIRST,
  CONTENTS_NEXT,
  PAGE_MM,
  TABLE_ROWS,
  BLOCK_MM,
  flowHeight,
  paginatePack,
  type DealCounts,
  type PackCounts,
  type PackLayout,
  type PackPage,
} from '../../../renderer/export/packPages';

const deal = (over: Partial<DealCounts> = {}): DealCounts => ({
  gapGroups: [2, 3],
  hasPosition: true,
  stakeholders: 6,
  ...over,
});

/** Checks the layout against its counts: every start is the page its part begins on, nothing lost or doubled. */
function checkLayout(counts: PackCounts, layout: PackLayout): void {
  const { pages, starts } = layout;
  const at = (number: number) => pages[number - 1]!;
  expect(at(starts.pipeline)).toMatchObject({ kind: 'pipeline', first: true, from: 0 });
  expect(at(starts.totals)).toMatchObject({ kind: 'totals', first: true, from: 0 });
  expect(at(starts.chart)).toEqual({ kind: 'chart' });
  expect(starts.deals).toHaveLength(counts.deals.length);
  starts.deals.forEach((start, index) => {
    expect(at(start)).toEqual({ kind: 'dealTop', deal: index });
    // The deal's pages run until the next deal's start.
    const end = starts.deals[index + 1] ?? pages.length + 1;
    for (let page = start + 1; page < end; page++) expect(at(page)).toMatchObject({ kind: 'dealFlow', deal: index });
  });
  // Contents first, in order, every entry once.
  const contents = pages.filter((page): page is Extract<PackPage, { kind: 'contents' }> => page.kind === 'contents');
  expect(pages.slice(0, contents.length)).toEqual(contents);
  expect(contents.flatMap((page) => range(page.from, page.to))).toEqual(range(0, 3 + counts.deals.length));
  // Every pipeline and totals row once, in order, never more than a page holds.
  for (const kind of ['pipeline', 'totals'] as const) {
    const parts = pages.filter(
      (page): page is Extract<PackPage, { kind: 'pipeline' | 'totals' }> => page.kind === kind,
    );
    const rows = kind === 'pipeline' ? counts.pipelineRows : counts.totalsRows;
    expect(parts.flatMap((page) => range(page.from, page.to))).toEqual(range(0, rows));
    for (const page of parts) expect(page.to - page.from).toBeLessThanOrEqual(TABLE_ROWS);
  }
  // Each deal's flowing blocks: all there once, in order, each page within its height, no heading last.
  counts.deals.forEach((counted, index) => {
    const flow = pages.filter(
      (page): page is Extract<PackPage, { kind: 'dealFlow' }> => page.kind === 'dealFlow' && page.deal === index,
    );
    const blocks = flow.flatMap((page) => page.blocks);
    const gaps = blocks.filter((b) => b.kind === 'gap');
    expect(gaps).toHaveLength(counted.gapGroups.reduce((sum, n) => sum + n, 0));
    const rows = blocks.flatMap((b) => (b.kind === 'stakeholderRows' ? range(b.from, b.to) : []));
    expect(rows).toEqual(range(0, counted.stakeholders));
    expect(blocks.filter((b) => b.kind === 'position')).toHaveLength(counted.hasPosition ? 1 : 0);
    for (const page of flow) {
      expect(flowHeight(page.blocks)).toBeLessThanOrEqual(PAGE_MM);
      expect(['gapsHeading', 'groupHeading', 'stakeholdersHeading']).not.toContain(page.blocks.at(-1)!.kind);
    }
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('paginatePack', () => {
  it('keeps every fixed page within the printed height', () => {
    expect(BLOCK_MM.title + BLOCK_MM.heading + CONTENTS_FIRST * BLOCK_MM.contentsEntry).toBeLessThanOrEqual(PAGE_MM);
    expect(BLOCK_MM.heading + CONTENTS_NEXT * BLOCK_MM.contentsEntry).toBeLessThanOrEqual(PAGE_MM);
    expect(BLOCK_MM.heading + (TABLE_ROWS + 1) * BLOCK_MM.tableRow).toBeLessThanOrEqual(PAGE_MM);
  });

  it('one deal: contents, pipeline, totals, chart, then the deal’s top and its flowing page', () => {
    const counts = {
      pipelineRows: 1,
      totalsRows: 1,
      deals: [deal({ gapGroups: [1, 1], hasPosition: false, stakeholders: 3 })],
    };
    const layout = paginatePack(counts);
    checkLayout(counts, layout);
    expect(layout.starts).toEqual({ pipeline: 2, totals: 3, chart: 4, deals: [5] });
    expect(layout.pages.map((page) => page.kind)).toEqual([
      'contents',
      'pipeline',
      'totals',
      'chart',
      'dealTop',
      'dealFlow',
    ]);
  });

  it('20 deals: one contents page, the pipeline over two pages; each deal starts where the contents say', () => {
    const counts = { pipelineRows: 20, totalsRows: 2, deals: Array.from({ length: 20 }, () => deal()) };
    const layout = paginatePack(counts);
    checkLayout(counts, layout);
    expect(CONTENTS_FIRST).toBeGreaterThanOrEqual(23);
    expect(layout.pages.filter((page) => page.kind === 'contents')).toHaveLength(1);
    expect(layout.starts.pipeline).toBe(2);
    expect(layout.starts.totals).toBe(2 + Math.ceil(20 / TABLE_ROWS));
    const perDeal = layout.starts.deals[1]! - layout.starts.deals[0]!;
    expect(layout.starts.deals).toEqual(range(0, 20).map((i) => layout.starts.chart + 1 + i * perDeal));
  });

  it('60 deals: the contents run over three pages, and the parts after them move on accordingly', () => {
    const deals = Array.from({ length: 60 }, (_, i) =>
      deal({ gapGroups: [i % 4, i % 7], stakeholders: (i * 7) % 40, hasPosition: i % 2 === 0 }),
    );
    const counts = { pipelineRows: 60, totalsRows: 3, deals };
    const layout = paginatePack(counts);
    checkLayout(counts, layout);
    const contents = Math.ceil((63 - CONTENTS_FIRST) / CONTENTS_NEXT) + 1;
    expect(layout.pages.filter((page) => page.kind === 'contents')).toHaveLength(contents);
    expect(layout.starts.pipeline).toBe(contents + 1);
    expect(layout.starts.totals).toBe(contents + 1 + Math.ceil(60 / TABLE_ROWS));
  });

  it('holds for every count of rows, gaps and people', () => {
    const dealArb = fc.record({
      gapGroups: fc.array(fc.nat({ max: 12 }), { maxLength: 3 }),
      hasPosition: fc.boolean(),
      stakeholders: fc.nat({ max: 80 }),
    });
    fc.assert(
      fc.property(
        fc.nat({ max: 200 }),
        fc.nat({ max: 30 }),
        fc.array(dealArb, { maxLength: 70 }),
        (pipelineRows, totalsRows, deals) => {
          const counts = { pipelineRows, totalsRows, deals };
          checkLayout(counts, paginatePack(counts));
        },
      ),
      { numRuns: 150 },
    );
  });
});
