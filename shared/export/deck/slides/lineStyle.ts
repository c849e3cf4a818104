/**
 * Relationship lines in the deck, in the map's tokens (shared/mapStyle lineLook): colour,
 * width (in map units, scaled with the map) and dashes as on the canvas, an arrow head for
 * the kinds that have one. PowerPoint draws dashes and arrow heads by preset: the nearest
 * presets are chosen (ally's dash-dot, conflict's dash; an arrow head that scales with the
 * line's width, so thin lines take the large one to come near the canvas's fixed head).
 */
import type { RelationshipKind } from '../../../document/vocabulary';
import { lineLook } from '../../../mapStyle/tokens';
import { THEME } from '../context';
import type { LineEnds, Outline } from '../shapes';

/** The thinnest line the deck draws, in points. */
const MIN_LINE = 0.5;

const DASH: Readonly<Record<RelationshipKind, Outline['dash']>> = {
  'reports-to': undefined,
  influences: undefined,
  ally: 'lgDashDot',
  conflict: 'dash',
};

export function deckLineLook(
  kind: RelationshipKind,
  strength: 1 | 2 | 3,
  scale: number,
): { outline: Outline; ends: LineEnds } {
  const look = lineLook(kind, strength);
  const outline: Outline = {
    color: THEME.line[kind],
    width: Math.max(MIN_LINE, Math.round(look.width * scale * 100) / 100),
    dash: DASH[kind],
  };
  // The canvas's head is 10 units long whatever the width: PowerPoint's scale with the width.
  const size = look.width >= 3 ? 'med' : 'lg';
  return { outline, ends: look.arrow ? { tail: 'triangle', size } : {} };
}
