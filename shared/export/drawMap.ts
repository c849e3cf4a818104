/**
 * The map as one standalone SVG 1.1 document, drawn from the model with the look of the
 * canvas (renderer/canvas: PersonCard, canvas.css, theme.css): cards with a header band and
 * border in the attitude colour, the attitude word, closeness as the border's weight and
 * dashes, role badges with short labels, an influence bar, the owner; lines styled by kind;
 * a legend; a title block with the deal, account, purchase stage, date and win likelihood.
 *
 * Pure: strings in, a string out, no DOM and no fonts. Deterministic: the same document and
 * options always give the same bytes (no clock, no random ids, numbers rounded the same
 * way). Every text from the document goes through escape.ts; nothing is interpolated raw.
 *
 * For the later exporters (PNG, PDF, PPTX) the geometry is available on its own
 * (`layoutMap`), and every card is `<g class="person" data-id="…">`, every line
 * `<g class="line line--KIND" data-id="…">`.
 */
import { analyze } from '../analysis/analyze';
import type { PowermapDocument, Relationship, Stakeholder } from '../document/schema';
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSENESS,
  type Attitude,
  type Closeness,
  type RelationshipKind,
} from '../document/vocabulary';
import { translator, type Translator } from '../i18n/translate';
import { ownerOf, subtitleOf, type CardOwner } from './cardText';
import { escapeXml } from './escape';
import { CARD_HEIGHT, CARD_WIDTH } from './geometry';
import type { ExportPrivacy, ExportView } from './privacy';
import { estimateWidth, truncateToWidth } from './textWidth';

export { CARD_HEIGHT, CARD_WIDTH };

/** Fonts that carry Simplified Chinese, then the generic family. */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** The light theme's tokens (renderer/styles/theme.css). */
export const LIGHT_THEME = {
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
  } satisfies Record<Attitude, string>,
  line: {
    'reports-to': '#6b7686',
    influences: '#2f6fde',
    ally: '#2b9a55',
    conflict: '#c62f2f',
  } satisfies Record<RelationshipKind, string>,
} as const;

export interface DrawMapOptions {
  /** The analysis date (YYYY-MM-DD) for the win likelihood; without it, staleness is not judged. */
  readonly asOf?: string | null;
  /** The heading; the deal's name when not given (the deal's name then joins the line below). */
  readonly title?: string;
  /** The date shown in the title block ("As of …"); `asOf` when not given. */
  readonly date?: string | null;
  /** The drawing's size on the page; it is scaled to fit (the aspect ratio is kept). Natural size when not given. */
  readonly width?: number;
  readonly height?: number;
  readonly theme?: 'light';
  /** Draw the title block (default true); the deal-review sheet has its own header and leaves it out. */
  readonly titleBlock?: boolean;
}

/** What drawing takes: the caller's options with the view's language and privacy choices. */
type DrawSettings = DrawMapOptions & ExportPrivacy;

// ---------- Geometry ----------

const MARGIN = 32;
/** The tinted map area reaches this far beyond the cards. */
const MAP_PAD = 16;
const TITLE_HEIGHT = 64;
const TITLE_GAP = 24;
const LEGEND_GAP = 48;
const LEGEND_MIN_WIDTH = 200;
const LEGEND_MAX_WIDTH = 380;
const EMPTY_MAP = { width: 360, height: 120 };
/** Lines between the same two people are spread this far apart. */
const PARALLEL_SPACING = 7;
/** Lines stop this far outside a card's border. */
const LINE_GAP = 3;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CardLayout extends Box {
  readonly person: Stakeholder;
}

export interface LineLayout {
  readonly line: Relationship;
  /** From the `from` card's edge to the `to` card's edge (centres when the cards overlap). */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly title: Box;
  /** Where the people are drawn (their bounding box, moved into the drawing). */
  readonly map: Box;
  readonly legend: Box;
  readonly cards: readonly CardLayout[];
  readonly lines: readonly LineLayout[];
}

/**
 * The card sizes and positions, the line segments and the frame of a drawing of `doc`;
 * without `titled`, the title box is empty and the map starts at the top margin.
 */
