/** The win likelihood as a large figure in a rounded panel, on the title slide and the likelihood slide. */
import { THEME, type DeckContext } from '../context';
import { shape, type Box, type ShapeIds } from '../shapes';
import { paragraph, run } from '../text';

/** Point sizes of the figure and its label, and the panel's corner radius and text inset. */
export interface PanelSizes {
  readonly figure: number;
  readonly label: number;
  readonly radius: number;
  readonly inset: number;
}

export function likelihoodPanel(ids: ShapeIds, context: DeckContext, box: Box, sizes: PanelSizes): string {
  const { t, lang, analysis } = context;
  const figureStyle = { size: sizes.figure, bold: true, color: THEME.accent };
  const labelStyle = { size: sizes.label, color: THEME.textMuted };
  const { inset } = sizes;
  return shape({
    id: ids.next(),
    name: t('deck.shape.likelihood'),
    ...box,
    geometry: 'roundRect',
    radius: sizes.radius,
    fill: THEME.surface2,
    outline: { color: THEME.border, width: 0.75 },
    text: {
      paragraphs:
        paragraph(run(`${analysis.winLikelihood}%`, figureStyle, lang), figureStyle, lang, { align: 'ctr' }) +
        paragraph(run(t('likelihood.label'), labelStyle, lang), labelStyle, lang, { align: 'ctr' }),
      body: { anchor: 'ctr', inset: [inset, inset, inset, inset], autofit: 'shrink' },
    },
  });
}
