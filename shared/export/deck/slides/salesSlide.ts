/**
 * The sales step (独孤六剑) and our position against the best supplier (客户选择供应商的
 * 要素) on one slide: on the left where the deal stands and the signs to move on; on the
 * right the eight criteria as native bars (DrawingML rectangles, editable, no image:
 * positionChart.ts).
 */
import { salesSummary, type SalesSummary } from '../../../analysis/salesSummary';
import { MARGIN, THEME, type DeckContext } from '../context';
import { slideXml, ShapeIds } from '../shapes';
import { line, paragraph, run } from '../text';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../xml';
import { CONTENT_TOP, heading, textBox } from './frame';
import { positionChart } from './positionChart';

const LEFT_WIDTH = 330;

export function salesSlide(context: DeckContext): string {
  const { t, lang, doc } = context;
  const ids = new ShapeIds();
  const summary = salesSummary(doc, lang);
  const parts: string[] = [heading(ids, `${t('deck.salesStep.title')} · ${t('deck.position.title')}`, context)];
  parts.push(
    textBox(
      ids,
      t('deck.shape.text'),
      { x: MARGIN, y: CONTENT_TOP, width: LEFT_WIDTH, height: SLIDE_HEIGHT - CONTENT_TOP - MARGIN },
      salesStepParagraphs(context, summary).join(''),
    ),
  );
  // Right: the chart.
  const x = MARGIN + LEFT_WIDTH + 24;
  parts.push(...positionChart(context, ids, summary.position, { x, width: SLIDE_WIDTH - MARGIN - x }));
  return slideXml(parts.join(''));
}

// Left: the step, what the map supports, the step beside the client's stage, the needs, the signs.
function salesStepParagraphs({ t, lang, doc }: DeckContext, summary: SalesSummary): string[] {
  const { process } = summary;
  const body = { size: 12, color: THEME.text };
  const muted = { size: 11, color: THEME.textMuted };
  const step = process.recorded === null ? t('salesStep.none') : t(`salesStep.${process.recorded}`);
  return [
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
}
