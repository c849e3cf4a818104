/** The title slide: the deal, the account, the purchase stage, the date and the win likelihood. */
import { MARGIN, THEME, type DeckContext } from '../context';
import { shape, slideXml, ShapeIds } from '../shapes';
import { line, paragraph, run } from '../text';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../xml';
import { textBox } from './frame';
import { likelihoodPanel } from './likelihoodPanel';
import { lineCount } from './paginate';
import { truncateToWidth } from '../../../text/textWidth';

/** 1200000 -> "1,200,000" (the same in every locale, so the bytes do not depend on the machine). */
export function groupDigits(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

const NAME_HEIGHT = 120;
const NAME_SIZES = [34, 28, 24, 20] as const;

/** The largest size at which the deal's name fits its box; at the smallest, the name is cut to fit. */
export function dealNameFit(name: string, width: number, height: number): { text: string; size: number } {
  for (const size of NAME_SIZES) {
    if (lineCount(name, size, width, true) * size * 1.2 <= height) return { text: name, size };
  }
  const size = NAME_SIZES.at(-1)!;
  const lines = Math.max(1, Math.floor(height / (size * 1.2)));
  // A little slack per line: words wrap before the line is full.
  return { text: truncateToWidth(name, lines * width * 0.85, size, true), size };
}

export function titleSlide(context: DeckContext): string {
  const { doc, t, lang, analysis } = context;
  const ids = new ShapeIds();
  const deal = doc.deal;
  const left = MARGIN + 24;
  const leftWidth = 560;
  const parts: string[] = [];

  parts.push(
    shape({
      id: ids.next(),
      name: t('deck.shape.heading'),
      x: 0,
      y: 0,
      width: 12,
      height: SLIDE_HEIGHT,
      fill: THEME.accent,
    }),
  );
  parts.push(
    textBox(
      ids,
      t('deck.shape.heading'),
      { x: left, y: 110, width: leftWidth, height: 26 },
      line(t('deck.title.kicker'), { size: 14, bold: true, color: THEME.accent }, lang),
      { anchor: 'b' },
    ),
  );
  const name = dealNameFit(deal.name, leftWidth, NAME_HEIGHT);
  // The deal's name is the slide's title (placeholder), top-aligned under the kicker.
  parts.push(
    shape({
      id: ids.next(),
      name: t('deck.shape.heading'),
      x: left,
      y: 140,
      width: leftWidth,
      height: NAME_HEIGHT,
      title: true,
      text: {
        paragraphs: line(name.text, { size: name.size, bold: true, color: THEME.text }, lang),
        body: { anchor: 't', autofit: 'shrink' },
      },
    }),
  );

  // The anonymous variant's account is a placeholder ("Client"): nothing to show, as in the drawing.
  const facts = [
    deal.account.trim() === '' || context.anonymous ? null : t('export.title.account', { account: deal.account }),
    t('export.title.stage', { stage: t(`purchaseStage.${deal.purchaseStage}`) }),
    deal.value === null
      ? null
      : t('deck.title.value', { value: `${groupDigits(deal.value)}${deal.currency ? ` ${deal.currency}` : ''}` }),
    deal.decisionDate === null ? null : t('deck.title.decisionDate', { date: deal.decisionDate }),
    deal.competitors.length === 0
      ? null
      : t('deck.title.competitors', { names: deal.competitors.join(t('list.separator')) }),
    context.asOf === null ? null : t('export.title.date', { date: context.asOf }),
  ].filter((fact): fact is string => fact !== null);
  const factStyle = { size: 15, color: THEME.textMuted };
  parts.push(
    textBox(
      ids,
      t('deck.shape.text'),
      { x: left, y: 272, width: leftWidth, height: 170 },
      facts
        .map((fact, i) => paragraph(run(fact, factStyle, lang), factStyle, lang, { spaceBefore: i === 0 ? 0 : 4 }))
        .join(''),
    ),
  );
  parts.push(
    textBox(
      ids,
      t('deck.shape.text'),
      { x: left, y: 460, width: leftWidth, height: 22 },
      line(
        t('deck.title.people', { people: doc.stakeholders.length, gaps: analysis.gaps.length }),
        { size: 12, color: THEME.textMuted },
        lang,
      ),
    ),
  );

  // The likelihood, large, in a panel at the right.
  const panel = { x: SLIDE_WIDTH - MARGIN - 260, y: 150, width: 260, height: 190 };
  parts.push(likelihoodPanel(ids, context, panel, { figure: 66, label: 15, radius: 10, inset: 8 }));
  return slideXml(parts.join(''), THEME.surface);
}
