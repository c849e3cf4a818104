/**
 * A person's card in the SVG drawing: the layout model (shared/mapLayout/cardLayout.ts)
 * painted in the tokens' colours (shared/mapStyle). Surface, header band, border by
 * closeness, then each box and text of the layout where it says.
 */
import type { Stakeholder } from '../../document/schema';
import type { Translator } from '../../i18n/translate';
import { cardLayout, type Box, type TextRun } from '../../mapLayout/cardLayout';
import { tint } from '../../mapStyle/colour';
import { BORDERS, CARD, type MapColours } from '../../mapStyle/tokens';
import type { CardOwner } from '../../mapLayout/cardText';
import { subtitleOf } from '../../mapLayout/cardText';
import { drawRun } from './runs';
import { dashes, el, num, title } from './svg';

/** Where a card is drawn: its top-left corner and its person. */
export interface PlacedCard extends Box {
  readonly person: Stakeholder;
}

const moved = (box: Box, dx: number, dy: number): Box => ({ ...box, x: box.x + dx, y: box.y + dy });
const movedRun = (run: TextRun, dx: number, dy: number): TextRun => ({ ...run, box: moved(run.box, dx, dy) });

/** What the card says, for a screen reader and as a tooltip: the canvas's aria label. */
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
        : t('canvas.influence', { value: num(person.influence) }),
    owner: owner === null ? t('canvas.owner.noneLong') : t('canvas.owner', { name: owner.name }),
  });
}

/** The header band: the top of the card in the attitude colour, down to the border plus the band's depth. */
function bandPath(x: number, y: number, width: number, depth: number, radius: number): string {
  if (radius === 0) return `M${num(x)} ${num(y)} H${num(x + width)} V${num(y + depth)} H${num(x)} Z`;
  if (depth >= radius) {
    return (
      `M${num(x)} ${num(y + depth)} V${num(y + radius)} A${radius} ${radius} 0 0 1 ${num(x + radius)} ${num(y)} ` +
      `H${num(x + width - radius)} A${radius} ${radius} 0 0 1 ${num(x + width)} ${num(y + radius)} V${num(y + depth)} Z`
    );
  }
  // Shallower than the corner: the band ends where the curve reaches its depth.
  const inset = radius - Math.sqrt(radius * radius - (radius - depth) * (radius - depth));
  return (
    `M${num(x + inset)} ${num(y + depth)} A${radius} ${radius} 0 0 1 ${num(x + radius)} ${num(y)} ` +
    `H${num(x + width - radius)} A${radius} ${radius} 0 0 1 ${num(x + width - inset)} ${num(y + depth)} Z`
  );
}

export function drawCard(card: PlacedCard, owner: CardOwner | null, t: Translator, colours: MapColours): string {
  const { person, x, y } = card;
  const { width: w, height: h } = CARD;
  const colour = colours.attitude[person.attitude];
  const border = BORDERS[person.closeness];
  const radius = border.square ? 0 : CARD.radius;
  const layout = cardLayout(person, owner, t);
  const box = (b: Box) => moved(b, x, y);
  const run = (r: TextRun, fill?: string, className?: string) => drawRun(movedRun(r, x, y), colours, fill, className);
  const parts: string[] = [title(cardDescription(person, owner, t))];

  // Surface, the band (under the border, as the canvas paints it), the border inside the card's edge.
  parts.push(el('rect', { x, y, width: w, height: h, rx: radius || undefined, fill: colours.surface }));
  const bandTop = border.css === 'solid' ? 0 : border.width;
  parts.push(
    el('path', {
      d: bandPath(x, y + bandTop, w, (border.css === 'solid' ? border.width : 0) + CARD.band, radius),
      fill: colour,
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
      rx: radius === 0 ? undefined : radius - half,
      fill: 'none',
      stroke: colour,
      'stroke-width': border.width,
      'stroke-dasharray': dashes(border.dash),
    }),
  );

  // First row: the attitude word in its pill, the name.
  const pill = box(layout.attitude.box);
  parts.push(
    el('rect', {
      ...pill,
      rx: pill.height / 2,
      fill: tint(colour, CARD.pill.tint, colours.surface),
      stroke: colour,
      'stroke-width': CARD.pill.border,
    }),
    run(layout.attitude.label, undefined, 'attitude'),
    run(layout.name, undefined, 'name'),
  );
  if (layout.subtitle) parts.push(run(layout.subtitle, undefined, 'subtitle'));

  // Role badges, the decision-maker's filled dark.
  for (const badge of layout.roles) {
    const b = box(badge.box);
    parts.push(
      el(
        'g',
        { class: `role role--${badge.role}` },
        el('rect', {
          ...b,
          rx: CARD.badge.radius,
          fill: badge.filled ? colours.text : colours.surface2,
          stroke: badge.filled ? colours.text : colours.border,
          'stroke-width': CARD.badge.border,
        }) + run(badge.label, badge.filled ? colours.surface : colours.text),
      ),
    );
  }
  if (layout.moreRoles) parts.push(run(layout.moreRoles));

  // Foot: the influence bar and figure, the owner.
  const bar = box(layout.influence.bar);
  const share = layout.influence.share;
  if (share === null) {
    parts.push(
      el('rect', {
        ...bar,
        rx: bar.height / 2,
        fill: 'none',
        stroke: colours.textMuted,
        'stroke-width': 1,
        'stroke-dasharray': dashes(CARD.influence.dash),
      }),
    );
  } else {
    parts.push(
      el('rect', {
        x: bar.x + 0.5,
        y: bar.y + 0.5,
        width: bar.width - 1,
        height: bar.height - 1,
        rx: (bar.height - 1) / 2,
        fill: colours.surface2,
        stroke: colours.border,
        'stroke-width': 1,
      }),
    );
    const fill = (bar.width - 2) * share;
    if (fill > 0) {
      parts.push(
        el('rect', {
          x: bar.x + 1,
          y: bar.y + 1,
          width: fill,
          height: bar.height - 2,
          rx: Math.min((bar.height - 2) / 2, fill / 2),
          fill: colours.accent,
        }),
      );
    }
  }
  parts.push(run(layout.influence.label, undefined, 'influence'));

  const { owner: ownerLayout } = layout;
  const badge = box(ownerLayout.badge);
  const none = ownerLayout.none;
  parts.push(
    el(
      'g',
      { class: none ? 'owner owner--none' : 'owner' },
      el('rect', {
        ...(none ? { x: badge.x + 0.5, y: badge.y + 0.5, width: badge.width - 1, height: badge.height - 1 } : badge),
        rx: (badge.height - (none ? 1 : 0)) / 2,
        fill: none ? 'none' : colours.accent,
        stroke: none ? colours.textMuted : undefined,
        'stroke-width': none ? 1 : undefined,
        'stroke-dasharray': none ? dashes(CARD.owner.dash) : undefined,
      }) +
        run(ownerLayout.initials, none ? colours.textMuted : colours.accentText) +
        run(ownerLayout.name),
    ),
  );

  return el(
    'g',
    { class: 'person', 'data-id': person.id, 'data-attitude': person.attitude, 'data-closeness': person.closeness },
    parts.join(''),
  );
}