export function layoutMap(
  doc: PowermapDocument,
  legendWidth = LEGEND_MIN_WIDTH,
  legendHeight = 0,
  titled = true,
): MapLayout {
  const people = doc.stakeholders;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const person of people) {
    minX = Math.min(minX, person.position.x);
    minY = Math.min(minY, person.position.y);
    maxX = Math.max(maxX, person.position.x + CARD_WIDTH);
    maxY = Math.max(maxY, person.position.y + CARD_HEIGHT);
  }
  const empty = people.length === 0;
  const mapWidth = empty ? EMPTY_MAP.width : maxX - minX;
  const mapHeight = empty ? EMPTY_MAP.height : maxY - minY;
  const map: Box = {
    x: MARGIN + MAP_PAD,
    y: MARGIN + (titled ? TITLE_HEIGHT + TITLE_GAP : 0) + MAP_PAD,
    width: mapWidth,
    height: mapHeight,
  };
  const dx = empty ? 0 : map.x - minX;
  const dy = empty ? 0 : map.y - minY;

  const cards: CardLayout[] = people.map((person) => ({
    person,
    x: person.position.x + dx,
    y: person.position.y + dy,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  }));
  const byId = new Map(cards.map((card) => [card.person.id, card]));

  // Lines between the same two people (either way round) are spread side by side.
  const pairs = new Map<string, Relationship[]>();
  for (const line of doc.relationships) {
    const key = line.from < line.to ? `${line.from}\u0000${line.to}` : `${line.to}\u0000${line.from}`;
    const list = pairs.get(key) ?? [];
    list.push(line);
    pairs.set(key, list);
  }
  const lines: LineLayout[] = [];
  for (const line of doc.relationships) {
    const from = byId.get(line.from);
    const to = byId.get(line.to);
    if (!from || !to) continue;
    const key = line.from < line.to ? `${line.from}\u0000${line.to}` : `${line.to}\u0000${line.from}`;
    const siblings = pairs.get(key)!;
    const offset = (siblings.indexOf(line) - (siblings.length - 1) / 2) * PARALLEL_SPACING;
    lines.push({ line, ...edgeToEdge(from, to, line.from < line.to ? offset : -offset) });
  }

  const legend: Box = {
    x: map.x + mapWidth + MAP_PAD + LEGEND_GAP,
    y: map.y - MAP_PAD,
    width: legendWidth,
    height: legendHeight,
  };
  const width = legend.x + legend.width + MARGIN;
  const height = Math.max(map.y + mapHeight + MAP_PAD, legend.y + legendHeight) + MARGIN;
  return {
    width,
    height,
    title: { x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: titled ? TITLE_HEIGHT : 0 },
    map,
    legend,
    cards,
    lines,
  };
}

/**
 * The segment between two cards' centres, moved sideways by `offset`, clipped to both cards
 * (plus a small gap); the unclipped centre segment when the cards overlap.
 */
function edgeToEdge(from: Box, to: Box, offset: number): { x1: number; y1: number; x2: number; y2: number } {
  const ax = from.x + from.width / 2;
  const ay = from.y + from.height / 2;
  const bx = to.x + to.width / 2;
  const by = to.y + to.height / 2;
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { x1: ax, y1: ay, x2: bx, y2: by };
  const ox = (-dy / length) * offset;
  const oy = (dx / length) * offset;
  const x1 = ax + ox;
  const y1 = ay + oy;
  const x2 = bx + ox;
  const y2 = by + oy;
  const tFrom = exitParameter(from, x1, y1, dx, dy);
  const tTo = exitParameter(to, x2, y2, -dx, -dy);
  if (tFrom + tTo >= 1) return { x1: ax, y1: ay, x2: bx, y2: by };
  return { x1: x1 + dx * tFrom, y1: y1 + dy * tFrom, x2: x2 - dx * tTo, y2: y2 - dy * tTo };
}

/** How far along (dx, dy) a ray from (x, y), inside `box`, leaves the box grown by LINE_GAP. */
function exitParameter(box: Box, x: number, y: number, dx: number, dy: number): number {
  const left = box.x - LINE_GAP;
  const right = box.x + box.width + LINE_GAP;
  const top = box.y - LINE_GAP;
  const bottom = box.y + box.height + LINE_GAP;
  let t = Infinity;
  if (dx > 0) t = Math.min(t, (right - x) / dx);
  if (dx < 0) t = Math.min(t, (left - x) / dx);
  if (dy > 0) t = Math.min(t, (bottom - y) / dy);
  if (dy < 0) t = Math.min(t, (top - y) / dy);
  return Math.max(0, t === Infinity ? 0 : t);
}

