/**
 * The map's look, written once: the colours of each theme, the card's size and rows, the
 * borders per closeness, the lines per kind and strength, the type scale. The canvas
 * (renderer/canvas, through the CSS custom properties of cssVariables.ts), the SVG drawing
 * (shared/export/svgMap) and the deck (shared/export/deck) all read these values; none of
 * them writes a colour, width or size of the map of its own. See docs/MAP_STYLE.md.
 *
 * Units are CSS pixels of the map at 100% zoom ("map units"); the deck scales them to points.
 */
import type { Attitude, Closeness, RelationshipKind } from '../document/vocabulary';

export type MapTheme = 'light' | 'dark';

export interface MapColours {
  readonly bg: string;
  readonly surface: string;
  readonly surface2: string;
  readonly border: string;
  readonly text: string;
  readonly textMuted: string;
  readonly accent: string;
  readonly accentText: string;
  readonly attitude: Readonly<Record<Attitude, string>>;
  readonly line: Readonly<Record<RelationshipKind, string>>;
  /** The ring round the people of a chosen gap. */
  readonly highlight: string;
  /** The gap severities, as the analysis panel colours them. */
  readonly severity: Readonly<Record<'critical' | 'warning' | 'info', string>>;
}

const LIGHT: MapColours = {
  bg: '#f6f7f9',
  surface: '#ffffff',
  surface2: '#eef0f4',
  border: '#d5d9e0',
  text: '#1c2430',
  textMuted: '#5b6675',
  accent: '#2f6fde',
  accentText: '#ffffff',
  attitude: {
    champion: '#137a3a',
    supporter: '#3fa35b',
    neutral: '#8a94a3',
    opponent: '#e07b24',
    blocker: '#c62f2f',
    unknown: '#b9a6d9',
  },
  line: {
    'reports-to': '#6b7686',
    influences: '#2f6fde',
    ally: '#2b9a55',
    conflict: '#c62f2f',
  },
  highlight: '#f5b400',
  severity: { critical: '#c62f2f', warning: '#b36b00', info: '#3f6f9f' },
};

/** Dark: darker grounds and lighter text; the attitude and line colours read on both, but for the greys. */
const DARK: MapColours = {
  ...LIGHT,
  bg: '#14181e',
  surface: '#1d232b',
  surface2: '#262d37',
  border: '#3a4350',
  text: '#e6eaf0',
  textMuted: '#9aa5b4',
  accent: '#5b93f0',
  attitude: { ...LIGHT.attitude, neutral: '#7d8898', unknown: '#8c79b3' },
  line: { ...LIGHT.line, 'reports-to': '#8d97a6' },
};

export const MAP_COLOURS: Readonly<Record<MapTheme, MapColours>> = { light: LIGHT, dark: DARK };

/** Fonts that carry Simplified Chinese, then the generic family: the canvas's cards and every export. */
export const MAP_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** A text's size, line height and weight. */
export interface TextStyle {
  readonly size: number;
  readonly lineHeight: number;
  readonly bold: boolean;
}

/** The type scale of the card and the legend. */
export const TYPE = {
  name: { size: 13, lineHeight: 18, bold: true },
  attitude: { size: 11, lineHeight: 15, bold: false },
  subtitle: { size: 11, lineHeight: 15, bold: false },
  role: { size: 10.5, lineHeight: 15, bold: false },
  foot: { size: 10.5, lineHeight: 18, bold: false },
  ownerBadge: { size: 9.5, lineHeight: 18, bold: true },
  legendTitle: { size: 13, lineHeight: 16, bold: true },
  legendHeading: { size: 11, lineHeight: 15, bold: true },
  legendLabel: { size: 11, lineHeight: 15, bold: false },
} as const satisfies Record<string, TextStyle>;

/** A row of the card: its top and height, from the card's outer top edge. */
export interface Row {
  readonly top: number;
  readonly height: number;
}

/**
 * The card: a fixed-size box (the canvas, every export and the import's layout use this
 * size), a header band in the attitude colour, then four rows (name and attitude word;
 * title · department; role badges; influence bar and owner) at fixed places.
 */
