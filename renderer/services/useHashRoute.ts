import { useCallback, useSyncExternalStore } from 'react';

/**
 * Where the app is: the library, one deal, or the print view of a deal's review sheet
 * (`#/deal/ID/print?personal=0&anonymous=1`). Kept in the URL hash so a reload comes back here.
 */
export type Route =
  | { readonly view: 'library' }
  | { readonly view: 'deal'; readonly dealId: string }
  | {
      readonly view: 'print';
      readonly dealId: string;
      readonly includePersonal: boolean;
      readonly anonymous: boolean;
      /** Desktop: save the PDF as soon as the sheet is drawn (the Export dialog's PDF). */
      readonly savePdf?: boolean;
    };

export function parseRoute(hash: string): Route {
  const match = /^#\/deal\/([^/?]+)(\/print(?:\?(.*))?)?$/.exec(hash);
  if (match) {
    let dealId: string;
    try {
      dealId = decodeURIComponent(match[1]!);
    } catch {
      return { view: 'library' };
    }
    if (match[2] === undefined) return { view: 'deal', dealId };
    const query = new URLSearchParams(match[3] ?? '');
    return {
      view: 'print',
      dealId,
      includePersonal: query.get('personal') === '1',
      anonymous: query.get('anonymous') === '1',
      ...(query.get('pdf') === '1' ? { savePdf: true } : {}),
    };
  }
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  if (route.view === 'library') return '#/';
  const deal = `#/deal/${encodeURIComponent(route.dealId)}`;
  if (route.view === 'deal') return deal;
  const flag = (value: boolean | undefined) => (value ? '1' : '0');
  const pdf = route.savePdf ? '&pdf=1' : '';
  return `${deal}/print?personal=${flag(route.includePersonal)}&anonymous=${flag(route.anonymous)}${pdf}`;
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
