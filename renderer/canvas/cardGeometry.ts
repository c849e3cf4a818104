/**
 * A card on the canvas as React Flow sees it: its fixed size and its four declared handles,
 * so nothing is measured before drawing; which sides of two cards a line joins; and the
 * step of its influence bar.
 */
import { Position, type NodeHandle } from '@xyflow/react';
import type { Stakeholder } from '../../shared/document';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/export/geometry';
import { influenceShare } from '../../shared/mapLayout/cardLayout';
import type { Side } from './flowTypes';

/** The size of a handle's hit box, in flow units (canvas.css draws the same). */
export const HANDLE_SIZE = 10;

const SIDE_HANDLES = [
  ['t', Position.Top, CARD_WIDTH / 2, 0],
  ['r', Position.Right, CARD_WIDTH, CARD_HEIGHT / 2],
  ['b', Position.Bottom, CARD_WIDTH / 2, CARD_HEIGHT],
  ['l', Position.Left, 0, CARD_HEIGHT / 2],
] as const;

/**
 * Every card's four handles, declared so lines can be drawn before a card is measured.
 * The card draws them as sources only (any handle starts or ends a line in loose mode),
 * but they are declared as targets too: React Flow draws the first frame before it has
 * taken our loose connection mode from the props, and in its default strict mode a line
 * ending at a source handle is refused ("Couldn't create edge for target handle id").
 */
export const CARD_HANDLES: NodeHandle[] = (['source', 'target'] as const).flatMap((type) =>
  SIDE_HANDLES.map(([id, position, cx, cy]) => ({
    id,
    type,
    position,
    x: cx - HANDLE_SIZE / 2,
    y: cy - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  })),
);

/** What React Flow would measure of every card: its fixed size. */
export const MEASURED = { width: CARD_WIDTH, height: CARD_HEIGHT } as const;

/**
 * Which sides of the two cards a line leaves and enters: top and bottom when one card lies
 * wholly above the other (an org chart reads vertically), else the sides facing each other.
 */
export function facingSides(from: Stakeholder['position'], to: Stakeholder['position']): readonly [Side, Side] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dy) > CARD_HEIGHT) return dy < 0 ? ['t', 'b'] : ['b', 't'];
  return dx < 0 ? ['l', 'r'] : ['r', 'l'];
}

/** The influence bar's width class: steps of 5% (canvas.css has pm-w0 .. pm-w20), so no inline style. */
export function influenceStep(influence: number): number {
  return Math.round(influenceShare(influence) * 20);
}
