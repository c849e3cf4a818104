/**
 * Presence on one deal's screen: publishes our user and the person we have selected on the
 * deal's Awareness, and gives the teammates who also have it open. The Awareness is the
 * team connection's (handed over through services/awareness.ts) or, when the deal is not
 * connected, a local one that shows nobody else: one path, connected or not.
 */
import { useEffect, useMemo, useState } from 'react';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Actor } from '../../shared/collab';
import type { EditorStore } from '../editor/store';
import { useEditor } from '../hooks/useEditor';
import { useSharedAwareness } from '../services/awareness';
import { peersOf, presenceUser, publishPresence, type Peer } from '../services/presence';

const NOBODY: readonly Peer[] = [];

export function usePresence(dealId: string, ydoc: Y.Doc, actor: Actor, store: EditorStore): readonly Peer[] {
  const shared = useSharedAwareness(dealId);
  const [local, setLocal] = useState<Awareness | null>(null);
  useEffect(() => {
    if (shared) return;
    const own = new Awareness(ydoc);
    setLocal(own);
    return () => {
      own.destroy();
      setLocal(null);
    };
  }, [shared, ydoc]);
  const awareness = shared ?? local;

  const people = useEditor(store, (s) => s.selection.people);
  const selected = people.length === 1 ? (people[0] ?? null) : null;
  // By value: the caller may give a new actor object at every render.
  const user = useMemo(() => presenceUser({ id: actor.id, name: actor.name }), [actor.id, actor.name]);
  useEffect(() => {
    if (awareness) publishPresence(awareness, user, selected);
  }, [awareness, user, selected]);

  const [peers, setPeers] = useState<readonly Peer[]>(NOBODY);
  useEffect(() => {
    if (!awareness) return;
    const read = () => setPeers(peersOf(awareness.getStates(), awareness.clientID, user.id));
    read();
    awareness.on('change', read);
    return () => {
      awareness.off('change', read);
      setPeers(NOBODY);
    };
  }, [awareness, user.id]);
  return peers;
}
