/**
 * Which of a mapping's edges touch a person, by their indices, for each edge array the
 * mapping gives (toFlow.ts): the region (wantedRegion.ts) then finds a dropped card's lines
 * without walking every line. Told only for lists whose line ids are unique (a document's
 * always are): with a repeated id the indices by id would be wrong.
 */
import type { LineIndex } from './flowCache';
import type { LineEdge } from './flowTypes';

/** The indices, in its edge array, of the edges touching a person (in no particular order). */
export type EdgesTouching = (personId: string) => readonly number[];

const told = new WeakMap<readonly LineEdge[], EdgesTouching>();

/** The edges touching a person, from a document's lines by person and each line's index in the edges. */
export function edgesTouching(index: LineIndex, edgeAt: ReadonlyMap<string, number>): EdgesTouching | undefined {
  if (index.byId.size !== index.lines.length) return undefined;
  return (personId) => {
    const at: number[] = [];
    for (const line of index.byPerson.get(personId) ?? []) {
      const i = edgeAt.get(line.id);
      if (i !== undefined) at.push(i);
    }
    return at;
  };
}

/** Says which edges of `edges` touch a person (none said: the caller walks them). */
export function tellTouching(edges: readonly LineEdge[], touching: EdgesTouching | undefined): void {
  if (touching) told.set(edges, touching);
}

export function touchingOf(edges: readonly LineEdge[]): EdgesTouching | undefined {
  return told.get(edges);
}
