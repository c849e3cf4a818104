/**
 * Keeps an open deal's editor and its Y.Doc in step, both ways (docs/COLLAB_MODEL.md):
 * - an edit (not a what-if try) is written into the Y.Doc as only what it changed
 *   (`applyDocumentToYDoc` with `previous`), so a teammate's change to another field that came
 *   meanwhile is left alone;
 * - a change that reaches the Y.Doc from elsewhere (the server, another window) is read back
 *   through the salvage reader and replaces the editor's document, then is saved locally.
 *
 * This is the one place the editor meets the Y.Doc of a shared deal. When every deal's editor
 * works on its Y.Doc (the local-document work of issue 11), this bridge is what it replaces.
 */
import type { Actor } from '../../shared/collab';
import { applyDocumentToYDoc, holdsDeal, readDealFromYDoc } from '../../shared/collab';
import type { PowermapDocument } from '../../shared/document';
import type { EditorStore } from '../editor/store';
import type * as Y from 'yjs';

export interface EditorBridgeOptions {
  readonly store: EditorStore;
  readonly ydoc: Y.Doc;
  readonly actor: () => Actor;
  /** A document that came from elsewhere and is now the editor's: save it locally. */
  readonly onRemoteDocument: (doc: PowermapDocument) => void;
}

/**
 * Starts the bridge. The Y.Doc is the truth when it holds a deal (a shared deal's copy);
 * otherwise it is filled from the editor's document first (a deal being published).
 */
export function bridgeEditorToYDoc(options: EditorBridgeOptions): () => void {
  const { store, ydoc } = options;
  let writing = false;
  let last: PowermapDocument = store.getState().doc;

  const write = (next: PowermapDocument, previous?: PowermapDocument) => {
    writing = true;
    try {
      applyDocumentToYDoc(ydoc, next, options.actor(), previous ? { previous } : { trail: false });
    } finally {
      writing = false;
    }
    last = next;
  };

  const readRemote = () => {
    const read = readDealFromYDoc(ydoc);
    if (!read.ok || read.document === last) return;
    last = read.document;
    store.replace(read.document);
    options.onRemoteDocument(read.document);
  };

  if (holdsDeal(ydoc)) readRemote();
  else write(last);

  const offEdits = store.onDocumentChange((doc, _changes, _origin, tentative) => {
    if (tentative) return;
    write(doc, last);
  });

  // Remote changes come in bursts (a sync sends many updates): read once per burst.
  let scheduled = false;
  const onUpdate = () => {
    if (writing || scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      readRemote();
    });
  };
  ydoc.on('update', onUpdate);

  return () => {
    offEdits();
    ydoc.off('update', onUpdate);
  };
}
