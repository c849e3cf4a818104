/** A card's size, the same on the canvas (renderer/canvas/toFlow.ts), in every export and in the import's layout (shared/mapStyle). */
import { CARD } from '../mapStyle/tokens';

export const CARD_WIDTH = CARD.width;
export const CARD_HEIGHT = CARD.height;
