/**
 * The PowerPoint deck's builder (shared/export/deck), loaded only when a deck is exported:
 * a dynamic import, so the app's main bundle does not carry it.
 */
import type { buildDeck } from '../../shared/export/deck';

export type BuildDeck = typeof buildDeck;

export async function loadBuildDeck(): Promise<BuildDeck> {
  const deck = await import('../../shared/export/deck');
  return deck.buildDeck;
}
