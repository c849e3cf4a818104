/** The aria labels of the canvas's cards: what a screen reader hears of a person, a mark and a peer. */
import type { Stakeholder } from '../../shared/document';
import type { Translator } from '../../shared/i18n';
import { subtitleOf } from '../../shared/mapLayout/cardText';
import type { PeerMark, PersonMark } from './marks';

export function personLabel(person: Stakeholder, ownerName: string | null, words: Translator): string {
  const subtitle = subtitleOf(person);
  return words('canvas.person.aria', {
    name: person.name,
    title: subtitle === '' ? '' : words('canvas.person.title', { title: subtitle }),
    attitude: words(`attitude.${person.attitude}`),
    closeness: words(`closeness.${person.closeness}`),
    influence:
      person.influence === null
        ? words('canvas.influence.noneLong')
        : words('canvas.influence', { value: person.influence }),
    owner: ownerName === null ? words('canvas.owner.noneLong') : words('canvas.owner', { name: ownerName }),
  });
}

/** A label with the comparison's mark said after it, so a screen reader hears what the ring and badge show. */
export function withMark(label: string, mark: PersonMark | undefined, words: Translator): string {
  return mark ? words('canvas.marked', { label, mark: words(`canvas.mark.${mark}`) }) : label;
}

export function withPeer(label: string, peer: PeerMark | undefined, words: Translator): string {
  return peer ? words('canvas.peer.selected', { label, names: peer.names.join(', ') }) : label;
}
