/**
 * The map's tokens as CSS custom properties, so the canvas's stylesheet (canvas.css) reads
 * the very values the exports draw with. The app writes this text into a style element at
 * startup (renderer/canvas/mapStyleSheet.ts); canvas.css only refers to the variables.
 */
import { ATTITUDES, CLOSENESS, RELATIONSHIP_KINDS } from '../document/vocabulary';
import {
  BORDERS,
  CARD,
  INFLUENCE_LINE_WIDTHS,
  lineLook,
  MAP_COLOURS,
  MAP_FONT_FAMILY,
  TYPE,
  type MapColours,
} from './tokens';

const px = (n: number) => `${n}px`;

/** The colour variables of one theme. */
function colourVariables(c: MapColours): [string, string][] {
  return [
    ['--bg', c.bg],
    ['--surface', c.surface],
    ['--surface-2', c.surface2],
    ['--border', c.border],
    ['--text', c.text],
    ['--text-muted', c.textMuted],
    ['--accent', c.accent],
    ['--accent-text', c.accentText],
    ...ATTITUDES.map((a): [string, string] => [`--attitude-${a}`, c.attitude[a]]),
    ...RELATIONSHIP_KINDS.map((k): [string, string] => [`--line-${k}`, c.line[k]]),
    ['--highlight', c.highlight],
    ['--critical', c.severity.critical],
    ['--warning', c.severity.warning],
    ['--info', c.severity.info],
  ];
}

/** The sizes: the same in both themes. */
function sizeVariables(): [string, string][] {
  const rows = Object.entries(CARD.rows).flatMap(([name, row]): [string, string][] => [
    [`--card-${name}-top`, px(row.top)],
    [`--card-${name}-height`, px(row.height)],
  ]);
  const type = Object.entries(TYPE).flatMap(([name, style]): [string, string][] => [
    [`--type-${name}-size`, px(style.size)],
    [`--type-${name}-line`, px(style.lineHeight)],
  ]);
  return [
    ['--map-font', MAP_FONT_FAMILY],
    ['--card-width', px(CARD.width)],
    ['--card-height', px(CARD.height)],
    ['--card-radius', px(CARD.radius)],
    ['--card-band', px(CARD.band)],
    ['--card-pad-x', px(CARD.padX)],
    ['--card-gap', px(CARD.gap)],
    ['--card-pill-pad-x', px(CARD.pill.padX)],
    ['--card-pill-border', px(CARD.pill.border)],
    ['--card-pill-tint', `${CARD.pill.tint * 100}%`],
    ['--card-badge-pad-x', px(CARD.badge.padX)],
    ['--card-badge-border', px(CARD.badge.border)],
    ['--card-badge-radius', px(CARD.badge.radius)],
    ['--card-badge-gap', px(CARD.badge.gap)],
    ['--card-influence-width', px(CARD.influence.width)],
    ['--card-influence-height', px(CARD.influence.height)],
    ['--card-influence-gap', px(CARD.influence.gap)],
    ['--card-owner-min-width', px(CARD.owner.minWidth)],
    ['--card-owner-height', px(CARD.owner.height)],
    ['--card-owner-pad-x', px(CARD.owner.padX)],
    ['--card-owner-gap', px(CARD.owner.gap)],
    ['--card-far-tint', `${CARD.farTint * 100}%`],
    ...rows,
    ...type,
    ...CLOSENESS.map((c): [string, string] => [`--border-${c}`, px(BORDERS[c].width)]),
    ...RELATIONSHIP_KINDS.filter((k) => k !== 'influences').map((k): [string, string] => [
      `--line-width-${k}`,
      String(lineLook(k, 2).width),
    ]),
    ...INFLUENCE_LINE_WIDTHS.map((w, i): [string, string] => [`--line-width-influences-${i + 1}`, String(w)]),
  ];
}

const block = (selector: string, variables: readonly [string, string][]) =>
  `${selector} {\n${variables.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;

/** The style sheet: the light theme and the sizes on :root, the dark theme's colours when the system asks for it. */
export function mapStyleCss(): string {
  return (
    `${block(':root', [...colourVariables(MAP_COLOURS.light), ...sizeVariables()])}\n` +
    `@media (prefers-color-scheme: dark) {\n${block(':root', colourVariables(MAP_COLOURS.dark))}\n}\n`
  );
}
