/** A card's first two rows: the name with the attitude word in a pill at its right, then title · department. */
import type { Stakeholder } from '../document/schema';
import type { Translator } from '../i18n/translate';
import { CARD, TYPE } from '../mapStyle/tokens';
import { estimateWidth, truncateToWidth } from '../text/textWidth';
import { subtitleOf } from './cardText';
import { bordered, centredIn, run } from './cardRun';
import type { Box, CardLayout, TextRun } from './cardTypes';

/** Whether the subtitle is shown: not when empty, nor when the name already says it (the anonymous variant). */
export function showsSubtitle(person: Stakeholder): boolean {
  const subtitle = subtitleOf(person);
  return subtitle !== '' && person.name !== subtitle && !person.name.startsWith(`${subtitle} (`);
}

/** The attitude word in a pill at the right end (`right`) of the first row. */
function attitudePill(person: Stakeholder, right: number, t: Translator): CardLayout['attitude'] {
  const { width, rows } = CARD;
  const attitudeStyle = TYPE.attitude;
  const word = truncateToWidth(t(`attitude.${person.attitude}`), width / 2 - 2 * CARD.pill.padX, attitudeStyle.size);
  const pillWidth = estimateWidth(word, attitudeStyle.size) + 2 * (CARD.pill.padX + CARD.pill.border);
  const pillHeight = bordered(attitudeStyle, CARD.pill.border);
  const pill: Box = { x: right - pillWidth, y: centredIn(rows.head, pillHeight), width: pillWidth, height: pillHeight };
  return {
    box: pill,
    label: run(
      word,
      { x: pill.x, y: pill.y + CARD.pill.border, width: pill.width, height: attitudeStyle.lineHeight },
      attitudeStyle,
      { align: 'middle' },
    ),
  };
}

/** First row: the attitude word in a pill at the right, the name in the room before it. */
export function headRow(
  person: Stakeholder,
  left: number,
  right: number,
  t: Translator,
): Pick<CardLayout, 'name' | 'attitude'> {
  const attitude = attitudePill(person, right, t);
  const nameStyle = TYPE.name;
  const nameRoom = attitude.box.x - CARD.gap - left;
  const name = run(
    truncateToWidth(person.name, nameRoom, nameStyle.size, true),
    { x: left, y: centredIn(CARD.rows.head, nameStyle.lineHeight), width: nameRoom, height: nameStyle.lineHeight },
    nameStyle,
  );
  return { name, attitude };
}

/** Second row: title · department, or null when it is not shown (showsSubtitle). */
export function subtitleRow(person: Stakeholder, left: number, right: number): TextRun | null {
  if (!showsSubtitle(person)) return null;
  const subStyle = TYPE.subtitle;
  return run(
    truncateToWidth(subtitleOf(person), right - left, subStyle.size),
    { x: left, y: centredIn(CARD.rows.sub, subStyle.lineHeight), width: right - left, height: subStyle.lineHeight },
    subStyle,
    { muted: true },
  );
}
