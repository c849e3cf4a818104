/**
 * Where everything on a person's card goes: the layout model the canvas, the SVG drawing
 * and the deck share. Pure: a person, the owner and the words in, boxes and texts out, in
 * map units from the card's top-left corner. The SVG writer draws each box and text where
 * it says; the deck makes a shape of each; the canvas places its four rows at the same
 * tops (the CSS custom properties of shared/mapStyle) and lets the browser lay out each row
 * the same way (flex rows, the attitude word at the right, the owner at the right of the foot).
 *
 * Texts are truncated with an ellipsis to their room by the conservative width estimate of
 * textWidth.ts (exports have no fonts to measure); the canvas truncates with CSS instead.
 */
import type { PowermapDocument, Stakeholder } from '../document/schema';
import type { Translator } from '../i18n/translate';
import { CARD } from '../mapStyle/tokens';
import { ownerOf, type CardOwner } from './cardText';
import { influenceFoot, ownerFoot } from './cardFoot';
import { headRow, subtitleRow } from './cardHead';
import { roleRow } from './cardRoles';
import type { CardLayout, TextRun } from './cardTypes';

export type { Box, CardLayout, RoleBadge, TextRun } from './cardTypes';
export { influenceShare } from './cardFoot';
export { showsSubtitle } from './cardHead';

/** The card of `person` (see the module comment): its four rows, each laid out in a file of its own. */
export function cardLayout(person: Stakeholder, owner: CardOwner | null, t: Translator): CardLayout {
  const { width, height, padX } = CARD;
  const left = padX;
  const right = width - padX;
  const { name, attitude } = headRow(person, left, right, t);
  const subtitle = subtitleRow(person, left, right);
  const { roles, moreRoles } = roleRow(person, left, right, t);
  const influence = influenceFoot(person, left, t);
  const ownerParts = ownerFoot(owner, influence, right, t);
  return { width, height, name, attitude, subtitle, roles, moreRoles, influence, owner: ownerParts };
}

/** The card of `person` on `doc`'s map, its owner looked up. */
export function cardLayoutOf(doc: PowermapDocument, person: Stakeholder, t: Translator): CardLayout {
  return cardLayout(person, ownerOf(doc, person, t), t);
}

/**
 * Where a text's baseline lies in its box: the line box centred as CSS centres it, the
 * baseline at the font's ascent below the content area's top (Noto Sans CJK: 0.88 em).
 */
export function baselineOf(run: TextRun): number {
  return run.box.y + (run.box.height - run.style.size) / 2 + 0.88 * run.style.size;
}
