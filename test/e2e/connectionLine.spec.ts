/**
 * While a line is drawn from a card's handle, a line follows the pointer (React Flow's
 * connection line). The viewport has no box of its own (canvas.css says why), and React
 * Flow sizes the connection line's SVG to its container: it was 0×0, and an SVG of no size
 * draws nothing, so no line followed the pointer.
 */
import { expect, test } from '@playwright/test';
import { addPerson, card, newDeal } from './helpers';

test('a line follows the pointer while it is drawn from a handle, and goes when let go on the empty map', async ({
  page,
}) => {
  await newDeal(page, 'Connection line');
  await addPerson(page, { name: 'Alone' });
  const handle = (await card(page, 'Alone').locator('.react-flow__handle-bottom').boundingBox())!;
  const start = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
  const end = { x: start.x, y: start.y + 160 };
  // A strip of the empty map the line will cross, away from the card and the pointer.
  const strip = { x: start.x - 12, y: start.y + 50, width: 24, height: 60 };
  const empty = await page.screenshot({ clip: strip });

  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 10 });
  const line = page.locator('svg.react-flow__connectionline');
  await expect(line.locator('.react-flow__connection-path')).toHaveCount(1);
  const box = (await line.boundingBox())!;
  expect(box.width * box.height, 'the connection line has room to draw').toBeGreaterThan(0);
  await expect.poll(async () => (await page.screenshot({ clip: strip })).equals(empty)).toBe(false);

  // Let go where no card is: the drawn line goes, no line was made, and the strip is empty again.
  await page.mouse.up();
  await expect(line).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect.poll(async () => (await page.screenshot({ clip: strip })).equals(empty)).toBe(true);
});
