/**
 * How much a card and a line show at a zoom (issue 9 §4): text that no one can read is
 * not worth laying out, painting and rasterising on every frame of a pan.
 *
 *   full    - the whole card (canvas.css);
 *   names   - the card's band, border and its name enlarged (canvas.css, `pm-canvas--far`);
 *   shapes  - a rounded rectangle coloured by attitude, bordered by closeness, no text;
 *             lines without arrow heads or labels (levelOfDetail.css).
 *
 * The thresholds come from the name's size on screen: text under READABLE_PX screen pixels
 * is a grey smudge. The full card's name is NAME_PX, so full cards go below READABLE_PX /
 * NAME_PX (46%); the names level draws the name at FAR_NAME_PX, so shapes take over below
 * READABLE_PX / FAR_NAME_PX (30%).
 *
 * Hysteresis: a level is left for a coarser one as soon as the zoom drops below its
 * threshold, but is only taken back once the zoom rises above that threshold times BAND.
 * A zoom hovering at a threshold (a trackpad's jitter, the zoom buttons' steps) therefore
 * switches once, not every frame; and a switch is a class on the canvas root
 * (`detailClass`), so no card re-renders or re-mounts: the browser restyles once. Only the
 * cards' handles come and go with the shapes level (CardHandles says why).
 * People keep their names for screen readers at every level: the name is in the node's
 * aria-label (toFlow), not only in the card's text.
 */

export type Detail = 'full' | 'names' | 'shapes';

/** From the most to the least detailed. */
export const DETAILS: readonly Detail[] = ['full', 'names', 'shapes'];

/** Text smaller than this on screen (CSS pixels) cannot be read. */
export const READABLE_PX = 6;
/** The name's font size on a full card (canvas.css `.pm-card__name`). */
export const NAME_PX = 13;
/** The name's font size at the names level (canvas.css `.pm-canvas--far .pm-card__name`). */
export const FAR_NAME_PX = 20;

/** Below this zoom the full card's name is unreadable: cards show only their name, enlarged. */
export const NAMES_BELOW = READABLE_PX / NAME_PX;
/** Below this zoom even the enlarged name is unreadable: cards become shapes. */
export const SHAPES_BELOW = READABLE_PX / FAR_NAME_PX;
/**
 * A coarser level is left only once the zoom is this factor above its threshold: wider
 * than a trackpad's jitter, narrower than one step of the zoom buttons (x1.2), so one step
 * out of the opening zoom (50%) and one back brings the full cards back (0.4615 x 1.08 < 0.5).
 */
export const BAND = 1.08;

/** The zoom below which each level gives way to the next coarser one (index: the coarser level's rank). */
const THRESHOLDS = [Infinity, NAMES_BELOW, SHAPES_BELOW] as const;

const rank = (detail: Detail) => DETAILS.indexOf(detail);

/** The level a zoom has when each threshold is multiplied by `factor`. */
function levelAt(zoom: number, factor: number): number {
  let level = 0;
  for (let r = 1; r < THRESHOLDS.length; r++) if (zoom < THRESHOLDS[r]! * factor) level = r;
  return level;
}

/**
 * The level after the zoom changed to `zoom`, coming from `current`: at least as coarse as
 * the thresholds the zoom is below, at most as coarse as those it has not risen clear of
 * (by BAND); within those bounds, unchanged.
 */
export function nextDetail(current: Detail, zoom: number): Detail {
  if (!Number.isFinite(zoom) || zoom <= 0) return current;
  const atLeast = levelAt(zoom, 1);
  const atMost = levelAt(zoom, BAND);
  return DETAILS[Math.min(Math.max(rank(current), atLeast), atMost)]!;
}

/** The canvas root's class for a level (canvas.css, levelOfDetail.css); none for full cards. */
export function detailClass(detail: Detail): string {
  switch (detail) {
    case 'full':
      return '';
    case 'names':
      return ' pm-canvas--far';
    case 'shapes':
      return ' pm-canvas--shapes';
  }
}
