/**
 * Marks the canvas can draw on people and lines, for a comparison of two versions: a
 * person added, removed (a ghost in the old place), improved, worsened or otherwise
 * changed; a line added or removed. The canvas knows nothing of how marks are decided
 * (renderer/history/compareMarks.ts does); it only draws them, as part of each card and
 * line, so they are culled, cached and labelled like everything else on the map.
 */
import type { Translator } from '../../shared/i18n';

export type PersonMark = 'added' | 'removed' | 'improved' | 'worsened' | 'changed';
export type LineMark = 'added' | 'removed';

/** Marks by person id and line id; anyone not listed is unchanged and drawn plainly. */
export interface CanvasMarks {
  readonly people: ReadonlyMap<string, PersonMark>;
  readonly lines: ReadonlyMap<string, LineMark>;
}

/** The symbol before each mark's word: a mark is never told by colour alone. */
export const MARK_SYMBOLS: Readonly<Record<PersonMark, string>> = {
  added: '+',
  removed: '−',
  improved: '▲',
  worsened: '▼',
  changed: '~',
};

/** The badge a marked card shows, e.g. "▲ improved". */
export function markBadge(mark: PersonMark, words: Translator): string {
  return `${MARK_SYMBOLS[mark]} ${words(`canvas.mark.${mark}`)}`;
}

/**
 * A teammate's selection (presence): a ring in their colour round the person they have
 * selected, with their name. Several teammates on one person: the first one's colour, all
 * the names. The colour is data (shared/mapStyle/peers.ts), so the card sets it inline.
 */
export interface PeerMark {
  readonly colour: string;
  readonly names: readonly string[];
}
