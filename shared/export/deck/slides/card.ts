/**
 * A person's card as native shapes, mirroring drawMap.ts (and the canvas): a rounded
 * rectangle with a header band and border in the attitude colour, closeness as the
 * border's weight and dashes, the name, the attitude word in a pill, title · department,
 * role badges (the decision-maker's filled), the influence bar and the owner.
 *
 * The rounded rectangle is the person's shape: it carries the name as its text, is named
 * "Person: <name>" and is what the lines are glued to. The other parts join it in a group,
 * so the card moves as one. Geometry is computed in the map's units (CSS pixels, as in
 * drawMap) and multiplied by the slide scale; when the scale makes text smaller than
 * MIN_FONT the card is drawn compact: the shape and its name only (see `cardDetail`).
 */
import type { Stakeholder } from '../../../document/schema';
import type { Closeness } from '../../../document/vocabulary';
import type { Translator } from '../../../i18n/translate';
import { ownerOf, subtitleOf, type CardOwner } from '../../cardText';
import { estimateWidth, truncateToWidth } from '../../textWidth';
import { MIN_FONT, THEME, type DeckContext } from '../context';
import { group, shape, type Box, type Outline, type ShapeIds } from '../shapes';
import { line, type RunStyle } from '../text';
import { tint } from '../xml';

/** Closeness as the border (drawMap BORDERS): close thick, frequent medium, distant thin dashed, none dotted. */
const BORDER: Readonly<Record<Closeness, { width: number; dash?: string }>> = {
  close: { width: 4 },
  frequent: { width: 2 },
  distant: { width: 1, dash: 'dash' },
  none: { width: 2, dash: 'sysDot' },
};

/** The card border of a closeness at a scale (points per map unit). */
export function cardBorder(closeness: Closeness, scale: number): Omit<Outline, 'color'> {
  const border = BORDER[closeness];
  return { width: Math.max(0.5, Math.round(border.width * scale * 100) / 100), dash: border.dash };
}

