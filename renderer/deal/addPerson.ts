/**
 * Adding a person from the toolbar, the N key, the menu or a double-click on the canvas:
 * placed in the free spot nearest to where the user looks (placement.ts), selected, and
 * their name ready to be typed on the card.
 */
import type { CanvasApi } from '../canvas/canvasApi';
import { freeSpot, wantedSpot, type Point } from '../canvas/placement';
import { addPeople, newPerson } from '../editor/commands/people';
import { newId } from '../editor/ids';
import type { EditorStore } from '../editor/store';
import type { Translator } from '../../shared/i18n';

/** Adds a person as near to `wanted` (a card's top-left corner) as there is room; returns their id. */
export function addPersonNear(store: EditorStore, t: Translator, wanted: Point, canvas: CanvasApi | null): string {
  const { doc } = store.getState();
  const at = freeSpot(
    doc.stakeholders.map((person) => person.position),
    wanted,
  );
  const person = newPerson(newId('s'), `${t('editor.newPerson')} ${doc.stakeholders.length + 1}`, at);
  store.apply(addPeople([person]), { select: { people: [person.id], lines: [] } });
  canvas?.rename(person.id);
  // Once React Flow has the new card (next frame): bring it into view if it is not.
  requestAnimationFrame(() => canvas?.reveal([person.id]));
  return person.id;
}

/** Adds a person near the one selected person (below them), else in the middle of the view. */
export function addPersonInView(store: EditorStore, t: Translator, canvas: CanvasApi | null): string {
  const { doc, selection } = store.getState();
  const selected =
    selection.people.length === 1 ? doc.stakeholders.find((p) => p.id === selection.people[0])?.position : undefined;
  const centre = canvas?.viewportCenter() ?? { x: 0, y: 0 };
  return addPersonNear(store, t, wantedSpot(centre, selected), canvas);
}
