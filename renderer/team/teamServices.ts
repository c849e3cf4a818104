/**
 * Makes the team side of the app at start: the session (its refresh token in this profile's
 * localStorage, refreshes serialised across windows), the team store, and the deal's local
 * Y.Doc from the database (persistence/dealDoc.ts).
 */
import { analyze } from '../../shared/analysis';
import type { PowermapDatabase } from '../persistence/db';
import { openDealDoc, STORAGE_ORIGIN } from '../persistence/dealDoc';
import type { DealRepository } from '../persistence/repository';
import { editSummary } from '../persistence/summary';
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
  const store = new TeamStore(session, options.storage, (dealId) => options.repository.purgeDeal(dealId));
  return {
    store,
    openDoc: async (dealId) => {
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
    },
  };
}
