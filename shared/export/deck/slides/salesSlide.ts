/**
 * The sales step (独孤六剑) and our position against the best supplier (客户选择供应商的
 * 要素) on one slide: on the left where the deal stands and the signs to move on; on the
 * right the eight criteria as native bars (DrawingML rectangles, editable, no image).
 */
import { salesSummary } from '../../../analysis/salesSummary';
import { PHASE_OF_STAGE } from '../../../analysis/weights';
import { farBehind } from '../../../analysis/position';
import { POSITION_SCORE_MAX } from '../../../document/vocabulary';
import { MARGIN, THEME, type DeckContext } from '../context';
import { shape, slideXml, ShapeIds } from '../shapes';
import { line, paragraph, run } from '../text';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../xml';
import { CONTENT_TOP, heading, textBox } from './frame';

const BEST = THEME.attitude.neutral;

export function salesSlide(context: DeckContext): string {
  const { t, lang, doc } = context;
  const ids = new ShapeIds();
  const summary = salesSummary(doc, lang);
  const { process, position } = summary;
  const parts: string[] = [heading(ids, `${t('deck.salesStep.title')} · ${t('deck.position.title')}`, context)];

  // Left: the step, what the map supports, the step beside the client's stage, the needs, the signs.
  const leftWidth = 330;
  const body = { size: 12, color: THEME.text };
  const muted = { size: 11, color: THEME.textMuted };
  const step = process.recorded === null ? t('salesStep.none') : t(`salesStep.${process.recorded}`);
  const paragraphs = [
    line(t('salesView.recorded', { step }), { ...body, size: 15, bold: true }, lang),
    line(t('salesView.supported', { step: t(`salesStep.${process.supported}`) }), muted, lang, { spaceBefore: 4 }),
    line(
      t('salesView.beside', {
        stage: t(`purchaseStage.${doc.deal.purchaseStage}`),
        step: t(`salesStep.${process.beside}`),
      }),
      muted,
      lang,
      { spaceBefore: 2 },
    ),
    line(t('salesView.needs'), { ...body, bold: true }, lang, { spaceBefore: 10 }),
    line(
      summary.needsRecord === null
        ? t('salesView.needsNone')
        : t('salesView.needsOn', { date: summary.needsRecord.date, text: summary.needsRecord.text }),
      body,
      lang,
    ),
    line(summary.end.length === 0 ? t('salesView.noEnd') : t('salesView.end'), { ...body, bold: true }, lang, {
      spaceBefore: 10,
    }),
    ...summary.end.map((sign) =>
      paragraph(
        run(
          sign.met ? '✓ ' : '✗ ',
          { ...body, bold: true, color: sign.met ? THEME.attitude.supporter : THEME.attitude.blocker },
          lang,
        ) + run(sign.text, body, lang),
        body,
        lang,
        { spaceBefore: 3 },
      ),
    ),
  ];
  parts.push(
    textBox(
      ids,
      t('deck.shape.text'),
      { x: MARGIN, y: CONTENT_TOP, width: leftWidth, height: SLIDE_HEIGHT - CONTENT_TOP - MARGIN },
      paragraphs.join(''),
    ),
  );

  // Right: the chart.
  const x = MARGIN + leftWidth + 24;
  const width = SLIDE_WIDTH - MARGIN - x;
  let y = CONTENT_TOP;
  const phase = PHASE_OF_STAGE[doc.deal.purchaseStage];
  const header = [
    ...(position.bestSupplier === null ? [] : [t('positionView.bestNamed', { name: position.bestSupplier })]),
    t('positionView.weighs', { ...phase }),
  ];
  parts.push(
    textBox(
      ids,
      t('deck.shape.text'),
      { x, y, width, height: 34 },
      header.map((h, i) => line(h, muted, lang, { spaceBefore: i === 0 ? 0 : 2 })).join(''),
    ),
  );
  y += 38;
  // Legend: a swatch and a word for each series.
  const legend: [string, string][] = [
    [THEME.accent, t('positionView.ours')],
    [BEST, t('positionView.best')],
  ];
  legend.forEach(([fill, label], i) => {
    const lx = x + i * 130;
    parts.push(shape({ id: ids.next(), name: label, x: lx, y: y + 3, width: 10, height: 10, fill }));
    parts.push(
      textBox(ids, label, { x: lx + 14, y, width: 110, height: 16 }, line(label, muted, lang), { autofit: 'none' }),
    );
  });
  y += 22;
  const labelWidth = 150;
  const barMax = width - labelWidth - 30;
  const rowHeight = Math.min(36, (SLIDE_HEIGHT - MARGIN - y) / position.criteria.length);
  const behind = new Set(farBehind(position).map((c) => c.criterion));
  for (const c of position.criteria) {
    const name = c.fromMap
      ? `${t(`criterion.${c.criterion}`)} (${t('positionView.fromMap')})`
      : t(`criterion.${c.criterion}`);
    const labelStyle = {
      size: 11,
      bold: c.factor === position.weighing,
      color: behind.has(c.criterion) ? THEME.attitude.blocker : THEME.text,
    };
    parts.push(
      textBox(ids, name, { x, y, width: labelWidth, height: rowHeight }, line(name, labelStyle, lang), {
        anchor: 'ctr',
      }),
    );
    const bars: [number | null, string, string][] = [
      [c.ours, THEME.accent, t('positionView.ours')],
      [c.best, BEST, t('positionView.best')],
    ];
    bars.forEach(([score, fill, series], i) => {
      const barY = y + rowHeight / 2 - 11 + i * 12;
      const barWidth = ((score ?? 0) / POSITION_SCORE_MAX) * barMax;
      const shown = score === null ? t('positionView.notScored') : String(score);
      if (score !== null && barWidth > 0) {
        parts.push(
          shape({
            id: ids.next(),
            name: `${name}: ${series} ${shown}`,
            descr: `${name}: ${series} ${shown}`,
            x: x + labelWidth,
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
          { x: x + labelWidth + barWidth + 3, y: barY - 3, width: 30, height: 14 },
          line(shown, { size: 9, color: THEME.textMuted }, lang),
          { autofit: 'none', wrap: false },
        ),
      );
    });
    y += rowHeight;
  }
  return slideXml(parts.join(''));
}
