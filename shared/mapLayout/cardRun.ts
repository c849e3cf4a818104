/** The small helpers every row of a card is laid out with. */
import type { Row, TextStyle } from '../mapStyle/tokens';
import type { Box, TextRun } from './cardTypes';

/** Height of a bordered box round a line of text. */
export const bordered = (style: TextStyle, border: number) => style.lineHeight + 2 * border;
/** A box of `height`, centred in the row (the canvas's rows align their items at the centre). */
export const centredIn = (row: Row, height: number) => row.top + (row.height - height) / 2;

export function run(
  text: string,
  box: Box,
  style: TextStyle,
  options: Partial<Pick<TextRun, 'align' | 'italic' | 'muted'>> = {},
): TextRun {
  return {
    text,
    box,
    style,
    align: options.align ?? 'start',
    italic: options.italic ?? false,
    muted: options.muted ?? false,
  };
}
