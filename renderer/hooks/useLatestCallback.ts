import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * One function for the life of the component that always calls the latest `callback`: a
 * parent's new arrow function on each render does not redraw memoised children given it.
 */
export function useLatestCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  }, [callback]);
  return useCallback((...args: A) => latest.current(...args), []);
}
