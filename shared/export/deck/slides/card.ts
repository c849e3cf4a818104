/**
 * A person's card as native shapes: the shared card layout (shared/mapLayout/cardLayout.ts)
 * in the shared tokens (shared/mapStyle), as the canvas and the SVG drawing show it: a rounded
 * rectangle with a header band and border in the attitude colour, closeness as the
 * border's weight and dashes, the name, the attitude word in a pill, title · department,
 * role badges (the decision-maker's filled), the influence bar and the owner.
 *
 * The rounded rectangle is the person's shape: it carries the name as its text, is named
 * "Person: <name>" and is what the lines are glued to. The other parts join it in a group,
 * so the card moves as one. The layout's boxes are in the map's units (CSS pixels) and are
 * multiplied by the slide scale; each text is a text box anchored at its box's middle; when the scale makes text smaller than
 * MIN_FONT the card is drawn compact: the shape and its name only (see `cardDetail`).
 */
import type { Stakeholder } from '../../../document/schema';
import type { Closeness } from '../../../document/vocabulary';
import type { Translator } from '../../../i18n/translate';
import { cardLayout, type CardLayout, type TextRun } from '../../../mapLayout/cardLayout';
import { tint } from '../../../mapStyle/colour';
import { BORDERS, CARD, TYPE, type BorderStyle } from '../../../mapStyle/tokens';
import { ownerOf, type CardOwner } from '../../../mapLayout/cardText';
import { cardDescription as describeCard } from '../../svgMap/card';
import { truncateToWidth } from '../../../text/textWidth';
import { MIN_FONT, THEME, type DeckContext } from '../context';
import { group, shape, type Box, type Outline, type ShapeIds, type ShapeSpec } from '../shapes';
import { line } from '../text';

/** PowerPoint's nearest presets to the dashed and dotted borders (shared/mapStyle BORDERS). */
const BORDER_DASH: Readonly<Record<BorderStyle['css'], string | undefined>> = {
  solid: undefined,
  dashed: 'dash',
  dotted: 'sysDot',
};

/** The card border of a closeness at a scale (points per map unit). */
export function cardBorder(closeness: Closeness, scale: number): Omit<Outline, 'color'> {
  const border = BORDERS[closeness];
  return { width: Math.max(0.5, Math.round(border.width * scale * 100) / 100), dash: BORDER_DASH[border.css] };
}

/** The name's size on the canvas, in map units; the other texts are smaller. */
const NAME_SIZE = TYPE.name.size;

/** `full` cards show everything; `compact` ones only the name, at a readable size when it fits. */
export type CardDetail = 'full' | 'compact';

export function cardDetail(scale: number): CardDetail {
  // Badge text (10.5 units) is the smallest on a full card: it must reach MIN_FONT.
  return 10.5 * scale >= MIN_FONT ? 'full' : 'compact';
}

export interface CardGeometry extends Box {
  readonly person: Stakeholder;
}

/** The alternative text of a card: everything it shows, as the canvas reads it out. */
export function cardDescription(person: Stakeholder, owner: CardOwner | null, t: Translator): string {
  return describeCard(person, owner, t);
}

/**
 * The card of one person. `personId` is the id of the person's shape (the glue target);
 * `box` is the card on the slide in points, `scale` points per map unit.
 */
export function card(
  ids: ShapeIds,
  personId: number,
  box: CardGeometry,
  scale: number,
  detail: CardDetail,
  context: DeckContext,
): string {
  const { t, doc } = context;
  const { person } = box;
  const color = THEME.attitude[person.attitude];
  const owner = ownerOf(doc, person, t);
  const descr = cardDescription(person, owner, t);
  const name = t('deck.shape.person', { name: person.name });
  const border = { color, ...cardBorder(person.closeness, scale) };

  if (detail === 'compact') return compactCard(personId, box, scale, { name, descr, outline: border }, context);

  const layout = cardLayout(person, owner, t);
  const pen = cardPen(ids, box, scale, context);
  // The shapes' ids are taken in this order, the stacking order of the card's parts.
  const parts = [
    personShape(pen, personId, box, layout, { name, descr, outline: border }),
    headerBand(pen, box, color),
    pen.text(layout.attitude.label, THEME.text, {
      ...pen.at(layout.attitude.box),
      geometry: 'roundRect',
      radius: pen.u(layout.attitude.box.height / 2),
      fill: tint(color, CARD.pill.tint, THEME.surface),
      outline: { color, width: pen.hairline },
    }),
    ...(layout.subtitle ? [pen.text(layout.subtitle)] : []),
    ...roleBadges(pen, layout),
    ...influenceBar(pen, layout),
    ...ownerBadge(pen, layout),
  ];
  return group(ids.next(), t('deck.shape.card', { name: person.name }), box, parts.join(''));
}

