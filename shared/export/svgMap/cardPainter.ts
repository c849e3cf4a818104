/** Paints a card's layout model at the card's place on the map: every box and text moved by its top-left corner. */
import type { Box, TextRun } from '../../mapLayout/cardLayout';
import type { MapColours } from '../../mapStyle/tokens';
import { drawRun } from './runs';

export interface CardPainter {
  readonly colours: MapColours;
  /** A box of the layout, moved to the card's place. */
  box(box: Box): Box;
  /** A text of the layout at the card's place, in `fill` (its own colour when not given). */
  run(run: TextRun, fill?: string, className?: string): string;
}

const moved = (box: Box, dx: number, dy: number): Box => ({ ...box, x: box.x + dx, y: box.y + dy });
const movedRun = (run: TextRun, dx: number, dy: number): TextRun => ({ ...run, box: moved(run.box, dx, dy) });

/** The painter for a card whose top-left corner is at (x, y). */
export function cardPainter(x: number, y: number, colours: MapColours): CardPainter {
  return {
    colours,
    box: (box) => moved(box, x, y),
    run: (run, fill, className) => drawRun(movedRun(run, x, y), colours, fill, className),
  };
}
