/**
 * Loading a shared deal's Y.Doc from our database when Hocuspocus opens it: its parts applied,
 * its changes followed from then on, its size and its stored state vector noted (loadedDeals.ts).
 */
import type { onLoadDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Database } from '../db/database';
import { grouped } from '../db/grouped';
import { loadDocuments } from '../store/documents';
import type { ConnectionContext } from './access';
import type { DocumentHooks } from './hooks';
import type { LoadedDeals } from './loadedDeals';

export function documentLoader(
  db: Database,
  hooks: DocumentHooks,
  deals: LoadedDeals,
): (payload: onLoadDocumentPayload<ConnectionContext>) => Promise<void> {
  const { sizes, unstored, storedVectors } = deals;
  // Deals opened together (a team opening the app, a restart) load in one query, a few large
  // deals per statement at most.
  const loadDocument = grouped(
    async (dealIds: string[]) => {
      const loaded = await loadDocuments(db, dealIds);
      return dealIds.map((id) => loaded.get(id));
    },
    { maxItems: 100 },
  );

  return async ({ documentName, document }) => {
    // A failed load throws: Hocuspocus then closes the connections and unloads the document,
    // and no empty document can later overwrite the stored one.
    const loaded = await loadDocument(documentName);
    const hadContent = document.store.clients.size > 0;
    if (loaded)
      Y.transact(document, () => {
        for (const part of loaded.parts) Y.applyUpdate(document, part);
      });
    // From here on every change is followed, in the same tick as the apply: none slips by.
    unstored.follow(documentName, document, loaded, hadContent);
    hooks.onDocumentLoaded?.(documentName, document);
    sizes.set(documentName, (loaded?.baseBytes ?? 0) + (loaded?.updateBytes ?? 0));
    // What is stored: the document's own vector unless it held unstored content before the load.
    storedVectors.set(
      documentName,
      hadContent && loaded
        ? Y.encodeStateVectorFromUpdate(Y.mergeUpdates(loaded.parts))
        : Y.encodeStateVector(document),
    );
  };
}
