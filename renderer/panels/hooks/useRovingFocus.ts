import { useCallback, useRef, useState } from 'react';

/**
 * Roving focus over a set of items: one is reachable with Tab, arrow keys move focus
 * (the caller decides where). Items register their elements so focus can be moved to them.
 */
export function useRovingFocus() {
  const elements = useRef(new Map<string, HTMLElement>());
  const [current, setCurrent] = useState<string | null>(null);

  const register = useCallback((id: string, element: HTMLElement | null) => {
    if (element) elements.current.set(id, element);
    else elements.current.delete(id);
  }, []);

  const focus = useCallback((id: string) => {
    setCurrent(id);
    elements.current.get(id)?.focus();
  }, []);

  return { current, setCurrent, register, focus };
}
