/**
 * Which of a card's cut texts surely fit in their room, so the canvas can draw them without
 * the overflow clip its ellipsis needs. Why it matters: each `overflow: hidden` is a clip of
 * Chromium's own, and a card with clipped texts makes every re-layering of the page's
 * compositing layers walk more of it (docs/CANVAS_LOG.md).
 *
 * The rooms are the layout model's (the rows of cardHead.ts and cardFoot.ts, the tokens of
 * mapStyle), with each neighbour of a text (the attitude pill, the influence figure, the
 * owner's initials) as wide as a browser may draw it (`widthAtMost`, textWidth.ts): so no
 * larger than the browser's rooms. The texts are tested by the same bound (`surelyFits`).
 */
import type { Stakeholder } from '../document/schema';
import type { Translator } from '../i18n/translate';
import { CARD, TYPE } from '../mapStyle/tokens';
import { surelyFits, widthAtMost } from '../text/textWidth';
import { subtitleOf, type CardOwner } from './cardText';

/** Per text of the card, whether it surely fits (true) or keeps its clip and ellipsis (false). */
export interface WholeTexts {
  readonly name: boolean;
  readonly subtitle: boolean;
  readonly owner: boolean;
}

const LEFT = CARD.padX;
const RIGHT = CARD.width - CARD.padX;

/** The name, in the room the attitude pill leaves it (its padding and border as the canvas draws them). */
function nameWhole(person: Stakeholder, t: Translator): boolean {
  const { pill } = CARD;
  const word = widthAtMost(t(`attitude.${person.attitude}`), TYPE.attitude.size, TYPE.attitude.bold);
  const room = RIGHT - LEFT - CARD.gap - (word + 2 * (pill.padX + pill.border));
  return surelyFits(person.name, room, TYPE.name.size, TYPE.name.bold);
}

/**
 * The owner's name, in the room the influence bar and figure, the foot's gap (4, as the
 * canvas's `.pm-card__foot`) and the initials badge leave it. "No owner" is never said whole:
 * it is set in italics, whose last letter leans out of the text's box, and the clip cuts that
 * today (dropping it would change pixels).
 */
function ownerWhole(person: Stakeholder, owner: CardOwner | null, t: Translator): boolean {
  if (owner === null) return false;
  const { influence, owner: badge } = CARD;
  const figure = person.influence === null ? t('canvas.influence.none') : `${person.influence}%`;
  const influenceWidth = influence.width + influence.gap + widthAtMost(figure, TYPE.foot.size, TYPE.foot.bold);
  const badgeWidth = Math.max(badge.minWidth, widthAtMost(owner.initials, TYPE.ownerBadge.size, true) + 2 * badge.padX);
  const room = RIGHT - LEFT - influenceWidth - 4 - badgeWidth - badge.gap;
  return surelyFits(owner.name, room, TYPE.foot.size, TYPE.foot.bold);
}

/** Which of `person`'s card texts surely fit (see the module comment), with `owner` covering them. */
export function wholeTexts(person: Stakeholder, owner: CardOwner | null, t: Translator): WholeTexts {
  return {
    name: nameWhole(person, t),
    // The canvas shows title · department whenever there is one (the model may leave it out).
    subtitle: surelyFits(subtitleOf(person), RIGHT - LEFT, TYPE.subtitle.size, TYPE.subtitle.bold),
    owner: ownerWhole(person, owner, t),
  };
}
