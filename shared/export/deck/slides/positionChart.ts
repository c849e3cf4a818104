/**
 * The right of the sales slide (salesSlide.ts): our position against the best supplier
 * (客户选择供应商的要素), the eight criteria as native bars (DrawingML rectangles, editable,
 * no image), one row each, ours above the best supplier's.
 */
import type { CriterionPosition, Position } from '../../../analysis/position';
import { farBehind } from '../../../analysis/position';
import { PHASE_OF_STAGE } from '../../../analysis/weights';
import { POSITION_SCORE_MAX } from '../../../document/vocabulary';
import { MARGIN, THEME, type DeckContext } from '../context';
import { shape, type ShapeIds } from '../shapes';
import { line } from '../text';
import { SLIDE_HEIGHT } from '../xml';
import { CONTENT_TOP, textBox } from './frame';

const BEST = THEME.attitude.neutral;
const LABEL_WIDTH = 150;

/** Where the chart is drawn: from `x`, `width` wide, below the slide's heading. */
export interface ChartArea {
  readonly x: number;
  readonly width: number;
}

/** The chart's shapes, in the order they are numbered: the header, the legend, then each criterion's row. */
export function positionChart(context: DeckContext, ids: ShapeIds, position: Position, area: ChartArea): string[] {
  const { x, width } = area;
  const parts: string[] = [];
  let y = CONTENT_TOP;
  parts.push(chartHeader(context, ids, position, { x, y, width }));
  y += 38;
  parts.push(...chartLegend(context, ids, x, y));
  y += 22;
  const barMax = width - LABEL_WIDTH - 30;
  const rowHeight = Math.min(36, (SLIDE_HEIGHT - MARGIN - y) / position.criteria.length);
  const behind = new Set(farBehind(position).map((c) => c.criterion));
  for (const c of position.criteria) {
    const row = { criterion: c, position, farBehind: behind.has(c.criterion) };
    parts.push(...criterionRow(context, ids, row, { x, y, rowHeight, barMax }));
    y += rowHeight;
  }
  return parts;
}

/** The best supplier's name, and which factor weighs most at the client's stage. */
function chartHeader(
  { t, lang, doc }: DeckContext,
  ids: ShapeIds,
  position: Position,
  box: { x: number; y: number; width: number },
): string {
  const muted = { size: 11, color: THEME.textMuted };
  const phase = PHASE_OF_STAGE[doc.deal.purchaseStage];
  const header = [
    ...(position.bestSupplier === null ? [] : [t('positionView.bestNamed', { name: position.bestSupplier })]),
    t('positionView.weighs', { ...phase }),
  ];
  return textBox(
    ids,
    t('deck.shape.text'),
    { ...box, height: 34 },
    header.map((h, i) => line(h, muted, lang, { spaceBefore: i === 0 ? 0 : 2 })).join(''),
  );
}

// Legend: a swatch and a word for each series.
function chartLegend({ t, lang }: DeckContext, ids: ShapeIds, x: number, y: number): string[] {
  const muted = { size: 11, color: THEME.textMuted };
  const legend: [string, string][] = [
    [THEME.accent, t('positionView.ours')],
    [BEST, t('positionView.best')],
  ];
  const parts: string[] = [];
  legend.forEach(([fill, label], i) => {
    const lx = x + i * 130;
    parts.push(shape({ id: ids.next(), name: label, x: lx, y: y + 3, width: 10, height: 10, fill }));
    parts.push(
      textBox(ids, label, { x: lx + 14, y, width: 110, height: 16 }, line(label, muted, lang), { autofit: 'none' }),
    );
  });
  return parts;
}

/** Where a criterion's row is drawn, and the width of a full bar. */
interface RowPlace {
  readonly x: number;
  readonly y: number;
  readonly rowHeight: number;
  readonly barMax: number;
}

interface CriterionRow {
  readonly criterion: CriterionPosition;
  readonly position: Position;
  /** Far behind the best supplier: its label in the blocker's colour. */
  readonly farBehind: boolean;
}

/** One criterion: its label (bold for the factor that weighs most), then our bar and the best supplier's. */
function criterionRow(
  context: DeckContext,
  ids: ShapeIds,
  { criterion: c, position, farBehind }: CriterionRow,
  { x, y, rowHeight, barMax }: RowPlace,
): string[] {
  const { t, lang } = context;
  const name = c.fromMap
    ? `${t(`criterion.${c.criterion}`)} (${t('positionView.fromMap')})`
    : t(`criterion.${c.criterion}`);
  const labelStyle = {
    size: 11,
    bold: c.factor === position.weighing,
    color: farBehind ? THEME.attitude.blocker : THEME.text,
  };
  const parts = [
    textBox(ids, name, { x, y, width: LABEL_WIDTH, height: rowHeight }, line(name, labelStyle, lang), {
      anchor: 'ctr',
    }),
  ];
  const bars: [number | null, string, string][] = [
    [c.ours, THEME.accent, t('positionView.ours')],
    [c.best, BEST, t('positionView.best')],
  ];
  bars.forEach(([score, fill, series], i) => {
    const barY = y + rowHeight / 2 - 11 + i * 12;
    parts.push(...scoreBar(context, ids, { name, series, score, fill }, x + LABEL_WIDTH, barY, barMax));
  });
  return parts;
}

/** A series' bar (none for no score or 0) and its score beside it. */
function scoreBar(
  { t, lang }: DeckContext,
  ids: ShapeIds,
  { name, series, score, fill }: { name: string; series: string; score: number | null; fill: string },
  x: number,
  barY: number,
  barMax: number,
): string[] {
  const parts: string[] = [];
  const barWidth = ((score ?? 0) / POSITION_SCORE_MAX) * barMax;
  const shown = score === null ? t('positionView.notScored') : String(score);
  if (score !== null && barWidth > 0) {
    parts.push(
      shape({
        id: ids.next(),
        name: `${name}: ${series} ${shown}`,
        descr: `${name}: ${series} ${shown}`,
        x,
        y: barY,
        width: barWidth,
        height: 10,
        fill,
      }),
    );
  }
  parts.push(
    textBox(
      ids,
      `${series} ${shown}`,
      { x: x + barWidth + 3, y: barY - 3, width: 30, height: 14 },
      line(shown, { size: 9, color: THEME.textMuted }, lang),
      { autofit: 'none', wrap: false },
    ),
  );
  return parts;
}
