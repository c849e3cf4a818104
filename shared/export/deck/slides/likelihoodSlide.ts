/**
 * The win likelihood with its explanation: the base, each term with its points, and the
 * shown figure, as a native table. A big map has a term per person; the largest terms are
 * listed and the rest summed in one row, so the column still adds up to the figure.
 */
import type { LikelihoodTerm } from '../../../analysis/types';
import { MARGIN, THEME, type DeckContext } from '../context';
import { slideXml, ShapeIds } from '../shapes';
import { table, type TableCell } from '../table';
import { line } from '../text';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../xml';
import { CONTENT_TOP, heading, textBox } from './frame';
import { likelihoodPanel } from './likelihoodPanel';

/** Terms listed one by one; beyond this the smallest are summed. */
const MAX_TERMS = 14;
const ROW = 21;

/** Signed points as the explanation shows them: +13, −8, 0. */
export function signed(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${-points}`;
  return '0';
}

/** The terms to list (in the analysis's order) and the ones summed into "n more". */
export function listedTerms(terms: readonly LikelihoodTerm[]): { listed: LikelihoodTerm[]; rest: LikelihoodTerm[] } {
  if (terms.length <= MAX_TERMS) return { listed: [...terms], rest: [] };
  const keep = new Set(
    terms
      .map((term, index) => ({ term, index }))
      .sort((a, b) => Math.abs(b.term.exact) - Math.abs(a.term.exact) || a.index - b.index)
      .slice(0, MAX_TERMS - 1)
      .map(({ index }) => index),
  );
  return {
    listed: terms.filter((_, index) => keep.has(index)),
    rest: terms.filter((_, index) => !keep.has(index)),
  };
}

export function likelihoodSlide(context: DeckContext): string {
  const { t, lang, analysis } = context;
  const ids = new ShapeIds();
  const parts: string[] = [heading(ids, t('deck.likelihood.heading', { value: analysis.winLikelihood }), context)];

  const panel = { x: MARGIN, y: CONTENT_TOP, width: 190, height: 150 };
  parts.push(likelihoodPanel(ids, context, panel, { figure: 54, label: 13, radius: 8, inset: 6 }));

  const x = panel.x + panel.width + 24;
  const width = SLIDE_WIDTH - MARGIN - x;
  const pointsWidth = 80;
  const body = { size: 11, color: THEME.text };
  const pointsStyle = (points: number) => ({
    size: 11,
    bold: true,
    color: points > 0 ? THEME.attitude.champion : points < 0 ? THEME.attitude.blocker : THEME.textMuted,
  });
  const row = (label: string, points: number, fill?: string, bold = false) => ({
    height: ROW,
    cells: [
      { text: label, style: { ...body, bold }, fill },
      {
        text: bold ? String(points) : signed(points),
        style: bold ? { ...body, bold } : pointsStyle(points),
        align: 'r',
        fill,
      },
    ] satisfies TableCell[],
  });
  const { listed, rest } = listedTerms(analysis.explanation.terms);
  const headerStyle = { size: 11, bold: true, color: THEME.surface };
  const rows = [
    {
      height: ROW,
      cells: [
        { text: t('deck.likelihood.column.term'), style: headerStyle, fill: THEME.text },
        { text: t('deck.likelihood.column.points'), style: headerStyle, fill: THEME.text, align: 'r' },
      ] satisfies TableCell[],
    },
    row(t('term.base'), analysis.explanation.base, THEME.surface2),
    ...listed.map((term) => row(term.label, term.points)),
  ];
  if (rest.length > 0) {
    rows.push(
      row(
        t('deck.likelihood.more', { count: rest.length }),
        rest.reduce((sum, term) => sum + term.points, 0),
      ),
    );
  }
  rows.push(row(t('deck.likelihood.total'), analysis.winLikelihood, THEME.surface2, true));
  parts.push(
    table({
      id: ids.next(),
      name: t('deck.shape.table'),
      x,
      y: CONTENT_TOP,
      columns: [width - pointsWidth, pointsWidth],
      rows,
      borderColor: THEME.border,
      header: true,
      lang,
    }),
  );
  parts.push(
    textBox(
      ids,
      t('deck.shape.text'),
      { x, y: SLIDE_HEIGHT - 40, width, height: 20 },
      line(t('deck.likelihood.note'), { size: 10, italic: true, color: THEME.textMuted }, lang),
      { anchor: 'b' },
    ),
  );
  return slideXml(parts.join(''), THEME.surface);
}
