/**
 * Makes the team side of the app at start: the session (its refresh token in this profile's
 * localStorage, refreshes serialised across windows), the team store, and the deal's local
 * Y.Doc from the database (persistence/dealDoc.ts).
 */
import { analyze } from '../../shared/analysis';
import type { PowermapDatabase } from '../persistence/db';
import { openDealDoc } from '../persistence/dealDoc';
import { readDealLog, STORAGE_ORIGIN } from '../persistence/dealLog';
import type { DealRepository } from '../persistence/repository';
import { editSummary } from '../persistence/summary';
import { TeamCache } from '../persistence/teamCache';
import { cacheOwner } from './cachedAnswer';
import { BackgroundSync } from './backgroundSync';
import { storageRefreshTokenStore } from './refreshTokenStore';
import { browserLock, TeamSession } from './session';
import type { TeamServices } from './TeamContext';
import { TeamStore } from './teamStore';

export function createTeamServices(options: {
  db: PowermapDatabase;
  repository: DealRepository;
  storage: Storage | null;
}): TeamServices {
  const lock = browserLock();
  const session = new TeamSession({ store: storageRefreshTokenStore(options.storage), ...(lock ? { lock } : {}) });
  const store = new TeamStore(
    session,
    options.storage,
    (dealId) => options.repository.purgeDeal(dealId),
    (dealId) => readDealLog(options.db, dealId),
  );
  const cache = new TeamCache(options.db);
  forgetOnSignOut(session, cache);
  const openDoc: TeamServices['openDoc'] = async (dealId) => {
    const handle = await openDealDoc(options.db, dealId);
    return {
      ydoc: handle.ydoc,
      existed: handle.existed,
      foreignOrigins: [STORAGE_ORIGIN, handle.windowOrigin],
      setLibraryRow: (doc) => {
        const now = new Date().toISOString();
        handle.setSummary(editSummary(doc, analyze(doc, { asOf: now.slice(0, 10) }).winLikelihood, now));
      },
      // The library row too: it is otherwise written when the page is idle (persistence/dealDoc.ts).
      whenPersisted: () => handle.flush(),
      close: () => handle.close(),
    };
  };
  // Shared deals not open that have changes waiting are sent while signed in and online.
  const background = new BackgroundSync({ store, openDoc, online: () => globalThis.navigator?.onLine ?? true });
  background.start(typeof window === 'undefined' ? undefined : window);
  return { store, cache, openDoc };
}

/** The team's kept answers do not outlive the sign-in: signing out (or a sign-in ending) forgets them. */
export function forgetOnSignOut(
  session: Pick<TeamSession, 'current' | 'subscribe'>,
  cache: Pick<TeamCache, 'forget'>,
): void {
  let signedIn = session.current();
  session.subscribe(() => {
    const now = session.current();
    if (signedIn && (!now || cacheOwner(now) !== cacheOwner(signedIn))) void cache.forget(cacheOwner(signedIn));
    signedIn = now;
  });
}
