/**
 * The deal's trail and what the panel derives from its Y.Doc, read again after every change
 * to the Y.Doc (an entry appended, a value overwritten, a person deleted elsewhere): the
 * Y.Doc's own update event, counted, is what React re-renders on.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { listTrail, readDealFromYDoc, type DeletedButEdited, type TrailEntry } from '../../shared/collab';

function useYDocVersion(ydoc: Y.Doc): number {
  const counter = useMemo(() => {
    let version = 0;
    return {
      subscribe: (listener: () => void) => {
        const onUpdate = () => {
          version++;
          listener();
        };
        ydoc.on('update', onUpdate);
        return () => ydoc.off('update', onUpdate);
      },
      get: () => version,
    };
  }, [ydoc]);
  return useSyncExternalStore(counter.subscribe, counter.get);
}

export interface DealTrail {
  /** Oldest first (listTrail). */
  readonly entries: readonly TrailEntry[];
  readonly deletedButEdited: readonly DeletedButEdited[];
  /** Changes with every update of the Y.Doc: what depends on the fields' values now recomputes with it. */
  readonly version: number;
}

export function useDealTrail(ydoc: Y.Doc): DealTrail {
  const version = useYDocVersion(ydoc);
  return useMemo(() => {
    const read = readDealFromYDoc(ydoc);
    return {
      entries: listTrail(ydoc),
      deletedButEdited: read.ok ? read.deletedButEdited : [],
      version,
    };
  }, [ydoc, version]);
}
