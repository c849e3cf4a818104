/** What slides share: the heading at the top and a plain text box. */
import type { DeckContext } from '../context';
import { MARGIN, THEME } from '../context';
import { connector, shape, type ShapeIds } from '../shapes';
import { line, type RunStyle } from '../text';
import { SLIDE_WIDTH } from '../xml';
import { truncateToWidth } from '../../../text/textWidth';

export const HEADING_TOP = 20;
export const HEADING_HEIGHT = 34;
/** Where a slide's content starts, below the heading and its rule. */
export const CONTENT_TOP = HEADING_TOP + HEADING_HEIGHT + 14;

/** The slide heading (one line, cut with an ellipsis when too long; shrunk by PowerPoint if edited longer) and a thin rule under it. */
export function heading(ids: ShapeIds, full: string, context: DeckContext): string {
  const style: RunStyle = { size: 22, bold: true, color: THEME.text };
  const text = truncateToWidth(full, SLIDE_WIDTH - 2 * MARGIN, style.size, true);
  return (
    shape({
      id: ids.next(),
      name: context.t('deck.shape.heading'),
      x: MARGIN,
      y: HEADING_TOP,
      width: SLIDE_WIDTH - 2 * MARGIN,
      height: HEADING_HEIGHT,
      title: true,
      text: { paragraphs: line(text, style, context.lang), body: { anchor: 'b', autofit: 'shrink' } },
    }) +
    connector({
      id: ids.next(),
      name: context.t('deck.shape.heading'),
      x1: MARGIN,
      y1: HEADING_TOP + HEADING_HEIGHT + 6,
      x2: SLIDE_WIDTH - MARGIN,
      y2: HEADING_TOP + HEADING_HEIGHT + 6,
      outline: { color: THEME.border, width: 1 },
    })
  );
}

/** A text box holding paragraphs (markup). */
export function textBox(
  ids: ShapeIds,
  name: string,
  box: { x: number; y: number; width: number; height: number },
  paragraphs: string,
  options: { anchor?: 't' | 'ctr' | 'b'; wrap?: boolean; autofit?: 'shrink' | 'none' } = {},
): string {
  return shape({
    id: ids.next(),
    name,
    ...box,
    textBox: true,
    text: {
      paragraphs,
      body: { anchor: options.anchor ?? 't', wrap: options.wrap, autofit: options.autofit ?? 'shrink' },
    },
  });
}
