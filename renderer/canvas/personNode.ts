/** A person's card as a React Flow node, reused while the person and what the card shows are the same. */
import type { PowermapDocument, Stakeholder } from '../../shared/document';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/export/geometry';
import { initials } from '../../shared/mapLayout/cardText';
import { wholeTexts } from '../../shared/mapLayout/cardWhole';
import { CARD_HANDLES, MEASURED } from './cardGeometry';
import type { FlowCache } from './flowCache';
import { personLabel, withMark, withPeer } from './flowLabels';
import type { FlowView, PersonNode } from './flowTypes';

/** A person's node: the cached one while the person object and what the card shows are the same. */
export function nodeFor(
  person: Stakeholder,
  selected: boolean,
  isHighlighted: boolean,
  team: ReadonlyMap<string, PowermapDocument['team'][number]>,
  view: FlowView,
  cache: FlowCache,
): PersonNode {
  const words = cache.words;
  const mark = view.marks?.people.get(person.id);
  const peer = view.peers?.get(person.id);
  let ownerName: string | null = null;
  let missingOwner = false;
  if (person.ownerId !== null) {
    const member = team.get(person.ownerId);
    missingOwner = member === undefined;
    ownerName = member ? member.name.trim() || member.id : words('canvas.owner.missing');
  }
  const cached = cache.nodes.get(person);
  if (
    cached &&
    cached.selected === selected &&
    cached.highlighted === isHighlighted &&
    cached.ownerName === ownerName &&
    cached.mark === mark &&
    cached.peer === peer
  )
    return cached.node;
  const owner = ownerName === null ? null : { name: ownerName, initials: missingOwner ? '?' : initials(ownerName) };
  const whole = wholeTexts(person, owner, words);
  const node: PersonNode = {
    id: person.id,
    type: 'person',
    position: person.position,
    data: {
      person,
      owner,
      highlighted: isHighlighted,
      whole,
      ...(mark ? { mark } : {}),
      ...(peer ? { peer } : {}),
    },
    selected,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    measured: MEASURED,
    handles: CARD_HANDLES,
    ariaLabel: withPeer(withMark(personLabel(person, ownerName, words), mark, words), peer, words),
  };
  cache.nodes.set(person, { selected, highlighted: isHighlighted, ownerName, mark, peer, node });
  return node;
}
