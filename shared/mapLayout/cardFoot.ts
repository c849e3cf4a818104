/** A card's foot: the influence bar and its figure at the left, the owner at the right. */
import type { Stakeholder } from '../document/schema';
import type { Translator } from '../i18n/translate';
import { CARD, TYPE } from '../mapStyle/tokens';
import { estimateWidth, truncateToWidth } from '../text/textWidth';
import type { CardOwner } from './cardText';
import { centredIn, run } from './cardRun';
import type { Box, CardLayout } from './cardTypes';

/** The influence bar's filled share: steps of 5%, as the canvas draws it (its classes pm-w0 … pm-w20). */
export function influenceShare(influence: number): number {
  return Math.max(0, Math.min(20, Math.round(influence / 5))) / 20;
}

/** A number as a card shows it: at most two decimals. */
const figure = (value: number) => String(Math.round(value * 100) / 100);

/** The influence bar at `left` and its figure after it ("not judged" in italics when there is none). */
export function influenceFoot(person: Stakeholder, left: number, t: Translator): CardLayout['influence'] {
  const foot = CARD.rows.foot;
  const footStyle = TYPE.foot;
  const { influence: bar } = CARD;
  const barBox: Box = { x: left, y: centredIn(foot, bar.height), width: bar.width, height: bar.height };
  const judged = person.influence !== null;
  const influenceText = judged ? `${figure(person.influence!)}%` : t('canvas.influence.none');
  const influenceX = left + bar.width + bar.gap;
  const influenceWidth = estimateWidth(influenceText, footStyle.size);
  return {
    bar: barBox,
    share: judged ? influenceShare(person.influence!) : null,
    label: run(
      influenceText,
      { x: influenceX, y: centredIn(foot, footStyle.lineHeight), width: influenceWidth, height: footStyle.lineHeight },
      footStyle,
      { italic: !judged, muted: !judged },
    ),
  };
}

/**
 * The owner's initials badge and name, ending at `right`; the name gets the room left after
 * the influence figure (`influence`), never less than 12.
 */
export function ownerFoot(
  owner: CardOwner | null,
  influence: CardLayout['influence'],
  right: number,
  t: Translator,
): CardLayout['owner'] {
  const foot = CARD.rows.foot;
  const footStyle = TYPE.foot;
  const none = owner === null;
  const badgeStyle = TYPE.ownerBadge;
  const initials = none ? '?' : owner.initials;
  const ownerBadgeWidth = Math.max(
    CARD.owner.minWidth,
    estimateWidth(initials, badgeStyle.size, true) + 2 * CARD.owner.padX,
  );
  const ownerName = none ? t('canvas.owner.none') : owner.name;
  const figureEnd = influence.label.box.x + influence.label.box.width;
  const ownerRoom = right - (figureEnd + 4) - ownerBadgeWidth - CARD.owner.gap;
  const shownOwner = truncateToWidth(ownerName, Math.max(ownerRoom, 12), footStyle.size);
  const ownerWidth = estimateWidth(shownOwner, footStyle.size);
  const badgeX = right - ownerWidth - CARD.owner.gap - ownerBadgeWidth;
  const badge: Box = {
    x: badgeX,
    y: centredIn(foot, CARD.owner.height),
    width: ownerBadgeWidth,
    height: CARD.owner.height,
  };
  const nameBox: Box = {
    x: badgeX + ownerBadgeWidth + CARD.owner.gap,
    y: centredIn(foot, footStyle.lineHeight),
    width: ownerWidth,
    height: footStyle.lineHeight,
  };
  return {
    badge,
    none,
    initials: run(initials, badge, badgeStyle, { align: 'middle', muted: none }),
    name: run(shownOwner, nameBox, footStyle, { italic: none, muted: none }),
  };
}
