/** Selecting people from a second view (the grid), sharing the selection with the canvas. */
import type { Selection } from '../../editor/store';

/**
 * A plain choice selects only that person; an additive one (Shift, Ctrl or Cmd held)
 * toggles the person in the current selection and keeps any selected lines.
 */
export function choosePerson(current: Selection, id: string, additive: boolean): Selection {
  if (!additive) return { people: [id], lines: [] };
  const people = current.people.includes(id) ? current.people.filter((p) => p !== id) : [...current.people, id];
  return { people, lines: current.lines };
}
