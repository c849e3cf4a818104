/**
 * Where a cell's hover tip goes, in viewport pixels: under the cell, its left edge on the
 * cell's; moved left just enough when it would pass the viewport's right edge (the status
 * column is the table's last), above the cell when there is no room below, and kept inside the viewport
 * with a margin either way, so no part of it is ever cut off.
 */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The space kept between the tip and the viewport's edges, and between the tip and its cell. */
export const TIP_MARGIN = 8;
const GAP = 2;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

export function placeTip(cell: Box, tip: Size, viewport: Size): { left: number; top: number } {
  const maxLeft = viewport.width - TIP_MARGIN - tip.width;
  const left = clamp(cell.left, TIP_MARGIN, Math.max(TIP_MARGIN, maxLeft));
  const below = cell.top + cell.height + GAP;
  const above = cell.top - GAP - tip.height;
  const fitsBelow = below + tip.height <= viewport.height - TIP_MARGIN;
  const top = fitsBelow || above < TIP_MARGIN ? below : above;
  const maxTop = viewport.height - TIP_MARGIN - tip.height;
  return { left, top: clamp(top, TIP_MARGIN, Math.max(TIP_MARGIN, maxTop)) };
}
