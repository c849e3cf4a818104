/** The drawing's title block: the deal, the account, the purchase stage, the date and the win likelihood. */
import type { PowermapDocument } from '../../document/schema';
import type { Lang } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translate';
import type { Box } from '../../mapLayout/cardLayout';
import type { MapColours } from '../../mapStyle/tokens';
import { estimateWidth, truncateToWidth } from '../../text/textWidth';
import { el, num, text } from './svg';

export interface TitleOptions {
  readonly title?: string;
  readonly date?: string | null;
  readonly asOf?: string | null;
  readonly anonymous: boolean;
  readonly lang: Lang;
}

/** The width the title block needs to show `heading` in full beside the likelihood. */
export function titleWidth(heading: string, t: Translator): number {
  return estimateWidth(heading, 20, true) + 24 + estimateWidth(t('likelihood.label'), 11) + 8;
}

export function drawTitle(
  box: Box,
  doc: PowermapDocument,
  options: TitleOptions,
  likelihood: number,
  t: Translator,
  colours: MapColours,
): string {
  const heading = options.title ?? doc.deal.name;
  const date = options.date ?? options.asOf ?? null;
  const facts = [
    options.title === undefined ? null : doc.deal.name,
    // The anonymous variant's account is a placeholder ("Client"): nothing to show.
    doc.deal.account.trim() === '' || options.anonymous
      ? null
      : t('export.title.account', { account: doc.deal.account }),
    t('export.title.stage', { stage: t(`purchaseStage.${doc.deal.purchaseStage}`) }),
    date === null || date === '' ? null : t('export.title.date', { date }),
  ].filter((part): part is string => part !== null);

  const figure = `${likelihood}%`;
  const likelihoodLabel = t('likelihood.label');
  const rightWidth = Math.max(estimateWidth(figure, 26, true), estimateWidth(likelihoodLabel, 11));
  const room = box.width - rightWidth - 24;
  const right = box.x + box.width;
  return el(
    'g',
    { class: 'title-block' },
    [
      text(truncateToWidth(heading, room, 20, true), {
        class: 'deal',
        x: box.x,
        y: box.y + 22,
        'font-size': 20,
        'font-weight': 'bold',
        fill: colours.text,
      }),
      text(truncateToWidth(facts.join('   ·   '), room, 12), {
        class: 'facts',
        x: box.x,
        y: box.y + 46,
        'font-size': 12,
        fill: colours.textMuted,
      }),
      el(
        'g',
        { class: 'likelihood', 'data-value': likelihood },
        text(figure, {
          x: right,
          y: box.y + 26,
          'font-size': 26,
          'font-weight': 'bold',
          'text-anchor': 'end',
          fill: colours.accent,
        }) +
          text(likelihoodLabel, {
            x: right,
            y: box.y + 46,
            'font-size': 11,
            'text-anchor': 'end',
            fill: colours.textMuted,
          }),
      ),
      el('path', {
        d: `M${num(box.x)} ${num(box.y + box.height - 0.5)} H${num(right)}`,
        stroke: colours.border,
        'stroke-width': 1,
      }),
    ].join(''),
  );
}