export const CARD = {
  width: 208,
  height: 104,
  radius: 8,
  /** The header band's depth. */
  band: 5,
  /** The content's inset from the card's outer left and right edges (the border lies inside it). */
  padX: 9,
  rows: {
    head: { top: 10, height: 18 },
    sub: { top: 31, height: 15 },
    roles: { top: 49, height: 17 },
    foot: { top: 69, height: 18 },
  } satisfies Record<string, Row>,
  /** Space between the parts of a row. */
  gap: 6,
  /** The attitude word's pill: padding beside the word, its border, its tint of the attitude colour. */
  pill: { padX: 6, border: 1, tint: 0.16 },
  /** A role badge: padding beside the short label, border, corner radius, space between badges. */
  badge: { padX: 4, border: 1, radius: 3, gap: 3 },
  /** The influence bar. */
  influence: { width: 44, height: 8, gap: 3, dash: [3, 2] as readonly number[] },
  /** The owner's initials badge. */
  owner: { minWidth: 18, height: 18, padX: 3, gap: 3, dash: [2, 2] as readonly number[] },
  /** The room the automatic org-chart layout keeps between cards, across and down. */
  layoutRoom: { x: 12, y: 16 },
  /** Far out (compact cards): the attitude colour's share of the card's fill. */
  farTint: 0.35,
} as const;

/** A card border: width, and for the dashed ones the pattern and CSS style (dashed and dotted cards have square corners). */
export interface BorderStyle {
  readonly width: number;
  readonly css: 'solid' | 'dashed' | 'dotted';
  /** The dash pattern the SVG and the deck draw for a dashed or dotted CSS border. */
  readonly dash?: readonly number[];
  readonly square: boolean;
}

/** Closeness as the card's border: close thick, frequent medium, distant thin dashed, none dotted. */
export const BORDERS: Readonly<Record<Closeness, BorderStyle>> = {
  close: { width: 4, css: 'solid', square: false },
  frequent: { width: 2, css: 'solid', square: false },
  distant: { width: 1, css: 'dashed', dash: [3, 3], square: true },
  none: { width: 2, css: 'dotted', dash: [2, 2], square: true },
};

/** A line's look. Widths stay thin: on a large map zoomed out, thick strokes cost the rasteriser whole frames. */
export interface LineLook {
  readonly width: number;
  /** The dash pattern, in map units; solid when absent. */
  readonly dash?: readonly number[];
  /** Whether it ends in an arrow head (at the manager, at the one swayed). */
  readonly arrow: boolean;
}

const LINES: Readonly<Record<Exclude<RelationshipKind, 'influences'>, LineLook>> = {
  'reports-to': { width: 1, arrow: true },
  ally: { width: 1.75, dash: [10, 3, 2, 3], arrow: false },
  conflict: { width: 1.5, dash: [6, 5], arrow: false },
};
const INFLUENCE_WIDTHS = [1, 1.75, 3] as const;

/** The look of a line of a kind (an influence's width by its strength). */
export function lineLook(kind: RelationshipKind, strength: 1 | 2 | 3): LineLook {
  return kind === 'influences' ? { width: INFLUENCE_WIDTHS[strength - 1]!, arrow: true } : LINES[kind];
}

/** Every line width by kind and strength, for the CSS custom properties. */
export const INFLUENCE_LINE_WIDTHS: readonly number[] = INFLUENCE_WIDTHS;

/** The arrow head: length along the line and half its width. */
export const ARROW = { length: 10, halfWidth: 5 } as const;

/** How lines run (shared/mapLayout/lineRoute.ts): the room kept round cards, the bend radii. */
export const ROUTE = {
  margin: 14,
  /** Bends of a line round cards. */
  bendRadius: 10,
  /** Bends of a reports-to line's right angles (an org chart). */
  stepRadius: 6,
} as const;

/** The dash pattern of a removed line drawn as a ghost on a comparison's map, whatever its kind. */
export const GHOST_DASHES: readonly number[] = [4, 4];
/** A dashed line is cut into at most this many dash periods, however long it is. */
export const MAX_DASH_PERIODS = 12;
