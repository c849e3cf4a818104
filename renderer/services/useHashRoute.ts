import { useCallback, useSyncExternalStore } from 'react';

/**
 * Where the app is: the library, the pipeline of deals (`#/pipeline`), the win/loss review (`#/review`) or one deal (`#/deal/ID`). Kept in the URL hash so a reload
 * comes back here. The print view of a deal's review sheet is no place of its own: it shows
 * the document in memory over the deal (export/printScreen.ts).
 */
export type Route =
  | { readonly view: 'library' }
  | { readonly view: 'pipeline' }
  | { readonly view: 'review' }
  | { readonly view: 'deal'; readonly dealId: string };

export function parseRoute(hash: string): Route {
  if (hash === '#/pipeline') return { view: 'pipeline' };
  if (hash === '#/review') return { view: 'review' };
  // `/print?...` after the deal is what older versions put there for the print view: the deal opens.
  const match = /^#\/deal\/([^/?]+)(\/print(?:\?.*)?)?$/.exec(hash);
  if (!match) return { view: 'library' };
  try {
    return { view: 'deal', dealId: decodeURIComponent(match[1]!) };
  } catch {
    return { view: 'library' };
  }
}

export function routeHash(route: Route): string {
  if (route.view === 'library') return '#/';
  if (route.view === 'pipeline') return '#/pipeline';
  if (route.view === 'review') return '#/review';
  return `#/deal/${encodeURIComponent(route.dealId)}`;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** Goes to a place of the app, from anywhere (an action of a deal going to the pipeline). */
export function navigateTo(route: Route): void {
  window.location.hash = routeHash(route);
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => navigateTo(route), []);
  return [parseRoute(hash), navigate];
}
