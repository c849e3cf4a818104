/**
 * Who makes the changes on this laptop (the trail's `actorId`/`actorName`, shared/collab):
 * a stable local user id, made once and kept in this browser profile's localStorage, and
 * the user's own name from the first run (`services/firstRun.ts`). A server sign-in gives
 * its own actor; this one is for a laptop without one.
 */
import type { Actor } from '../../shared/collab/shape';
import { newId } from '../editor/ids';
import { browserStorage, ownName } from './firstRun';

export const LOCAL_USER_ID_KEY = 'powermap.localUserId';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'> | null;

/** The local user id, made at the first call and kept; without storage, one per session. */
export function localUserId(storage: Storage = browserStorage()): string {
  try {
    const stored = storage?.getItem(LOCAL_USER_ID_KEY);
    if (stored) return stored;
    const id = newId('u');
    storage?.setItem(LOCAL_USER_ID_KEY, id);
    return id;
  } catch {
    return (sessionUserId ??= newId('u'));
  }
}

let sessionUserId: string | undefined;

/** The local actor: the stable id and the own name ('' when the user skipped the question). */
export function localActor(storage: Storage = browserStorage()): Actor {
  return { id: localUserId(storage), name: ownName(storage) ?? '' };
}
