/** Whether the minimap is shown: the user's choice, kept in local storage between sessions. */
import { useCallback, useRef, useState } from 'react';

const MINIMAP_KEY = 'powermap.minimap';

function storedMinimap(): boolean {
  try {
    return window.localStorage.getItem(MINIMAP_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

export function useMinimapShown() {
  const [minimapShown, setMinimapShown] = useState(storedMinimap);
  const minimapRef = useRef(minimapShown);
  minimapRef.current = minimapShown;

  const toggleMinimap = useCallback(() => {
    setMinimapShown((shown) => {
      try {
        window.localStorage.setItem(MINIMAP_KEY, shown ? 'hidden' : 'shown');
      } catch {
        // Private windows may refuse storage: the choice then lasts for this canvas only.
      }
      return !shown;
    });
  }, []);

  return { minimapShown, minimapRef, toggleMinimap };
}