// ---------- SVG writing ----------

/** A number as written in the SVG: at most two decimals, never `-0`. */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

type Attributes = Readonly<Record<string, string | number | undefined>>;

function attrs(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element; `content` is markup already built by these helpers. */
function el(name: string, attributes: Attributes, content?: string): string {
  return content === undefined ? `<${name}${attrs(attributes)}/>` : `<${name}${attrs(attributes)}>${content}</${name}>`;
}

/** A text element: the text is escaped here, and only here. */
function text(value: string, attributes: Attributes): string {
  return el('text', attributes, escapeXml(value));
}

/** `color` mixed with white: `share` of the colour (0..1). */
function tint(color: string, share: number): string {
  const channel = (i: number) => {
    const c = parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(c * share + 255 * (1 - share))
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

const THEME = LIGHT_THEME;

/** Closeness as the card border: close thick, frequent medium, distant thin dashed, none dotted. */
const BORDERS: Readonly<Record<Closeness, { width: number; dash?: string }>> = {
  close: { width: 4 },
  frequent: { width: 2 },
  distant: { width: 1, dash: '5 3' },
  none: { width: 2, dash: '2 3' },
};

/** Line widths and dashes, as canvas.css and toFlow's LINE_DASHES draw them. */
function lineStyle(kind: RelationshipKind, strength: 1 | 2 | 3): { width: number; dash?: string; marker?: string } {
  switch (kind) {
    case 'reports-to':
      return { width: 1.5, marker: 'pm-arrow-reports-to' };
    case 'influences':
      return { width: [1, 2.5, 4.5][strength - 1]!, marker: `pm-arrow-influences-${strength}` };
    case 'ally':
      return { width: 2.5, dash: '10 3 2 3' };
    case 'conflict':
      return { width: 2, dash: '6 5' };
  }
}

/** Arrow heads: their length along the line (the line stops short by this much). */
const ARROWS: readonly { id: string; kind: RelationshipKind; size: number }[] = [
  { id: 'pm-arrow-reports-to', kind: 'reports-to', size: 10 },
  { id: 'pm-arrow-influences-1', kind: 'influences', size: 10 },
  { id: 'pm-arrow-influences-2', kind: 'influences', size: 12 },
  { id: 'pm-arrow-influences-3', kind: 'influences', size: 14 },
];

function markerDefs(): string {
  return ARROWS.map(({ id, kind, size }) =>
    el(
      'marker',
      {
        id,
        viewBox: '0 0 10 10',
        refX: 0,
        refY: 5,
        markerWidth: size,
        markerHeight: size,
        markerUnits: 'userSpaceOnUse',
        orient: 'auto',
      },
      el('path', { d: 'M0,0 L10,5 L0,10 z', fill: THEME.line[kind] }),
    ),
  ).join('');
}

/** A path from (x1, y1) to (x2, y2); with an arrow, the path stops where the arrow head starts. */
function linePath(x1: number, y1: number, x2: number, y2: number, kind: RelationshipKind, strength: 1 | 2 | 3): string {
  const style = lineStyle(kind, strength);
  let ex = x2;
  let ey = y2;
  if (style.marker) {
    const size = ARROWS.find((arrow) => arrow.id === style.marker)!.size;
    const length = Math.hypot(x2 - x1, y2 - y1);
    const cut = Math.min(size, length * 0.6);
    if (length > 0) {
      ex = x2 - ((x2 - x1) / length) * cut;
      ey = y2 - ((y2 - y1) / length) * cut;
    }
  }
  return el('path', {
    d: `M${num(x1)} ${num(y1)} L${num(ex)} ${num(ey)}`,
    fill: 'none',
    stroke: THEME.line[kind],
    'stroke-width': style.width,
    'stroke-dasharray': style.dash,
    'marker-end': style.marker ? `url(#${style.marker})` : undefined,
  });
}

/** A role badge as the card and the legend draw it: the decision-maker's filled dark. */
function roleBadge(label: string, decisionMaker: boolean, left: number, top: number, width: number): string {
  return (
    el('rect', {
      x: left,
      y: top,
      width,
      height: 16,
      rx: 3,
      fill: decisionMaker ? THEME.text : THEME.surface2,
      stroke: decisionMaker ? THEME.text : THEME.border,
      'stroke-width': 1,
    }) +
    text(label, {
      x: left + width / 2,
      y: top + 11.5,
      'font-size': 10.5,
      'text-anchor': 'middle',
      'font-weight': decisionMaker ? 'bold' : undefined,
      fill: decisionMaker ? THEME.surface : THEME.text,
    })
  );
}

function drawCard(card: CardLayout, owner: CardOwner | null, t: Translator): string {
  const { person, x, y, width: w, height: h } = card;
  const color = THEME.attitude[person.attitude];
  const border = BORDERS[person.closeness];
  const pad = 10;
  const parts: string[] = [];

  const subtitle = subtitleOf(person);
  const attitudeWord = t(`attitude.${person.attitude}`);
  parts.push(
    el(
      'title',
      {},
      escapeXml(
        t('canvas.person.aria', {
          name: person.name,
          title: subtitle === '' ? '' : t('canvas.person.title', { title: subtitle }),
          attitude: attitudeWord,
          closeness: t(`closeness.${person.closeness}`),
          influence:
            person.influence === null
              ? t('canvas.influence.noneLong')
              : t('canvas.influence', { value: num(person.influence) }),
          owner: owner === null ? t('canvas.owner.noneLong') : t('canvas.owner', { name: owner.name }),
        }),
      ),
    ),
  );
  // Surface, then the header band (the top of the rounded card, 6 units deep), then the border.
  const r = 8;
  const band = 6;
  const inset = r - Math.sqrt(r * r - (r - band) * (r - band));
  parts.push(el('rect', { x, y, width: w, height: h, rx: r, fill: THEME.surface }));
  parts.push(
    el('path', {
      d:
        `M${num(x + inset)} ${num(y + band)} A${r} ${r} 0 0 1 ${num(x + r)} ${num(y)} ` +
        `H${num(x + w - r)} A${r} ${r} 0 0 1 ${num(x + w - inset)} ${num(y + band)} Z`,
      fill: color,
    }),
  );
  const half = border.width / 2;
  parts.push(
    el('rect', {
      class: 'card-border',
      x: x + half,
      y: y + half,
      width: w - border.width,
      height: h - border.width,
      rx: r - half,
      fill: 'none',
      stroke: color,
      'stroke-width': border.width,
      'stroke-dasharray': border.dash,
    }),
  );

  // First row: the name, and the attitude word in a pill at the right.
  const pillLabel = truncateToWidth(attitudeWord, w / 2 - 12, 11);
  const pillWidth = estimateWidth(pillLabel, 11) + 12;
  const pillX = x + w - pad + 1 - pillWidth;
  parts.push(
    el('rect', {
      x: pillX,
      y: y + 14,
      width: pillWidth,
      height: 16,
      rx: 8,
      fill: tint(color, 0.16),
      stroke: color,
      'stroke-width': 1,
    }),
  );
  parts.push(
    text(pillLabel, {
      class: 'attitude',
      x: pillX + pillWidth / 2,
      y: y + 26,
      'font-size': 11,
      'text-anchor': 'middle',
      fill: THEME.text,
    }),
  );
  parts.push(
    text(truncateToWidth(person.name, pillX - 6 - (x + pad), 13, true), {
      class: 'name',
      x: x + pad,
      y: y + 27,
      'font-size': 13,
      'font-weight': 'bold',
      fill: THEME.text,
    }),
  );

  // Second row: title · department (not when the name already says it, as in the anonymous variant).
  if (subtitle !== '' && person.name !== subtitle && !person.name.startsWith(`${subtitle} (`)) {
    parts.push(
      text(truncateToWidth(subtitle, w - 2 * pad, 11), {
        class: 'subtitle',
        x: x + pad,
        y: y + 46,
        'font-size': 11,
        fill: THEME.textMuted,
      }),
    );
  }

  // Third row: role badges, the decision-maker's filled.
  let bx = x + pad;
  const roles = person.roles;
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i]!;
    const label = t(`canvas.roleShort.${role}`);
    const bw = estimateWidth(label, 10.5) + 8;
    if (bx + bw > x + w - pad) {
      parts.push(text(`+${roles.length - i}`, { x: bx, y: y + 64.5, 'font-size': 10.5, fill: THEME.textMuted }));
      break;
    }
    parts.push(el('g', { class: `role role--${role}` }, roleBadge(label, role === 'decision-maker', bx, y + 53, bw)));
    bx += bw + 3;
  }

  // Foot: influence bar and figure at the left, the owner at the right.
  const footY = y + h - 22;
  let influenceEnd: number;
  if (person.influence === null) {
    const label = t('canvas.influence.none');
    parts.push(
      el('rect', {
        x: x + pad,
        y: footY + 5,
        width: 44,
        height: 8,
        rx: 4,
        fill: 'none',
        stroke: THEME.textMuted,
        'stroke-width': 1,
        'stroke-dasharray': '3 2',
      }),
    );
    parts.push(
      text(label, {
        class: 'influence',
        x: x + pad + 48,
        y: footY + 13,
        'font-size': 10.5,
        'font-style': 'italic',
        fill: THEME.textMuted,
      }),
    );
    influenceEnd = x + pad + 48 + estimateWidth(label, 10.5);
  } else {
    const share = Math.min(100, Math.max(0, person.influence)) / 100;
    const label = `${num(person.influence)}%`;
    parts.push(
      el('rect', {
        x: x + pad,
        y: footY + 5,
        width: 44,
        height: 8,
        rx: 4,
        fill: THEME.surface2,
        stroke: THEME.border,
        'stroke-width': 1,
      }),
    );
    if (share > 0) {
      parts.push(
        el('rect', {
          x: x + pad + 0.5,
          y: footY + 5.5,
          width: 43 * share,
          height: 7,
          rx: Math.min(3.5, (43 * share) / 2),
          fill: THEME.accent,
        }),
      );
    }
    parts.push(
      text(label, { class: 'influence', x: x + pad + 48, y: footY + 13, 'font-size': 10.5, fill: THEME.text }),
    );
    influenceEnd = x + pad + 48 + estimateWidth(label, 10.5);
  }

  const ownerName = owner === null ? t('canvas.owner.none') : owner.name;
  const badgeText = owner === null ? '?' : owner.initials;
  const badgeWidth = Math.max(18, estimateWidth(badgeText, 9.5, true) + 6);
  const nameRoom = x + w - pad - (influenceEnd + 8) - badgeWidth - 3;
  const shownName = truncateToWidth(ownerName, Math.max(nameRoom, 12), 10.5);
  const ownerX = x + w - pad - badgeWidth - 3 - estimateWidth(shownName, 10.5);
  const badge =
    el('rect', {
      x: ownerX,
      y: footY,
      width: badgeWidth,
      height: 18,
      rx: 9,
      fill: owner === null ? 'none' : THEME.accent,
      stroke: owner === null ? THEME.textMuted : undefined,
      'stroke-width': owner === null ? 1 : undefined,
      'stroke-dasharray': owner === null ? '2 2' : undefined,
    }) +
    text(badgeText, {
      x: ownerX + badgeWidth / 2,
      y: footY + 12.5,
      'font-size': 9.5,
      'font-weight': 'bold',
      'text-anchor': 'middle',
      fill: owner === null ? THEME.textMuted : THEME.accentText,
    });
  parts.push(
    el(
      'g',
      { class: owner === null ? 'owner owner--none' : 'owner' },
      badge +
        text(shownName, {
          x: ownerX + badgeWidth + 3,
          y: footY + 13,
          'font-size': 10.5,
          'font-style': owner === null ? 'italic' : undefined,
          fill: owner === null ? THEME.textMuted : THEME.text,
        }),
    ),
  );

  return el(
    'g',
    { class: 'person', 'data-id': person.id, 'data-attitude': person.attitude, 'data-closeness': person.closeness },
    parts.join(''),
  );
}

function drawLine(layout: LineLayout, names: ReadonlyMap<string, string>, t: Translator): string {
  const { line, x1, y1, x2, y2 } = layout;
  const label = t(`canvas.line.${line.kind}`, {
    from: names.get(line.from) ?? line.from,
    to: names.get(line.to) ?? line.to,
    strength: t(`canvas.strength.${line.strength}`),
  });
  return el(
    'g',
    {
      class: `line line--${line.kind}`,
      'data-id': line.id,
      'data-from': line.from,
      'data-to': line.to,
      'data-strength': line.kind === 'influences' ? line.strength : undefined,
    },
    el('title', {}, escapeXml(label)) + linePath(x1, y1, x2, y2, line.kind, line.strength),
  );
}

// ---------- Legend ----------

const LEGEND_PAD = 12;
const LEGEND_ROW = 19;
const LEGEND_SAMPLE = 48;

interface LegendRow {
  readonly label: string;
  /** Draws the sample in a box 48 wide, centred on `cy`, starting at `x`. */
  readonly sample: (x: number, cy: number) => string;
}

interface LegendSection {
  readonly heading: string;
  readonly rows: readonly LegendRow[];
}

function legendSections(t: Translator): LegendSection[] {
  const lineSample =
    (kind: RelationshipKind, strength: 1 | 2 | 3 = 2) =>
    (x: number, cy: number) =>
      linePath(x + 2, cy, x + LEGEND_SAMPLE - 2, cy, kind, strength);
  return [
    {
      heading: t('export.legend.attitude'),
      rows: ATTITUDES.map((attitude) => ({
        label: t(`attitude.${attitude}`),
        sample: (x: number, cy: number) =>
          el('rect', { x: x + 17, y: cy - 7, width: 14, height: 14, rx: 3, fill: THEME.attitude[attitude] }),
      })),
    },
    {
      heading: t('export.legend.closeness'),
      rows: [...CLOSENESS].reverse().map((closeness) => {
        const border = BORDERS[closeness];
        return {
          label: t(`closeness.${closeness}`),
          sample: (x: number, cy: number) =>
            el('rect', {
              x: x + 12 + border.width / 2,
              y: cy - 7 + border.width / 2,
              width: 24 - border.width,
              height: 14 - border.width,
              rx: 3,
              fill: THEME.surface,
              stroke: THEME.textMuted,
              'stroke-width': border.width,
              'stroke-dasharray': border.dash,
            }),
        };
      }),
    },
    {
      heading: t('export.legend.lines'),
      rows: [
        { label: t('export.legend.reportsTo'), sample: lineSample('reports-to') },
        { label: t('export.legend.influences'), sample: lineSample('influences') },
        {
          label: t('export.legend.strength'),
          sample: (x: number, cy: number) =>
            ([1, 2, 3] as const)
              .map((strength, i) =>
                el('path', {
                  d: `M${num(x + 2 + i * 16)} ${num(cy)} H${num(x + 14 + i * 16)}`,
                  stroke: THEME.line.influences,
                  'stroke-width': lineStyle('influences', strength).width,
                }),
              )
              .join(''),
        },
        { label: t('export.legend.ally'), sample: lineSample('ally') },
        { label: t('export.legend.conflict'), sample: lineSample('conflict') },
      ],
    },
    {
      heading: t('export.legend.influence'),
      rows: [
        {
          label: t('export.legend.influenceSample'),
          sample: (x: number, cy: number) =>
            el('rect', {
              x: x + 2,
              y: cy - 4,
              width: 44,
              height: 8,
              rx: 4,
              fill: THEME.surface2,
              stroke: THEME.border,
              'stroke-width': 1,
            }) + el('rect', { x: x + 2.5, y: cy - 3.5, width: 25.8, height: 7, rx: 3.5, fill: THEME.accent }),
        },
        {
          label: t('export.legend.influenceNone'),
          sample: (x: number, cy: number) =>
            el('rect', {
              x: x + 2,
              y: cy - 4,
              width: 44,
              height: 8,
              rx: 4,
              fill: 'none',
              stroke: THEME.textMuted,
              'stroke-width': 1,
              'stroke-dasharray': '3 2',
            }),
        },
      ],
    },
    {
      heading: t('export.legend.roles'),
      rows: BUYING_ROLES.map((role) => ({
        label: t(`role.${role}`),
        sample: (x: number, cy: number) => {
          const label = t(`canvas.roleShort.${role}`);
          const bw = estimateWidth(label, 10.5) + 8;
          return roleBadge(label, role === 'decision-maker', x + (LEGEND_SAMPLE - bw) / 2, cy - 8, bw);
        },
      })),
    },
  ];
}

/** The legend's size: wide enough for its longest label (within bounds), tall enough for every row. */
function legendSize(t: Translator, sections: readonly LegendSection[]): { width: number; height: number } {
  let widest = estimateWidth(t('export.legend'), 13, true);
  let height = LEGEND_PAD + 16;
  for (const section of sections) {
    widest = Math.max(widest, estimateWidth(section.heading, 11, true));
    for (const row of section.rows) widest = Math.max(widest, LEGEND_SAMPLE + 8 + estimateWidth(row.label, 11));
    height += 22 + section.rows.length * LEGEND_ROW;
  }
  const width = Math.min(LEGEND_MAX_WIDTH, Math.max(LEGEND_MIN_WIDTH, widest + 2 * LEGEND_PAD));
  return { width, height: height + LEGEND_PAD - 4 };
}

function drawLegend(box: Box, t: Translator, sections: readonly LegendSection[]): string {
  const parts: string[] = [
    el('rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: 6,
      fill: THEME.surface,
      stroke: THEME.border,
      'stroke-width': 1,
    }),
    text(t('export.legend'), {
      x: box.x + LEGEND_PAD,
      y: box.y + LEGEND_PAD + 11,
      'font-size': 13,
      'font-weight': 'bold',
      fill: THEME.text,
    }),
  ];
  const inner = box.width - 2 * LEGEND_PAD;
  let y = box.y + LEGEND_PAD + 16;
  for (const section of sections) {
    y += 22;
    parts.push(
      text(truncateToWidth(section.heading, inner, 11, true), {
        x: box.x + LEGEND_PAD,
        y: y - 6,
        'font-size': 11,
        'font-weight': 'bold',
        fill: THEME.textMuted,
      }),
    );
    for (const row of section.rows) {
      const cy = y + LEGEND_ROW / 2;
      parts.push(row.sample(box.x + LEGEND_PAD, cy));
      parts.push(
        text(truncateToWidth(row.label, inner - LEGEND_SAMPLE - 8, 11), {
          x: box.x + LEGEND_PAD + LEGEND_SAMPLE + 8,
          y: cy + 4,
          'font-size': 11,
          fill: THEME.text,
        }),
      );
      y += LEGEND_ROW;
    }
  }
  return el('g', { class: 'legend' }, parts.join(''));
}

