/** What the inspector shows for a selection. */
import type { Selection } from '../../editor/store';

export type InspectorMode =
  | { readonly kind: 'deal' }
  | { readonly kind: 'person'; readonly id: string }
  | { readonly kind: 'people'; readonly ids: readonly string[] }
  | { readonly kind: 'line'; readonly id: string }
  | { readonly kind: 'lines'; readonly ids: readonly string[] };

/** People win over lines: a selection of both edits the people. Nothing selected edits the deal. */
export function inspectorMode(selection: Selection): InspectorMode {
  const [person] = selection.people;
  if (person !== undefined) {
    return selection.people.length === 1 ? { kind: 'person', id: person } : { kind: 'people', ids: selection.people };
  }
  const [line] = selection.lines;
  if (line !== undefined) {
    return selection.lines.length === 1 ? { kind: 'line', id: line } : { kind: 'lines', ids: selection.lines };
  }
  return { kind: 'deal' };
}
