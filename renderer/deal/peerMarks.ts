/** Where the teammates' selections are drawn on the map (presence, canvas/marks.ts's PeerMark). */
import type { PeerMark } from '../canvas/marks';
import type { Peer } from '../services/presence';

/** Per person, the teammates who have it selected; `unnamed` stands for a teammate without a name. */
export function peerMarks(peers: readonly Peer[], unnamed: string): ReadonlyMap<string, PeerMark> {
  const marks = new Map<string, { colour: string; names: string[] }>();
  for (const peer of peers) {
    for (const personId of peer.selected) {
      const mark = marks.get(personId) ?? { colour: peer.user.colour, names: [] };
      mark.names.push(peer.user.name.trim() || unnamed);
      marks.set(personId, mark);
    }
  }
  return marks;
}
