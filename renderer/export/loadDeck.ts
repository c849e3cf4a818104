/**
 * The PowerPoint deck's builder, loaded only when a deck is exported (dynamic import), so
 * the app's main bundle does not carry it.
 */
import type { PowermapDocument } from '../../shared/document';
import type { Lang } from '../../shared/i18n';

export interface DeckOptions {
  readonly lang: Lang;
  readonly asOf: string;
  readonly includePersonal: boolean;
  readonly anonymous: boolean;
}

export type BuildDeck = (doc: PowermapDocument, options: DeckOptions) => Uint8Array;

export function loadBuildDeck(): Promise<BuildDeck> {
  // Until shared/export/deck lands (branch wip/deck), the deck cannot be built.
  return Promise.reject(new Error('PowerPoint export is not available in this build'));
}
