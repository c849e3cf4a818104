import { useSyncExternalStore } from 'react';
import type { EditorState, EditorStore } from '../editor/store';

/**
 * Reads a slice of the editor's state and re-renders only when that slice changes.
 * The selector must return a stable value (a field of the state, or a primitive).
 */
export function useEditor<T>(store: EditorStore, select: (state: EditorState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
