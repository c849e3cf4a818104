/** Sizes shared by the exports and the import's layout: a card is as large as on the canvas (renderer/canvas/toFlow.ts). */
export const CARD_WIDTH = 208;
export const CARD_HEIGHT = 104;
