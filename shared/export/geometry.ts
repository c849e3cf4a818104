/** A card's size, the same on the canvas (renderer/canvas/toFlow.ts), in every export and in the import's layout. */
export const CARD_WIDTH = 208;
export const CARD_HEIGHT = 104;
