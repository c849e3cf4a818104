/**
 * The deal's Y.Doc kept in step with the editor (issue 11), for the activity trail and
 * presence: every saved edit of the store is written into the Y.Doc as only what it changed,
 * by the local actor, with its trail entries (applyDocumentToYDoc); a change that reaches the
 * Y.Doc from elsewhere (another replica, through a provider) replaces the editor's document.
 *
 * Until every deal is stored as a Y.Doc (the local-document work), the Y.Doc lives in memory
 * for the session: it starts from the document as loaded, so the trail shows this session's
 * changes and whatever a connected replica brings. `bindDealDoc` takes any Y.Doc, so the
 * stored one replaces the in-memory one without changing the views.
 */
import type * as Y from 'yjs';
import { applyDocumentToYDoc, documentToYDoc, holdsDeal, readDealFromYDoc, type Actor } from '../../shared/collab';
import type { CollabOrigin } from '../../shared/collab/shape';
import type { PowermapDocument } from '../../shared/document';
import type { EditorStore } from '../editor/store';

export interface DealDocBinding {
  readonly ydoc: Y.Doc;
  /** Stops following the store and the Y.Doc (the Y.Doc itself is the caller's). */
  readonly detach: () => void;
}

function isPowermapOrigin(origin: unknown): origin is CollabOrigin {
  return origin !== null && typeof origin === 'object' && (origin as Partial<CollabOrigin>).powermap === true;
}

/**
 * Keeps `ydoc` and `store` in step. `actor` is read at every write (the user may give their
 * name meanwhile). A what-if's tentative changes are not written: only what is kept is.
 */
export function bindDealDoc(
  store: EditorStore,
  actor: () => Actor,
  options: {
    /** The deal's Y.Doc (the stored one); by default a new one in memory holding the editor's document. */
    readonly ydoc?: Y.Doc;
    /** The clock of the trail entries (tests). */
    readonly now?: () => Date;
  } = {},
): DealDocBinding {
  const ydoc = options.ydoc ?? documentToYDoc(store.getState().doc, actor());
  const now = options.now ?? (() => new Date());
  if (!holdsDeal(ydoc)) applyDocumentToYDoc(ydoc, store.getState().doc, actor(), { trail: false, now });
  // The document the Y.Doc was last made equal to: an edit writes only what differs from it.
  let written: PowermapDocument = store.getState().doc;

  const stopStore = store.onDocumentChange((doc, _changes, _origin, tentative) => {
    if (tentative) return;
    applyDocumentToYDoc(ydoc, doc, actor(), { previous: written, now });
    written = doc;
  });

  // Our own writes (edits, a value put back, a person restored) are already in the store.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (isPowermapOrigin(origin) && origin.actor.id === actor().id) return;
    if (store.getState().whatIf) return;
    const read = readDealFromYDoc(ydoc);
    if (!read.ok) return;
    written = read.document;
    store.replace(read.document);
  };
  ydoc.on('update', onUpdate);

  return {
    ydoc,
    detach: () => {
      stopStore();
      ydoc.off('update', onUpdate);
    },
  };
}
