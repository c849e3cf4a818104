/**
 * Renaming a person on their card (renaming.ts): the context the cards read, a double-click
 * on a card, and the keys F2 and Enter.
 */
import { useCallback, useMemo, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { MapCanvasProps } from './mapCanvasProps';
import { Renaming, type RenameContextValue } from './renaming';
import type { PersonNode } from './toFlow';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function useRenaming(latest: RefObject<MapCanvasProps>) {
  const renaming = useMemo(() => new Renaming(), []);
  const renameContext = useMemo<RenameContextValue>(
    () => ({ renaming, commit: (id, name) => latest.current.onRename?.(id, name) }),
    [renaming],
  );
  return { renaming, renameContext };
}

export function useRenameKeys(latest: RefObject<MapCanvasProps>, renaming: Renaming) {
  const onNodeDoubleClick = useCallback(
    (_event: MouseEvent, node: PersonNode) => {
      if (!latest.current.readOnly && latest.current.onRename) renaming.start(node.id);
    },
    [renaming],
  );

  /**
   * F2 renames the one selected person on their card; so does Enter on that person's card.
   * Enter on another card is React Flow's: it selects that card (a keyboard user's first
   * Enter selects, the second renames), so it never renames someone the user is not on.
   */
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const app = latest.current;
      if (event.key !== 'F2' && event.key !== 'Enter') return;
      if (app.readOnly || !app.onRename || isTextField(event.target) || app.selection.people.length !== 1) return;
      if (event.key === 'Enter') {
        const node = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
        if (!node || node.dataset['id'] !== app.selection.people[0]) return;
      }
      event.preventDefault();
      renaming.start(app.selection.people[0]!);
    },
    [renaming],
  );

  return { onNodeDoubleClick, onKeyDown };
}