// ---------- Title block ----------

function drawTitle(box: Box, doc: PowermapDocument, options: DrawSettings, likelihood: number, t: Translator): string {
  const heading = options.title ?? doc.deal.name;
  const date = options.date ?? options.asOf ?? null;
  const facts = [
    options.title === undefined ? null : doc.deal.name,
    // The anonymous variant's account is a placeholder ("Client"): nothing to show.
    doc.deal.account.trim() === '' || options.anonymous
      ? null
      : t('export.title.account', { account: doc.deal.account }),
    t('export.title.stage', { stage: t(`purchaseStage.${doc.deal.purchaseStage}`) }),
    date === null || date === '' ? null : t('export.title.date', { date }),
  ].filter((part): part is string => part !== null);

  const figure = `${likelihood}%`;
  const likelihoodLabel = t('likelihood.label');
  const rightWidth = Math.max(estimateWidth(figure, 26, true), estimateWidth(likelihoodLabel, 11));
  const room = box.width - rightWidth - 24;
  const right = box.x + box.width;
  return el(
    'g',
    { class: 'title-block' },
    [
      text(truncateToWidth(heading, room, 20, true), {
        class: 'deal',
        x: box.x,
        y: box.y + 22,
        'font-size': 20,
        'font-weight': 'bold',
        fill: THEME.text,
      }),
      text(truncateToWidth(facts.join('   ·   '), room, 12), {
        class: 'facts',
        x: box.x,
        y: box.y + 46,
        'font-size': 12,
        fill: THEME.textMuted,
      }),
      el(
        'g',
        { class: 'likelihood', 'data-value': likelihood },
        text(figure, {
          x: right,
          y: box.y + 26,
          'font-size': 26,
          'font-weight': 'bold',
          'text-anchor': 'end',
          fill: THEME.accent,
        }) +
          text(likelihoodLabel, {
            x: right,
            y: box.y + 46,
            'font-size': 11,
            'text-anchor': 'end',
            fill: THEME.textMuted,
          }),
      ),
      el('path', {
        d: `M${num(box.x)} ${num(box.y + box.height - 0.5)} H${num(right)}`,
        stroke: THEME.border,
        'stroke-width': 1,
      }),
    ].join(''),
  );
}

