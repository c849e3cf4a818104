/** Where the canvas's line layer draws a line: its route while its cards stay, else a straight line between their borders. */
import { describe, expect, it } from 'vitest';
import { linePoints } from '../../../renderer/canvas/lineGeometry';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../renderer/canvas/toFlow';

describe('linePoints', () => {
  const route = {
    from: { x: 0, y: 0 },
    to: { x: 0, y: 400 },
    points: [
      { x: CARD_WIDTH / 2, y: CARD_HEIGHT },
      { x: CARD_WIDTH / 2, y: 400 },
    ],
  };

  it('follows the route while both cards are within a unit of where it was found', () => {
    expect(linePoints(route, { x: 0.6, y: -0.4 }, { x: 0, y: 400.9 })).toBe(route.points);
  });

  it('runs straight between the cards’ borders once a card is elsewhere, or with no route', () => {
    const moved = linePoints(route, { x: 0, y: 0 }, { x: 600, y: 0 });
    expect(moved).toMatchObject([
      { x: CARD_WIDTH, y: CARD_HEIGHT / 2 },
      { x: 600, y: CARD_HEIGHT / 2 },
    ]);
    expect(linePoints(undefined, { x: 0, y: 0 }, { x: 600, y: 0 })).toEqual(moved);
  });
});
