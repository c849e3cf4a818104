/**
 * Relationship lines as the canvas draws them (drawMap.ts lineStyle, LIGHT_THEME.line):
 * reports-to solid grey with an arrow to the manager, influences blue with an arrow to the
 * one swayed (wider the stronger), ally green dash-dot, conflict red dashed. Widths are in
 * the map's units (CSS pixels) and scaled with the map.
 */
import type { RelationshipKind } from '../../../document/vocabulary';
import { THEME } from '../context';
import type { LineEnds, Outline } from '../shapes';

const WIDTH: Readonly<Record<RelationshipKind, number>> = {
  'reports-to': 1.5,
  influences: 2.5,
  ally: 2.5,
  conflict: 2,
};
const INFLUENCE_WIDTH = [1, 2.5, 4.5] as const;

/** The thinnest line the deck draws, in points. */
const MIN_LINE = 0.5;

export function lineLook(
  kind: RelationshipKind,
  strength: 1 | 2 | 3,
  scale: number,
): { outline: Outline; ends: LineEnds } {
  const width = kind === 'influences' ? INFLUENCE_WIDTH[strength - 1]! : WIDTH[kind];
  const outline: Outline = {
    color: THEME.line[kind],
    width: Math.max(MIN_LINE, Math.round(width * scale * 100) / 100),
    dash: kind === 'ally' ? 'lgDashDot' : kind === 'conflict' ? 'dash' : undefined,
  };
  const arrow = kind === 'reports-to' || kind === 'influences';
  const size = kind === 'influences' ? (['sm', 'med', 'lg'] as const)[strength - 1] : 'med';
  return { outline, ends: arrow ? { tail: 'triangle', size } : {} };
}
