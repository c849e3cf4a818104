import { useCallback, useSyncExternalStore } from 'react';

/** Where the app is: the library, or one deal. Kept in the URL hash so a reload comes back here. */
export type Route = { readonly view: 'library' } | { readonly view: 'deal'; readonly dealId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/deal\/([^/]+)$/.exec(hash);
  if (match) {
    try {
      return { view: 'deal', dealId: decodeURIComponent(match[1]!) };
    } catch {
      return { view: 'library' };
    }
  }
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  return route.view === 'deal' ? `#/deal/${encodeURIComponent(route.dealId)}` : '#/';
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
