/**
 * The colours of the teammates who have a deal open (presence): the ring round the person
 * each of them has selected, and their initials in the toolbar. A user keeps one colour on
 * every machine (chosen from their id, not from who came first), and every colour reads on
 * the light and the dark ground with white initials. They avoid the attitude colours' exact
 * hues so a ring is not read as an attitude; the ring always comes with the teammate's name.
 */
export const PEER_COLOURS: readonly string[] = [
  '#7b3fd0', // violet
  '#c2185b', // magenta
  '#00838f', // teal
  '#8d5a00', // ochre
  '#3949ab', // indigo
  '#ad1457', // raspberry
  '#00695c', // pine
  '#6d4c41', // brown
];

/** The colour of a user, the same for the same id everywhere (FNV-1a over the id's UTF-16 units). */
export function peerColour(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PEER_COLOURS[hash % PEER_COLOURS.length] ?? PEER_COLOURS[0]!;
}
