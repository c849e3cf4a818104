/**
 * Presence over a y-protocols Awareness: what this window publishes (the user and the person
 * selected) and who else has the deal open, read from every client's state. States come from
 * other machines, so each is read defensively: a state that does not hold a user is skipped.
 *
 * A client's state: `{ user: { id, name, colour }, selection: { personId } }`.
 */
import type { Awareness } from 'y-protocols/awareness';
import { peerColour } from '../../shared/mapStyle/peers';

// One way of making initials: the owner badges' (the canvas and every export).
export { initials as initialsOf } from '../../shared/mapLayout/cardText';

export interface PresenceUser {
  readonly id: string;
  readonly name: string;
  readonly colour: string;
}

/** Someone else with the deal open: one per user, however many windows they have. */
export interface Peer {
  readonly user: PresenceUser;
  /** The people they have selected, one per open window of theirs that selects one. */
  readonly selected: readonly string[];
}

const COLOUR = /^#[0-9a-f]{6}$/i;

export function presenceUser(actor: { id: string; name: string }): PresenceUser {
  return { id: actor.id, name: actor.name, colour: peerColour(actor.id) };
}

/** Publishes our user and selected person; writes only what changed (every write is sent to every peer). */
export function publishPresence(awareness: Awareness, user: PresenceUser, selectedPersonId: string | null): void {
  const state = awareness.getLocalState() ?? {};
  const current = readUser(state['user']);
  if (!current || current.id !== user.id || current.name !== user.name || current.colour !== user.colour) {
    awareness.setLocalStateField('user', user);
  }
  const selection = readSelection(state['selection']);
  if (selection === undefined || selection !== selectedPersonId) {
    awareness.setLocalStateField('selection', { personId: selectedPersonId });
  }
}

function readUser(value: unknown): PresenceUser | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const id = v['id'];
  const name = v['name'];
  if (typeof id !== 'string' || id === '' || typeof name !== 'string') return null;
  const colour = typeof v['colour'] === 'string' && COLOUR.test(v['colour']) ? v['colour'] : peerColour(id);
  return { id, name, colour };
}

/** The selected person id; null for none; undefined when the state holds no selection. */
function readSelection(value: unknown): string | null | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const personId = (value as Record<string, unknown>)['personId'];
  if (personId === null) return null;
  return typeof personId === 'string' && personId !== '' ? personId : undefined;
}

/**
 * Everyone else with the deal open, by user, in a stable order (by name, then id). Our own
 * client is left out, and so is our own user on another machine: it is not someone else.
 */
export function peersOf(
  states: ReadonlyMap<number, Record<string, unknown>>,
  self: number,
  selfUserId: string,
): Peer[] {
  const byUser = new Map<string, { user: PresenceUser; selected: string[] }>();
  for (const [clientId, state] of states) {
    if (clientId === self) continue;
    const user = readUser(state['user']);
    if (!user || user.id === selfUserId) continue;
    const peer = byUser.get(user.id) ?? { user, selected: [] };
    byUser.set(user.id, peer);
    const selected = readSelection(state['selection']);
    if (selected && !peer.selected.includes(selected)) peer.selected.push(selected);
  }
  return [...byUser.values()].sort(
    (a, b) => a.user.name.localeCompare(b.user.name) || (a.user.id < b.user.id ? -1 : a.user.id > b.user.id ? 1 : 0),
  );
}