/** What drawing a full card's parts needs: its ids, its place and scale on the slide, its words. */
interface CardPen {
  readonly ids: ShapeIds;
  readonly t: Translator;
  readonly lang: DeckContext['lang'];
  readonly person: Stakeholder;
  /** Map units to points. */
  readonly u: (units: number) => number;
  /** A box of the card's layout (map units, from the card's corner) on the slide. */
  readonly at: (box: Box) => Box;
  /** A font size in map units, in points to a tenth. */
  readonly font: (units: number) => number;
  /** The width of the pill's, badges' and bar's outlines. */
  readonly hairline: number;
  /** A text of the layout as a text box, or in a shape drawn by `boxed`. */
  readonly text: (run: TextRun, colour?: string, boxed?: Partial<ShapeSpec>) => string;
}

function cardPen(ids: ShapeIds, box: CardGeometry, scale: number, context: DeckContext): CardPen {
  const { t, lang } = context;
  const u = (units: number) => units * scale;
  const at = (b: Box): Box => ({ x: box.x + u(b.x), y: box.y + u(b.y), width: u(b.width), height: u(b.height) });
  const font = (units: number) => Math.round(units * scale * 10) / 10;
  const text = (run: TextRun, colour?: string, boxed?: Partial<ShapeSpec>) =>
    shape({
      id: ids.next(),
      name: t('deck.shape.text'),
      ...at(run.box),
      textBox: boxed === undefined,
      ...boxed,
      text: {
        paragraphs: line(
          run.text,
          {
            size: font(run.style.size),
            bold: run.style.bold,
            italic: run.italic,
            color: colour ?? (run.muted ? THEME.textMuted : THEME.text),
          },
          lang,
          { align: run.align === 'middle' ? 'ctr' : run.align === 'end' ? 'r' : 'l' },
        ),
        body: { anchor: 'ctr', wrap: false, autofit: 'none' },
      },
    });
  return { ids, t, lang, person: box.person, u, at, font, hairline: Math.max(0.25, u(1)), text };
}

/** The corner radius of the card: none for the closeness drawn with square corners. */
const cardRadius = (person: Stakeholder) => (BORDERS[person.closeness].square ? 0 : CARD.radius);

/** The person's shape (the glue target): the card's outline, carrying the name in the name's box. */
function personShape(
  pen: CardPen,
  personId: number,
  box: CardGeometry,
  layout: CardLayout,
  look: { readonly name: string; readonly descr: string; readonly outline: Outline },
): string {
  const { u } = pen;
  const radius = cardRadius(pen.person);
  const nameBox = layout.name.box;
  return shape({
    id: personId,
    name: look.name,
    descr: look.descr,
    ...box,
    geometry: radius === 0 ? 'rect' : 'roundRect',
    radius: u(radius),
    fill: THEME.surface,
    outline: look.outline,
    text: {
      paragraphs: line(layout.name.text, { size: pen.font(NAME_SIZE), bold: true, color: THEME.text }, pen.lang),
      body: {
        anchor: 't',
        wrap: false,
        inset: [u(nameBox.x), u(nameBox.y), u(CARD.width - nameBox.x - nameBox.width), 0],
        autofit: 'none',
      },
    },
  });
}

/** The header band: the top of the card in the attitude colour, inside the border's curve. */
function headerBand(pen: CardPen, box: CardGeometry, color: string): string {
  const { u } = pen;
  const border = BORDERS[pen.person.closeness];
  const solid = border.css === 'solid';
  const radius = cardRadius(pen.person);
  return shape({
    id: pen.ids.next(),
    name: pen.t('deck.shape.text'),
    x: box.x,
    y: box.y + (solid ? 0 : u(border.width)),
    width: box.width,
    height: u((solid ? border.width : 0) + CARD.band),
    geometry: radius === 0 ? 'rect' : 'band',
    radius: u(radius),
    fill: color,
  });
}

