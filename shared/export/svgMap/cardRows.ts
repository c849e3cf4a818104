/** The rows of a person's card in the SVG drawing, each painted from the layout model where it says. */
import type { CardLayout } from '../../mapLayout/cardLayout';
import { tint } from '../../mapStyle/colour';
import { CARD } from '../../mapStyle/tokens';
import type { CardPainter } from './cardPainter';
import { dashes, el } from './svg';

/** First row: the attitude word in its pill (tinted with `colour`), the name; then the subtitle. */
export function drawHeadRows(layout: CardLayout, colour: string, paint: CardPainter): string {
  const { colours } = paint;
  const pill = paint.box(layout.attitude.box);
  const parts = [
    el('rect', {
      ...pill,
      rx: pill.height / 2,
      fill: tint(colour, CARD.pill.tint, colours.surface),
      stroke: colour,
      'stroke-width': CARD.pill.border,
    }),
    paint.run(layout.attitude.label, undefined, 'attitude'),
    paint.run(layout.name, undefined, 'name'),
  ];
  if (layout.subtitle) parts.push(paint.run(layout.subtitle, undefined, 'subtitle'));
  return parts.join('');
}

/** Role badges, the decision-maker's filled dark; "+N" after them for those with no room. */
export function drawRoleBadges(layout: CardLayout, paint: CardPainter): string {
  const { colours } = paint;
  const parts = layout.roles.map((badge) =>
    el(
      'g',
      { class: `role role--${badge.role}` },
      el('rect', {
        ...paint.box(badge.box),
        rx: CARD.badge.radius,
        fill: badge.filled ? colours.text : colours.surface2,
        stroke: badge.filled ? colours.text : colours.border,
        'stroke-width': CARD.badge.border,
      }) + paint.run(badge.label, badge.filled ? colours.surface : colours.text),
    ),
  );
  if (layout.moreRoles) parts.push(paint.run(layout.moreRoles));
  return parts.join('');
}

/** The influence bar: dashed and empty when not judged, else a track filled by its share; then its figure. */
export function drawInfluence(influence: CardLayout['influence'], paint: CardPainter): string {
  const { colours } = paint;
  const bar = paint.box(influence.bar);
  const { share } = influence;
  const parts: string[] = [];
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
  parts.push(paint.run(influence.label, undefined, 'influence'));
  return parts.join('');
}

/** The owner's initials badge (dashed and empty when nobody covers the person) and name. */
export function drawOwner(ownerLayout: CardLayout['owner'], paint: CardPainter): string {
  const { colours } = paint;
  const badge = paint.box(ownerLayout.badge);
  const none = ownerLayout.none;
  return el(
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
      paint.run(ownerLayout.initials, none ? colours.textMuted : colours.accentText) +
      paint.run(ownerLayout.name),
  );
}
