/**
 * What the app remembers about a user's first run, in this browser profile's localStorage
 * (like the language, `language.ts`): the user's own name, asked once at the first new
 * deal, and whether the tour was shown (it counts as seen once shown, Tour.tsx).
 *
 * Tests and tools that do not want the first-run prompts preset `FIRST_RUN_DONE` (the
 * Playwright config does it for every end-to-end test; a test that wants them starts with
 * an empty storage state).
 */
export const OWN_NAME_KEY = 'powermap.ownName';
export const TOUR_DONE_KEY = 'powermap.tourDone';

/** The localStorage entries of a user who skipped the name question and closed the tour. */
export const FIRST_RUN_DONE: readonly { readonly name: string; readonly value: string }[] = [
  { name: OWN_NAME_KEY, value: '' },
  { name: TOUR_DONE_KEY, value: '1' },
];

type Read = Pick<Storage, 'getItem'> | null;
type Write = Pick<Storage, 'setItem'> | null;

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The user's own name; '' when they skipped the question; null when never asked. */
export function ownName(storage: Read = browserStorage()): string | null {
  try {
    return storage?.getItem(OWN_NAME_KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberOwnName(name: string, storage: Write = browserStorage()): void {
  try {
    storage?.setItem(OWN_NAME_KEY, name.trim());
  } catch {
    // Storage may be unavailable (private mode): the answer then lasts for this session.
  }
}

export function tourDone(storage: Read = browserStorage()): boolean {
  try {
    return storage?.getItem(TOUR_DONE_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberTourDone(storage: Write = browserStorage()): void {
  try {
    storage?.setItem(TOUR_DONE_KEY, '1');
  } catch {
    // As above.
  }
}