/** The role badges, the decision-maker's filled, and the count of those that did not fit. */
function roleBadges(pen: CardPen, layout: CardLayout): string[] {
  const badges = layout.roles.map((badge) =>
    pen.text(badge.label, badge.filled ? THEME.surface : THEME.text, {
      ...pen.at(badge.box),
      geometry: 'roundRect',
      radius: pen.u(CARD.badge.radius),
      fill: badge.filled ? THEME.text : THEME.surface2,
      outline: { color: badge.filled ? THEME.text : THEME.border, width: pen.hairline },
    }),
  );
  return layout.moreRoles ? [...badges, pen.text(layout.moreRoles)] : badges;
}

/** The influence bar (dashed when the weight is not judged), its filled share and its figure. */
function influenceBar(pen: CardPen, layout: CardLayout): string[] {
  const { u, hairline } = pen;
  const { bar, share } = layout.influence;
  const parts = [
    shape({
      id: pen.ids.next(),
      name: pen.t('deck.shape.text'),
      ...pen.at(bar),
      geometry: 'roundRect',
      radius: u(bar.height / 2),
      fill: share === null ? undefined : THEME.surface2,
      outline:
        share === null
          ? { color: THEME.textMuted, width: hairline, dash: 'sysDash' }
          : { color: THEME.border, width: hairline },
    }),
  ];
  if (share !== null && share > 0) {
    const fill = { x: bar.x + 1, y: bar.y + 1, width: (bar.width - 2) * share, height: bar.height - 2 };
    parts.push(
      shape({
        id: pen.ids.next(),
        name: pen.t('deck.shape.text'),
        ...pen.at(fill),
        geometry: 'roundRect',
        radius: u(Math.min(fill.height / 2, fill.width / 2)),
        fill: THEME.accent,
      }),
    );
  }
  parts.push(pen.text(layout.influence.label));
  return parts;
}

/** The owner's initials in a badge (dotted when nobody owns the relationship) and the owner's name. */
function ownerBadge(pen: CardPen, layout: CardLayout): string[] {
  const { owner } = layout;
  return [
    pen.text(owner.initials, owner.none ? THEME.textMuted : THEME.accentText, {
      ...pen.at(owner.badge),
      geometry: 'roundRect',
      radius: pen.u(owner.badge.height / 2),
      fill: owner.none ? null : THEME.accent,
      outline: owner.none ? { color: THEME.textMuted, width: pen.hairline, dash: 'sysDot' } : null,
    }),
    pen.text(owner.name),
  ];
}

/** A card too small for its details: the shape and the name alone, tinted by the attitude. */
function compactCard(
  personId: number,
  box: CardGeometry,
  scale: number,
  look: { readonly name: string; readonly descr: string; readonly outline: Outline },
  context: DeckContext,
): string {
  const { lang } = context;
  const { person } = box;
  const { name, descr } = look;
  const color = THEME.attitude[person.attitude];
  // The name alone, at MIN_FONT or the scaled size, whichever is larger, when a line of it fits the box.
  const size = Math.max(MIN_FONT, NAME_SIZE * scale);
  const inset = Math.min(2, box.width / 10);
  const room = box.width - 2 * inset;
  const shown = size * 1.25 <= box.height ? truncateToWidth(person.name, room, size, true) : '';
  const visible = shown !== '' && shown !== '…';
  return shape({
    id: personId,
    name,
    descr,
    ...box,
    geometry: 'roundRect',
    radius: Math.min(box.width, box.height) / 8,
    // Too small for a header band: the attitude colour tints the whole box, as far out on the canvas.
    fill: tint(color, CARD.farTint, THEME.surface),
    outline: look.outline,
    text: visible
      ? {
          paragraphs: line(shown, { size, bold: true, color: THEME.text }, lang, { align: 'ctr' }),
          body: { anchor: 'ctr', wrap: false, inset: [inset, 0, inset, 0], autofit: 'none' },
        }
      : undefined,
  });
}
