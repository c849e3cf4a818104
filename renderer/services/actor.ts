/**
 * Who the user is to the activity trail and to presence when no server says so: an id made
 * once per browser profile (kept in localStorage beside the own name, firstRun.ts) and the
 * own name. Signing in to a team server replaces this with the server's user (teamapp).
 */
import type { Actor } from '../../shared/collab';
import { browserStorage, ownName } from './firstRun';

export const ACTOR_ID_KEY = 'powermap.actorId';

type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

function randomId(): string {
  return `u-${globalThis.crypto.randomUUID()}`;
}

/** This profile's actor: a stable id (made on first use) and the own name ('' when never given). */
export function localActor(storage: Store = browserStorage(), makeId: () => string = randomId): Actor {
  let id: string | null = null;
  try {
    id = storage?.getItem(ACTOR_ID_KEY) ?? null;
    if (!id) {
      id = makeId();
      storage?.setItem(ACTOR_ID_KEY, id);
    }
  } catch {
    // Storage may be unavailable (private mode): the id then lasts for this session.
    id ??= makeId();
  }
  return { id, name: ownName(storage) ?? '' };
}
