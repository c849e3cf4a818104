/**
 * The coverage gaps with their suggested actions, grouped by severity (critical first), on
 * as many slides as they need. Each gap is its message and, below it, the action.
 */
import { SEVERITIES, type Gap, type Severity } from '../../../analysis/types';
import { MARGIN, SEVERITY_COLOR, THEME, type DeckContext } from '../context';
import { slideXml, ShapeIds } from '../shapes';
import { paragraph, run } from '../text';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../xml';
import { CONTENT_TOP, heading, textBox } from './frame';
import { lineCount, paginate, pagedHeading } from './paginate';

const GROUP_SIZE = 14;
const MESSAGE_SIZE = 12.5;
const ACTION_SIZE = 11;
const INDENT = 14;
const WIDTH = SLIDE_WIDTH - 2 * MARGIN;
const BUDGET = SLIDE_HEIGHT - CONTENT_TOP - 28;

type Item =
  | { readonly kind: 'group'; readonly severity: Severity; readonly count: number }
  | { readonly kind: 'gap'; readonly gap: Gap };

function itemHeight(item: Item, actionLabel: (gap: Gap) => string): number {
  if (item.kind === 'group') return GROUP_SIZE * 1.2 + 10;
  const width = WIDTH - INDENT;
  return (
    lineCount(item.gap.message, MESSAGE_SIZE, width) * MESSAGE_SIZE * 1.2 +
    lineCount(actionLabel(item.gap), ACTION_SIZE, width) * ACTION_SIZE * 1.2 +
    8
  );
}

export function gapsSlides(context: DeckContext): string[] {
  const { t, lang, analysis } = context;
  const action = (gap: Gap) => t('deck.gaps.action', { action: gap.action });
  const items: Item[] = [];
  for (const severity of SEVERITIES) {
    const gaps = analysis.gaps.filter((gap) => gap.severity === severity);
    if (gaps.length === 0) continue;
    items.push({ kind: 'group', severity, count: gaps.length });
    for (const gap of gaps) items.push({ kind: 'gap', gap });
  }
  const heights = items.map((item) => itemHeight(item, action));
  // A group heading is measured together with its first gap, so it does not end a page alone.
  const pages = paginate(
    items.map((item, index) => ({ item, index })),
    ({ item, index }) => heights[index]! + (item.kind === 'group' ? (heights[index + 1] ?? 0) : 0),
    BUDGET,
  ).map((page) => page.map(({ item }) => item));
  // Rebalance: a page that ends with a group heading hands it to the next page.
  for (let i = 0; i < pages.length - 1; i++) {
    const page = pages[i]!;
    if (page.length > 1 && page.at(-1)!.kind === 'group') pages[i + 1]!.unshift(page.pop()!);
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
        const label = t('deck.gaps.group', { severity: t(`deck.severity.${item.severity}`), count: item.count });
        paragraphs.push(
          paragraph(run(label, style, lang), style, lang, { spaceBefore: paragraphs.length === 0 ? 0 : 10 }),
        );
      } else {
        const message = { size: MESSAGE_SIZE, color: THEME.text };
        const next = { size: ACTION_SIZE, color: THEME.textMuted };
        paragraphs.push(
          paragraph(run(item.gap.message, message, lang), message, lang, {
            indent: INDENT,
            bullet: '•',
            spaceBefore: 5,
          }),
        );
        paragraphs.push(paragraph(run(action(item.gap), next, lang), next, lang, { indent: INDENT }));
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
