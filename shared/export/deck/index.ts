/** The PowerPoint deck export. */
export { buildDeck, deckSlides, type DeckOptions } from './buildDeck';
