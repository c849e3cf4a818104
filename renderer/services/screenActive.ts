import { createContext, useContext } from 'react';

/**
 * Whether the screen a component belongs to is the one the user sees. The deal's editor
 * stays mounted, hidden, under the print view of its review sheet, so that coming back
 * finds the same session (its undo history, its selection); while hidden it must not
 * answer shortcuts, menu commands or clipboard events meant for the print view.
 */
export const ScreenActiveContext = createContext(true);

export function useScreenActive(): boolean {
  return useContext(ScreenActiveContext);
}
