/**
 * The coverage gaps with their suggested actions, grouped by severity (critical first), on
 * as many slides as they need. Each gap is its message and, below it, the action.
 */
import { SEVERITIES, type Severity } from '../../../analysis/types';
import { MARGIN, SEVERITY_COLOR, THEME, type DeckContext } from '../context';
import { slideXml, ShapeIds } from '../shapes';
import { paragraph, run } from '../text';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../xml';
import { CONTENT_TOP, heading, textBox } from './frame';
import { clampLines, lineCount, paginate, pagedHeading } from './paginate';

const GROUP_SIZE = 14;
const MESSAGE_SIZE = 12.5;
const ACTION_SIZE = 11;
const INDENT = 14;
const WIDTH = SLIDE_WIDTH - 2 * MARGIN;
const BUDGET = SLIDE_HEIGHT - CONTENT_TOP - 28;

/** A gap's message or action longer than this (a list of many names) is cut with an ellipsis. */
const MAX_LINES = 4;
const GROUP_HEIGHT = GROUP_SIZE * 1.2 + 10;

type Item =
  | { readonly kind: 'group'; readonly severity: Severity; readonly count: number; readonly continued?: boolean }
  | { readonly kind: 'gap'; readonly severity: Severity; readonly message: string; readonly action: string };

function itemHeight(item: Item): number {
  if (item.kind === 'group') return GROUP_HEIGHT;
  const width = WIDTH - INDENT;
  return (
    lineCount(item.message, MESSAGE_SIZE, width) * MESSAGE_SIZE * 1.2 +
    lineCount(item.action, ACTION_SIZE, width) * ACTION_SIZE * 1.2 +
    6
  );
}

export function gapsSlides(context: DeckContext): string[] {
  const { t, lang, analysis } = context;
  const width = WIDTH - INDENT;
  const items: Item[] = [];
  for (const severity of SEVERITIES) {
    const gaps = analysis.gaps.filter((gap) => gap.severity === severity);
    if (gaps.length === 0) continue;
    items.push({ kind: 'group', severity, count: gaps.length });
    for (const gap of gaps) {
      items.push({
        kind: 'gap',
        severity,
        message: clampLines(gap.message, MESSAGE_SIZE, width, MAX_LINES),
        action: clampLines(t('deck.gaps.action', { action: gap.action }), ACTION_SIZE, width, MAX_LINES),
      });
    }
  }
  const heights = new Map(items.map((item) => [item, itemHeight(item)]));
  // Every page keeps room for a "(continued)" heading; a group heading needs room for its first gap too.
  const pages = paginate(
    items,
    (item) => heights.get(item)!,
    BUDGET - GROUP_HEIGHT,
    Infinity,
    (item, index) => heights.get(item)! + (item.kind === 'group' ? (heights.get(items[index + 1]!) ?? 0) : 0),
  );
  for (const page of pages) {
    const first = page[0];
    if (first?.kind === 'gap') page.unshift({ kind: 'group', severity: first.severity, count: 0, continued: true });
  }

  return pages.map((page, index) => {
    const ids = new ShapeIds();
    const title = pagedHeading(t('deck.gaps.heading'), index, pages.length, (params) => t('deck.page', params));
    const paragraphs: string[] = [];
    if (page.length === 0) {
      const style = { size: 14, color: THEME.textMuted, italic: true };
      paragraphs.push(paragraph(run(t('deck.gaps.none'), style, lang), style, lang));
    }
    for (const item of page) {
      if (item.kind === 'group') {
        const style = { size: GROUP_SIZE, bold: true, color: SEVERITY_COLOR[item.severity] };
        const severity = t(`deck.severity.${item.severity}`);
        const label = item.continued
          ? t('deck.gaps.groupContinued', { severity })
          : t('deck.gaps.group', { severity, count: item.count });
        paragraphs.push(
          paragraph(run(label, style, lang), style, lang, { spaceBefore: paragraphs.length === 0 ? 0 : 10 }),
        );
      } else {
        const message = { size: MESSAGE_SIZE, color: THEME.text };
        const next = { size: ACTION_SIZE, color: THEME.textMuted };
        paragraphs.push(
          paragraph(run(item.message, message, lang), message, lang, {
            indent: INDENT,
            bullet: '•',
            spaceBefore: 5,
          }),
        );
        paragraphs.push(paragraph(run(item.action, next, lang), next, lang, { indent: INDENT }));
      }
    }
    const shapes =
      heading(ids, title, context) +
      textBox(
        ids,
        t('deck.shape.text'),
        { x: MARGIN, y: CONTENT_TOP, width: WIDTH, height: BUDGET },
        paragraphs.join(''),
      );
    return slideXml(shapes, THEME.surface);
  });
}
