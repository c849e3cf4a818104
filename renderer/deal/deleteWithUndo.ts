/**
 * Deleting people (and lines) with a message that offers Undo, as deleting a deal does.
 * Every way of deleting goes here: the Delete key and Edit › Delete, Person › Delete
 * person, the inspector's button, the map's own Delete.
 */
import type { ToastStore } from '../ui/toasts';
import { addLines, deleteLines } from '../editor/commands/lines';
import { addPeople, deletePeople } from '../editor/commands/people';
import type { EditorStore } from '../editor/store';
import { translatePlural, type Lang, type Translator } from '../../shared/i18n';

export interface DeleteContext {
  readonly store: EditorStore;
  readonly toasts: Pick<ToastStore, 'show'>;
  readonly t: Translator;
  readonly lang: Lang;
}

/** Deletes these people and lines; when people went, says so with Undo. Returns whether anything changed. */
export function deleteWithUndo(
  { store, toasts, t, lang }: DeleteContext,
  selection: { readonly people: readonly string[]; readonly lines: readonly string[] },
): boolean {
  const before = store.getState().doc;
  const changed = store.apply((doc) => deleteLines(selection.lines)(deletePeople(selection.people)(doc)));
  if (!changed) return false;
  const after = store.getState().doc;
  const kept = new Set(after.stakeholders.map((p) => p.id));
  const keptLines = new Set(after.relationships.map((r) => r.id));
  const people = before.stakeholders.filter((p) => !kept.has(p.id));
  const lines = before.relationships.filter((r) => !keptLines.has(r.id));
  if (people.length === 0) return true;
  const text =
    people.length === 1
      ? t('editor.deletedPerson', { name: people[0]!.name })
      : translatePlural(lang, 'editor.deletedPeople', people.length);
  toasts.show(text, {
    action: {
      label: t('editor.undoDelete'),
      run: () => {
        // Right after the delete, Undo is the editor's undo; after other edits, the deleted
        // people and lines come back as one new edit, the later edits kept.
        if (store.getState().doc === after && store.getState().canUndo) store.undo();
        else {
          const here = new Set(store.getState().doc.stakeholders.map((p) => p.id));
          const back = people.filter((p) => !here.has(p.id));
          store.apply((doc) => addLines(lines)(addPeople(back)(doc)), {
            select: { people: back.map((p) => p.id), lines: [] },
          });
        }
      },
    },
  });
  return true;
}