/** The name's size on the canvas, in map units; the other texts are smaller. */
const NAME_SIZE = 13;

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
  const subtitle = subtitleOf(person);
  return t('canvas.person.aria', {
    name: person.name,
    title: subtitle === '' ? '' : t('canvas.person.title', { title: subtitle }),
    attitude: t(`attitude.${person.attitude}`),
    closeness: t(`closeness.${person.closeness}`),
    influence:
      person.influence === null
        ? t('canvas.influence.noneLong')
        : t('canvas.influence', { value: String(Math.round(person.influence * 100) / 100) }),
    owner: owner === null ? t('canvas.owner.noneLong') : t('canvas.owner', { name: owner.name }),
  });
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
  const w = box.width / scale; // the card's width in map units
  const h = box.height / scale;
  const pad = 10;
  const font = (units: number) => Math.round(units * scale * 10) / 10;
  const descr = cardDescription(person, owner, t);
  const name = t('deck.shape.person', { name: person.name });
  const border = { color, ...cardBorder(person.closeness, scale) };

  if (detail === 'compact') {
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
      // Too small for a header band: the attitude colour tints the whole box.
      fill: tint(color, 0.22),
      outline: border,
      text: visible
        ? {
            paragraphs: line(shown, { size, bold: true, color: THEME.text }, lang, { align: 'ctr' }),
            body: { anchor: 'ctr', wrap: false, inset: [inset, 0, inset, 0], autofit: 'none' },
          }
        : undefined,
    });
  }

  const parts: string[] = [];
  const textShape = (box: Box, value: string, style: RunStyle, align: 'l' | 'ctr' | 'r' = 'l') =>
    shape({
      id: ids.next(),
      name: t('deck.shape.text'),
      ...box,
      textBox: true,
      text: { paragraphs: line(value, style, lang, { align }), body: { anchor: 'ctr', wrap: false, autofit: 'none' } },
    });

  // The attitude pill at the top right; the name's room ends before it.
  const attitudeWord = t(`attitude.${person.attitude}`);
  const pillLabel = truncateToWidth(attitudeWord, w / 2 - 12, 11);
  const pillWidth = estimateWidth(pillLabel, 11) + 12;
  const pillX = w - pad + 1 - pillWidth;
  const nameRoom = pillX - 6 - pad;
  const shownName = truncateToWidth(person.name, nameRoom, NAME_SIZE, true);

  parts.push(
    shape({
      id: personId,
      name,
      descr,
      ...box,
      geometry: 'roundRect',
      radius: u(8),
      fill: THEME.surface,
      outline: border,
      text: {
        paragraphs: line(shownName, { size: font(NAME_SIZE), bold: true, color: THEME.text }, lang),
        body: { anchor: 't', wrap: false, inset: [u(pad), u(13), u(w - pillX + 6), 0], autofit: 'none' },
      },
    }),
  );
  // The header band: the top of the card in the attitude colour, inside the border's curve.
  parts.push(
    shape({
      id: ids.next(),
      name: t('deck.shape.text'),
      x: box.x,
      y: box.y,
      width: box.width,
      height: u(6),
      geometry: 'band',
      radius: u(8),
      fill: color,
    }),
  );
  parts.push(
    shape({
      id: ids.next(),
      name: t('deck.shape.text'),
      x: X(pillX),
      y: Y(14),
      width: u(pillWidth),
      height: u(16),
      geometry: 'roundRect',
      radius: u(8),
      fill: tint(color, 0.16),
      outline: { color, width: Math.max(0.25, u(1)) },
      text: {
        paragraphs: line(pillLabel, { size: font(11), color: THEME.text }, lang, { align: 'ctr' }),
        body: { anchor: 'ctr', wrap: false, autofit: 'none' },
      },
    }),
  );

  // Title · department (not when the name already says it, as in the anonymous variant).
  const subtitle = subtitleOf(person);
  if (subtitle !== '' && person.name !== subtitle && !person.name.startsWith(`${subtitle} (`)) {
    parts.push(
      textShape(
        { x: X(pad), y: Y(36), width: u(w - 2 * pad), height: u(14) },
        truncateToWidth(subtitle, w - 2 * pad, 11),
        { size: font(11), color: THEME.textMuted },
      ),
    );
  }

  // Role badges, the decision-maker's filled.
  let bx = pad;
  for (let i = 0; i < person.roles.length; i++) {
    const role = person.roles[i]!;
    const label = t(`canvas.roleShort.${role}`);
    const bw = estimateWidth(label, 10.5) + 8;
    if (bx + bw > w - pad) {
      parts.push(
        textShape({ x: X(bx), y: Y(53), width: u(24), height: u(16) }, `+${person.roles.length - i}`, {
          size: font(10.5),
          color: THEME.textMuted,
        }),
      );
      break;
    }
    const dm = role === 'decision-maker';
    parts.push(
      shape({
        id: ids.next(),
        name: t('deck.shape.text'),
        x: X(bx),
        y: Y(53),
        width: u(bw),
        height: u(16),
        geometry: 'roundRect',
        radius: u(3),
        fill: dm ? THEME.text : THEME.surface2,
        outline: { color: dm ? THEME.text : THEME.border, width: Math.max(0.25, u(1)) },
        text: {
          paragraphs: line(label, { size: font(10.5), bold: dm, color: dm ? THEME.surface : THEME.text }, lang, {
            align: 'ctr',
          }),
          body: { anchor: 'ctr', wrap: false, autofit: 'none' },
        },
      }),
    );
    bx += bw + 3;
  }

  // Foot: the influence bar and figure at the left, the owner at the right.
  const footY = h - 22;
  let influenceLabel: string;
  if (person.influence === null) {
    influenceLabel = t('canvas.influence.none');
    parts.push(
      shape({
        id: ids.next(),
        name: t('deck.shape.text'),
        x: X(pad),
        y: Y(footY + 5),
        width: u(44),
        height: u(8),
        geometry: 'roundRect',
        radius: u(4),
        outline: { color: THEME.textMuted, width: Math.max(0.25, u(1)), dash: 'sysDash' },
      }),
    );
  } else {
    const share = Math.min(100, Math.max(0, person.influence)) / 100;
    influenceLabel = `${Math.round(person.influence * 100) / 100}%`;
    parts.push(
      shape({
        id: ids.next(),
        name: t('deck.shape.text'),
        x: X(pad),
        y: Y(footY + 5),
        width: u(44),
        height: u(8),
        geometry: 'roundRect',
        radius: u(4),
        fill: THEME.surface2,
        outline: { color: THEME.border, width: Math.max(0.25, u(1)) },
      }),
    );
    if (share > 0) {
      parts.push(
        shape({
          id: ids.next(),
          name: t('deck.shape.text'),
          x: X(pad + 0.5),
          y: Y(footY + 5.5),
          width: u(43 * share),
          height: u(7),
          geometry: 'roundRect',
          radius: u(Math.min(3.5, (43 * share) / 2)),
          fill: THEME.accent,
        }),
      );
    }
  }
  const influenceItalic = person.influence === null;
  const influenceWidth = estimateWidth(influenceLabel, 10.5);
  parts.push(
    textShape({ x: X(pad + 48), y: Y(footY), width: u(influenceWidth + 2), height: u(18) }, influenceLabel, {
      size: font(10.5),
      italic: influenceItalic,
      color: influenceItalic ? THEME.textMuted : THEME.text,
    }),
  );
  const influenceEnd = pad + 48 + influenceWidth;

  const ownerName = owner === null ? t('canvas.owner.none') : owner.name;
  const badgeText = owner === null ? '?' : owner.initials;
  const badgeWidth = Math.max(18, estimateWidth(badgeText, 9.5, true) + 6);
  const ownerRoom = w - pad - (influenceEnd + 8) - badgeWidth - 3;
  const shownOwner = truncateToWidth(ownerName, Math.max(ownerRoom, 12), 10.5);
  const ownerWidth = estimateWidth(shownOwner, 10.5);
  const ownerX = w - pad - badgeWidth - 3 - ownerWidth;
  parts.push(
    shape({
      id: ids.next(),
      name: t('deck.shape.text'),
      x: X(ownerX),
      y: Y(footY),
      width: u(badgeWidth),
      height: u(18),
      geometry: 'roundRect',
      radius: u(9),
      fill: owner === null ? null : THEME.accent,
      outline: owner === null ? { color: THEME.textMuted, width: Math.max(0.25, u(1)), dash: 'sysDot' } : null,
      text: {
        paragraphs: line(
          badgeText,
          { size: font(9.5), bold: true, color: owner === null ? THEME.textMuted : THEME.accentText },
          lang,
          { align: 'ctr' },
        ),
        body: { anchor: 'ctr', wrap: false, autofit: 'none' },
      },
    }),
  );
  parts.push(
    textShape({ x: X(ownerX + badgeWidth + 3), y: Y(footY), width: u(ownerWidth + 2), height: u(18) }, shownOwner, {
      size: font(10.5),
      italic: owner === null,
      color: owner === null ? THEME.textMuted : THEME.text,
    }),
  );

  return group(ids.next(), t('deck.shape.card', { name: person.name }), box, parts.join(''));
}
