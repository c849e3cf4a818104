/**
 * A person's card in the SVG drawing: the layout model (shared/mapLayout/cardLayout.ts)
 * painted in the tokens' colours (shared/mapStyle). Surface, header band, border by
 * closeness, then each box and text of the layout where it says.
 */
import type { Stakeholder } from '../../document/schema';
import type { Translator } from '../../i18n/translate';
import { cardLayout, type Box } from '../../mapLayout/cardLayout';
import type { MapColours } from '../../mapStyle/tokens';
import type { CardOwner } from '../../mapLayout/cardText';
import { subtitleOf } from '../../mapLayout/cardText';
import { cardPainter } from './cardPainter';
import { drawHeadRows, drawInfluence, drawOwner, drawRoleBadges } from './cardRows';
import { drawCardSurface } from './cardSurface';
import { el, num, title } from './svg';

/** Where a card is drawn: its top-left corner and its person. */
export interface PlacedCard extends Box {
  readonly person: Stakeholder;
}

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

export function drawCard(card: PlacedCard, owner: CardOwner | null, t: Translator, colours: MapColours): string {
  const { person, x, y } = card;
  const colour = colours.attitude[person.attitude];
  const layout = cardLayout(person, owner, t);
  const paint = cardPainter(x, y, colours);
  const parts = [
    title(cardDescription(person, owner, t)),
    drawCardSurface(person, x, y, colour, colours),
    drawHeadRows(layout, colour, paint),
    drawRoleBadges(layout, paint),
    drawInfluence(layout.influence, paint),
    drawOwner(layout.owner, paint),
  ];
  return el(
    'g',
    { class: 'person', 'data-id': person.id, 'data-attitude': person.attitude, 'data-closeness': person.closeness },
    parts.join(''),
  );
}
