/**
 * The map slide's legend as native shapes, one group: attitude colours, closeness borders,
 * line kinds and buying-role badges, each sample drawn the way the map draws it.
 */
import { ATTITUDES, BUYING_ROLES, CLOSENESS } from '../../../document/vocabulary';
import { MIN_FONT, THEME, type DeckContext } from '../context';
import { connector, group, shape, type Box, type ShapeIds } from '../shapes';
import { line } from '../text';
import { cardBorder } from './card';
import { lineLook } from './lineStyle';

const ROW = 13;
const SECTION_GAP = 17;
const PAD = 8;
const SAMPLE = 34;
const FONT = 8;

/** How tall the legend is: a title, then each section's heading and rows. */
export function legendHeight(): number {
  const rows = ATTITUDES.length + CLOSENESS.length + 4 + BUYING_ROLES.length;
  return PAD + 14 + 4 * SECTION_GAP + rows * ROW + PAD;
}

export function legend(ids: ShapeIds, box: Box, context: DeckContext): string {
  const { t, lang } = context;
  const parts: string[] = [];
  const labelX = box.x + PAD + SAMPLE + 6;
  const labelWidth = box.width - (labelX - box.x) - PAD;
  const text = (
    value: string,
    x: number,
    y: number,
    width: number,
    height: number,
    bold = false,
    color: string = THEME.text,
  ) =>
    shape({
      id: ids.next(),
      name: t('deck.shape.text'),
      x,
      y,
      width,
      height,
      textBox: true,
      text: {
        paragraphs: line(value, { size: bold ? FONT + 0.5 : FONT, bold, color }, lang),
        body: { anchor: 'ctr', autofit: 'shrink' },
      },
    });

  parts.push(
    shape({
      id: ids.next(),
      name: t('deck.shape.legend'),
      ...box,
      geometry: 'roundRect',
      radius: 4,
      fill: THEME.surface,
      outline: { color: THEME.border, width: 0.75 },
    }),
  );
  let y = box.y + PAD;
  parts.push(text(t('export.legend'), box.x + PAD, y, box.width - 2 * PAD, 14, true));
  y += 14;

  const section = (title: string) => {
    parts.push(text(title, box.x + PAD, y + 3, box.width - 2 * PAD, SECTION_GAP - 3, true, THEME.textMuted));
    y += SECTION_GAP;
  };
  const row = (label: string, sample: (x: number, cy: number) => string) => {
    parts.push(sample(box.x + PAD, y + ROW / 2));
    parts.push(text(label, labelX, y, labelWidth, ROW));
    y += ROW;
  };

  section(t('export.legend.attitude'));
  for (const attitude of ATTITUDES) {
    row(t(`attitude.${attitude}`), (x, cy) =>
      shape({
        id: ids.next(),
        name: t('deck.shape.legend'),
        x: x + SAMPLE / 2 - 5,
        y: cy - 5,
        width: 10,
        height: 10,
        geometry: 'roundRect',
        radius: 2,
        fill: THEME.attitude[attitude],
      }),
    );
  }
  section(t('export.legend.closeness'));
  for (const closeness of [...CLOSENESS].reverse()) {
    row(t(`closeness.${closeness}`), (x, cy) =>
      shape({
        id: ids.next(),
        name: t('deck.shape.legend'),
        x: x + SAMPLE / 2 - 9,
        y: cy - 5,
        width: 18,
        height: 10,
        geometry: 'roundRect',
        radius: 2,
        fill: THEME.surface,
        outline: { ...cardBorder(closeness, 0.75), color: THEME.textMuted },
      }),
    );
  }
  section(t('export.legend.lines'));
  const kinds = [
    ['reports-to', 'export.legend.reportsTo'],
    ['influences', 'export.legend.influences'],
    ['ally', 'export.legend.ally'],
    ['conflict', 'export.legend.conflict'],
  ] as const;
  for (const [kind, key] of kinds) {
    row(t(key), (x, cy) =>
      connector({
        id: ids.next(),
        name: t('deck.shape.legend'),
        x1: x + 1,
        y1: cy,
        x2: x + SAMPLE - 1,
        y2: cy,
        ...lineLook(kind, 2, 0.75),
      }),
    );
  }
  section(t('export.legend.roles'));
  for (const role of BUYING_ROLES) {
    const dm = role === 'decision-maker';
    row(t(`role.${role}`), (x, cy) =>
      shape({
        id: ids.next(),
        name: t('deck.shape.legend'),
        x: x + 2,
        y: cy - 5.5,
        width: SAMPLE - 4,
        height: 11,
        geometry: 'roundRect',
        radius: 2,
        fill: dm ? THEME.text : THEME.surface2,
        outline: { color: dm ? THEME.text : THEME.border, width: 0.5 },
        text: {
          paragraphs: line(
            t(`canvas.roleShort.${role}`),
            { size: Math.max(MIN_FONT, FONT - 1), bold: dm, color: dm ? THEME.surface : THEME.text },
            lang,
            { align: 'ctr' },
          ),
          body: { anchor: 'ctr', wrap: false },
        },
      }),
    );
  }
  return group(ids.next(), t('deck.shape.legend'), box, parts.join(''));
}
