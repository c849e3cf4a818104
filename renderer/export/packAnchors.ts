/** The anchors of the pack's parts, which the contents link to (links in the printed PDF too). */
export const PACK_ANCHORS = { pipeline: 'pack-pipeline', totals: 'pack-totals', chart: 'pack-chart' } as const;
export const packDealAnchor = (index: number) => `pack-deal-${index + 1}`;
/** The prefix of the ids in a deal's sheet (its headings), unique per deal in the pack. */
export const sheetIdPrefix = (index: number) => `${packDealAnchor(index)}-sheet`;