/** The widest a title block's heading needs to be drawn in full, within reason. */
const MAX_NATURAL_WIDTH = 1400;

/** A drawing: the SVG document and its natural size (the viewBox), for placing it on a page. */
export interface MapDrawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The map of an export view as a standalone SVG 1.1 document (see the module comment), in
 * the view's language. Personal fields (interests, notes) are never drawn; an anonymous
 * view draws the anonymous variant.
 */
export function drawMapSvg(view: ExportView, drawOptions: DrawMapOptions = {}): string {
  return drawMap(view, drawOptions).svg;
}

/** `drawMapSvg` with the drawing's natural size. */
export function drawMap(view: ExportView, drawOptions: DrawMapOptions = {}): MapDrawing {
  const options: DrawSettings = { ...drawOptions, ...view.privacy };
  const { doc } = view;
  const titled = options.titleBlock ?? true;
  const t = translator(options.lang);
  const analysis = analyze(doc, { asOf: options.asOf ?? null, lang: options.lang });
  const sections = legendSections(t);
  const legend = legendSize(t, sections);
  let layout = layoutMap(doc, legend.width, legend.height, titled);

  // Widen the drawing (within reason) when the heading would not fit the map's width.
  const heading = options.title ?? doc.deal.name;
  const wanted = !titled
    ? 0
    : Math.min(
        MAX_NATURAL_WIDTH,
        2 * MARGIN + estimateWidth(heading, 20, true) + 24 + estimateWidth(t('likelihood.label'), 11) + 8,
      );
  if (wanted > layout.width) {
    layout = { ...layout, width: wanted, title: { ...layout.title, width: wanted - 2 * MARGIN } };
  }

  const names = new Map(doc.stakeholders.map((person) => [person.id, person.name]));
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.height);
  const body: string[] = [
    el('title', {}, escapeXml(t('export.map.label', { deal: doc.deal.name }))),
    el('defs', {}, markerDefs()),
    el('rect', { class: 'background', x: 0, y: 0, width, height, fill: THEME.surface }),
    el('rect', {
      class: 'map-area',
      x: layout.map.x - MAP_PAD,
      y: layout.map.y - MAP_PAD,
      width: layout.map.width + 2 * MAP_PAD,
      height: layout.map.height + 2 * MAP_PAD,
      rx: 8,
      fill: THEME.bg,
    }),
    titled ? drawTitle(layout.title, doc, options, analysis.winLikelihood, t) : '',
    el('g', { class: 'lines' }, layout.lines.map((line) => drawLine(line, names, t)).join('')),
    el('g', { class: 'people' }, layout.cards.map((card) => drawCard(card, ownerOf(doc, card.person, t), t)).join('')),
  ];
  if (doc.stakeholders.length === 0) {
    body.push(
      text(t('export.map.empty'), {
        class: 'empty',
        x: layout.map.x + layout.map.width / 2,
        y: layout.map.y + layout.map.height / 2 + 4,
        'font-size': 13,
        'text-anchor': 'middle',
        fill: THEME.textMuted,
      }),
    );
  }
  body.push(drawLegend(layout.legend, t, sections));

  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width: options.width ?? width,
      height: options.height ?? height,
      viewBox: `0 0 ${width} ${height}`,
      preserveAspectRatio: 'xMidYMid meet',
      'font-family': FONT_FAMILY,
      role: 'img',
      'xml:lang': options.lang,
    },
    body.join(''),
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}
