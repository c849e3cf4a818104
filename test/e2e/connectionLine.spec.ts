/**
 * While a line is drawn from a card's handle, a line follows the pointer (React Flow's
 * connection line). The viewport has no box of its own (canvas.css says why), and React
 * Flow sizes the connection line's SVG to its container: it was 0×0, and an SVG of no size
 * draws nothing, so no line followed the pointer.
 */
import { expect, test, type Page } from '@playwright/test';
import { addPerson, card, newDeal } from './helpers';

/** A new deal with one card, Alone: where its bottom handle is on the screen. */
async function aloneCardsHandle(page: Page, deal: string): Promise<{ x: number; y: number }> {
  await newDeal(page, deal);
  await addPerson(page, { name: 'Alone' });
  const handle = (await card(page, 'Alone').locator('.react-flow__handle-bottom').boundingBox())!;
  return { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
}

test('a line follows the pointer while it is drawn from a handle, and goes when let go on the empty map', async ({
  page,
}) => {
  const start = await aloneCardsHandle(page, 'Connection line');
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

/** The drawn line's two ends on the screen, and the painted bounds of its SVG (in flow units). */
async function drawnLine(page: Page) {
  return page.locator('svg.react-flow__connectionline').evaluate((svg: SVGSVGElement) => {
    const path = svg.querySelector<SVGPathElement>('.react-flow__connection-path')!;
    const matrix = path.getScreenCTM()!;
    const onScreen = (at: DOMPoint) => {
      const p = at.matrixTransform(matrix);
      return { x: p.x, y: p.y };
    };
    const box = svg.getBBox();
    return {
      start: onScreen(path.getPointAtLength(0)),
      end: onScreen(path.getPointAtLength(path.getTotalLength())),
      bounds: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  });
}

/**
 * The canvas draws that line itself (ConnectionLine.tsx): React Flow's path, from the handle
 * to the pointer, with a fixed extent, so that its painted bounds do not change while it
 * follows the pointer (each change of them re-layered the whole page).
 */
test('the line drawn runs from the handle to the pointer, within bounds that stay the same as it moves', async ({
  page,
}) => {
  const start = await aloneCardsHandle(page, 'Connection extent');
  // Both well inside the pane: near its edges React Flow pans the view while a line is drawn.
  const near = { x: start.x + 40, y: start.y + 120 };
  const far = { x: start.x + 220, y: start.y - 160 };

  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(near.x, near.y, { steps: 8 });
  await expect(page.locator('.react-flow__connectionline .pm-connection__extent')).toHaveCount(2);
  const first = await drawnLine(page);
  await page.mouse.move(far.x, far.y, { steps: 8 });
  const second = await drawnLine(page);

  for (const [line, pointer] of [
    [first, near],
    [second, far],
  ] as const) {
    expect(Math.hypot(line.start.x - start.x, line.start.y - start.y), 'starts at the handle').toBeLessThan(1.5);
    expect(Math.hypot(line.end.x - pointer.x, line.end.y - pointer.y), 'ends at the pointer').toBeLessThan(1.5);
  }
  expect(second.bounds, 'the same painted bounds wherever the pointer is').toEqual(first.bounds);
  const inside = (at: { x: number; y: number }) =>
    at.x >= first.bounds.x &&
    at.y >= first.bounds.y &&
    at.x <= first.bounds.x + first.bounds.width &&
    at.y <= first.bounds.y + first.bounds.height;
  const flowEnds = await page
    .locator('svg.react-flow__connectionline .react-flow__connection-path')
    .evaluate((path: SVGPathElement) =>
      [path.getPointAtLength(0), path.getPointAtLength(path.getTotalLength())].map(({ x, y }) => ({ x, y })),
    );
  expect(flowEnds.every(inside), 'the line is inside them').toBe(true);
  await page.mouse.up();
});

/**
 * Every card's handles are painted while a line is drawn (ConnectingWatch.tsx): from the very
 * frame the line appears in to the frame it goes in. Each of the two changes makes Chromium
 * lay out every compositing layer again, so they are made in one frame, not in two.
 */
test('every card shows its handles in the frame the drawn line appears in, and hides them in the frame it goes', async ({
  page,
}) => {
  const start = await aloneCardsHandle(page, 'Connection frames');
  // What each frame is about to paint, sampled before its style and paint (an animation frame callback).
  await page.evaluate(() => {
    const frames: [boolean, boolean][] = [];
    Object.assign(window, { __connectionFrames: frames });
    const sample = () => {
      const line = document.querySelector('svg.react-flow__connectionline') !== null;
      const handlesShown = document.querySelector('.pm-canvas')!.classList.contains('pm-canvas--connecting');
      frames.push([line, handlesShown]);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });

  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 120, { steps: 10 });
  await page.mouse.up();
  await expect(page.locator('svg.react-flow__connectionline')).toHaveCount(0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  const frames = await page.evaluate(
    () => (window as unknown as { __connectionFrames: [boolean, boolean][] }).__connectionFrames,
  );
  expect(
    frames.some(([line]) => line),
    'frames with the line drawn were sampled',
  ).toBe(true);
  expect(
    frames.filter(([line, handlesShown]) => line !== handlesShown),
    'frames with the line but not the handles, or the handles but not the line',
  ).toEqual([]);
});
