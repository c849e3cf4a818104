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
import { cardLayout, type TextRun } from '../../../mapLayout/cardLayout';
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
  const { t, lang, doc } = context;
  const { person } = box;
  const color = THEME.attitude[person.attitude];
  const owner = ownerOf(doc, person, t);
  const u = (units: number) => units * scale;
  const X = (units: number) => box.x + u(units);
  const Y = (units: number) => box.y + u(units);
  const font = (units: number) => Math.round(units * scale * 10) / 10;
  const descr = cardDescription(person, owner, t);
  const name = t('deck.shape.person', { name: person.name });
  const border = { color, ...cardBorder(person.closeness, scale) };

  if (detail === 'compact') return compactCard(personId, box, scale, { name, descr, outline: border }, context);

  const layout = cardLayout(person, owner, t);
  const radius = BORDERS[person.closeness].square ? 0 : CARD.radius;
  const at = (b: Box): Box => ({ x: X(b.x), y: Y(b.y), width: u(b.width), height: u(b.height) });
  const hairline = Math.max(0.25, u(1));
  const parts: string[] = [];
  const runShape = (run: TextRun, colour?: string, boxed?: Partial<ShapeSpec>) =>
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

  // The person's shape carries the name (the glue target); its text sits in the name's box.
  const nameBox = layout.name.box;
  parts.push(
    shape({
      id: personId,
      name,
      descr,
      ...box,
      geometry: radius === 0 ? 'rect' : 'roundRect',
      radius: u(radius),
      fill: THEME.surface,
      outline: border,
      text: {
        paragraphs: line(layout.name.text, { size: font(NAME_SIZE), bold: true, color: THEME.text }, lang),
        body: {
          anchor: 't',
          wrap: false,
          inset: [u(nameBox.x), u(nameBox.y), u(CARD.width - nameBox.x - nameBox.width), 0],
          autofit: 'none',
        },
      },
    }),
  );
  // The header band: the top of the card in the attitude colour, inside the border's curve.
  const solid = BORDERS[person.closeness].css === 'solid';
  parts.push(
    shape({
      id: ids.next(),
      name: t('deck.shape.text'),
      x: box.x,
      y: box.y + (solid ? 0 : u(BORDERS[person.closeness].width)),
      width: box.width,
      height: u((solid ? BORDERS[person.closeness].width : 0) + CARD.band),
      geometry: radius === 0 ? 'rect' : 'band',
      radius: u(radius),
      fill: color,
    }),
  );
  parts.push(
    runShape(layout.attitude.label, THEME.text, {
      ...at(layout.attitude.box),
      geometry: 'roundRect',
      radius: u(layout.attitude.box.height / 2),
      fill: tint(color, CARD.pill.tint, THEME.surface),
      outline: { color, width: hairline },
    }),
  );
  if (layout.subtitle) parts.push(runShape(layout.subtitle));

  // Role badges, the decision-maker's filled.
  for (const badge of layout.roles) {
    parts.push(
      runShape(badge.label, badge.filled ? THEME.surface : THEME.text, {
        ...at(badge.box),
        geometry: 'roundRect',
        radius: u(CARD.badge.radius),
        fill: badge.filled ? THEME.text : THEME.surface2,
        outline: { color: badge.filled ? THEME.text : THEME.border, width: hairline },
      }),
    );
  }
  if (layout.moreRoles) parts.push(runShape(layout.moreRoles));

  // Foot: the influence bar and figure, the owner.
  const bar = layout.influence.bar;
  const share = layout.influence.share;
  parts.push(
    shape({
      id: ids.next(),
      name: t('deck.shape.text'),
      ...at(bar),
      geometry: 'roundRect',
      radius: u(bar.height / 2),
      fill: share === null ? undefined : THEME.surface2,
      outline:
        share === null
          ? { color: THEME.textMuted, width: hairline, dash: 'sysDash' }
          : { color: THEME.border, width: hairline },
    }),
  );
  if (share !== null && share > 0) {
    const fill = { x: bar.x + 1, y: bar.y + 1, width: (bar.width - 2) * share, height: bar.height - 2 };
    parts.push(
      shape({
        id: ids.next(),
        name: t('deck.shape.text'),
        ...at(fill),
        geometry: 'roundRect',
        radius: u(Math.min(fill.height / 2, fill.width / 2)),
        fill: THEME.accent,
      }),
    );
  }
  parts.push(runShape(layout.influence.label));
  const { owner: ownerLayout } = layout;
  parts.push(
    runShape(ownerLayout.initials, ownerLayout.none ? THEME.textMuted : THEME.accentText, {
      ...at(ownerLayout.badge),
      geometry: 'roundRect',
      radius: u(ownerLayout.badge.height / 2),
      fill: ownerLayout.none ? null : THEME.accent,
      outline: ownerLayout.none ? { color: THEME.textMuted, width: hairline, dash: 'sysDot' } : null,
    }),
  );
  parts.push(runShape(ownerLayout.name));

  return group(ids.next(), t('deck.shape.card', { name: person.name }), box, parts.join(''));
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
