/**
 * A card's connection handles are painted only where they can be used (canvas.css): on the
 * hovered card, the selected cards, and on every card while a line is being drawn; at rest
 * only on the outermost cards (outermost.ts), which bound the map's layer. A resting card
 * paints none, so its grab areas no longer reach outside it in the map's layer
 * (docs/CANVAS.md), yet a line dragged or clicked onto a resting card's handle still finds it
 * and connects.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { COURSE_EXAMPLE_FILE, importDealFile, settled } from './helpers';

/** The course example framed by four more people, one beyond each side: its own four are then inner cards. */
function writeFramedMap(dir: string): string {
  const example = JSON.parse(readFileSync(COURSE_EXAMPLE_FILE, 'utf8')) as {
    deal: Record<string, unknown>;
    stakeholders: Record<string, unknown>[];
  };
  const frame = [
    ['s-west', 'West', -600, 150],
    ['s-north', 'North', 150, -400],
    ['s-east', 'East', 900, 150],
    ['s-south', 'South', 150, 700],
  ] as const;
  const doc = {
    ...example,
    deal: { ...example.deal, id: 'handles', name: 'Handles' },
    stakeholders: [
      ...example.stakeholders,
      ...frame.map(([id, name, x, y]) => ({ ...example.stakeholders[0], id, name, position: { x, y } })),
    ],
  };
  const file = path.join(dir, 'handles.powermap');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

/** The computed visibility of each of a card's handles. */
function handleVisibility(card: Locator): Promise<string[]> {
  return card
    .locator('.react-flow__handle')
    .evaluateAll((handles) => handles.map((handle) => getComputedStyle(handle).visibility));
}

/** Whether the topmost element at a handle's centre is that handle (what a click or a drop finds). */
function handleAtItsCentre(handle: Locator): Promise<boolean> {
  return handle.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === element;
  });
}

async function restPointer(page: Page): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + 5, pane.y + pane.height / 2);
}

/** Opens the framed map (writeFramedMap) and waits for its eight cards to settle; the folder goes after `use`. */
async function withFramedMap(page: Page, use: (cards: Locator) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-handles-'));
  try {
    await importDealFile(page, writeFramedMap(dir));
    const cards = page.locator('.react-flow__node');
    await expect(cards).toHaveCount(8);
    await settled(page);
    await use(cards);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HIDDEN = Array(4).fill('hidden');
const PAINTED = Array(4).fill('visible');

test('resting cards paint no handles but the outermost; hovered, selected and every card while a line is drawn do', async ({
  page,
}) => {
  await withFramedMap(page, async (cards) => {
    await restPointer(page);
    // Three of the example's people with no line between any two of them.
    const from = page.locator('.react-flow__node[data-id="s-zhanghua"]');
    const to = page.locator('.react-flow__node[data-id="s-wangsang"]');
    const third = page.locator('.react-flow__node[data-id="s-vp"]');

    // At rest: every card has its four handles, painted on the frame's four (the outermost) alone.
    const outermost = await page
      .locator('.react-flow__node.pm-outermost')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')).sort());
    expect(outermost).toEqual(['s-east', 's-north', 's-south', 's-west']);
    for (const each of await cards.all()) {
      const framing = outermost.includes((await each.getAttribute('data-id')) ?? '');
      expect(await handleVisibility(each)).toEqual(framing ? PAINTED : HIDDEN);
    }
    const target = to.locator('.react-flow__handle-top');
    expect(await handleAtItsCentre(target)).toBe(false);

    // Hovered: that card's handles alone.
    await from.locator('.pm-card__name').hover();
    expect(await handleVisibility(from)).toEqual(PAINTED);
    expect(await handleVisibility(to)).toEqual(HIDDEN);

    // While a line is drawn, every card's handles, so the one under the pointer is found.
    const lines = await page.locator('.react-flow__edge').count();
    const source = (await from.locator('.react-flow__handle-bottom').boundingBox())!;
    const onto = (await target.boundingBox())!;
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    await page.mouse.move(onto.x + onto.width / 2, onto.y + onto.height / 2, { steps: 12 });
    await expect(page.locator('.pm-canvas')).toHaveClass(/pm-canvas--connecting/);
    for (const each of await cards.all()) expect(await handleVisibility(each)).toEqual(PAINTED);
    await expect(target).toHaveClass(/connectingto/);
    // Marked from one subscription for all handles (handleMarks.ts): that handle alone, and the start.
    await expect(page.locator('.react-flow__handle.connectingto')).toHaveCount(1);
    await expect(page.locator('.react-flow__handle.valid')).toHaveCount(1);
    await expect(from.locator('.react-flow__handle-bottom')).toHaveClass(/connectingfrom/);
    await expect(page.locator('.react-flow__handle.connectingfrom')).toHaveCount(1);
    expect(await handleAtItsCentre(target)).toBe(true);
    await page.mouse.up();
    await expect(page.locator('.react-flow__edge')).toHaveCount(lines + 1);
    await expect(page.locator('.pm-canvas')).not.toHaveClass(/pm-canvas--connecting/);
    await expect(page.locator('.react-flow__handle:is(.connectingto, .connectingfrom, .valid)')).toHaveCount(0);

    // Selected: that card's handles stay painted with the pointer elsewhere; the others rest again.
    await to.locator('.pm-card__name').click();
    await restPointer(page);
    expect(await handleVisibility(to)).toEqual(PAINTED);
    expect(await handleVisibility(from)).toEqual(HIDDEN);
    expect(await handleVisibility(third)).toEqual(HIDDEN);

    // A line started by a click on a handle (connectOnClick) ends by a click on a resting card's handle.
    await page.keyboard.press('Escape');
    await third.locator('.pm-card__name').hover();
    await third.locator('.react-flow__handle-right').click();
    await expect(page.locator('.pm-canvas')).toHaveClass(/pm-canvas--connecting/);
    await expect(third.locator('.react-flow__handle-right')).toHaveClass(/clickconnecting/);
    await expect(page.locator('.react-flow__handle.clickconnecting')).toHaveCount(1);
    await from.locator('.react-flow__handle-left').click();
    await expect(page.locator('.react-flow__edge')).toHaveCount(lines + 2);
    await expect(page.locator('.pm-canvas')).not.toHaveClass(/pm-canvas--connecting/);
    await expect(page.locator('.react-flow__handle.clickconnecting')).toHaveCount(0);
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('every card keeps its handles painted, and a tap on a resting card’s handle then on another’s draws a line', async ({
    page,
  }) => {
    await withFramedMap(page, async (cards) => {
      // A finger neither hovers first nor hits a handle that is not painted (canvas.css).
      for (const each of await cards.all()) expect(await handleVisibility(each)).toEqual(PAINTED);
      const lines = await page.locator('.react-flow__edge').count();
      const from = page.locator('.react-flow__node[data-id="s-zhanghua"] .react-flow__handle-bottom');
      const to = page.locator('.react-flow__node[data-id="s-wangsang"] .react-flow__handle-top');
      expect(await handleAtItsCentre(from)).toBe(true);
      expect(await handleAtItsCentre(to)).toBe(true);
      const tap = async (handle: Locator) => {
        const box = (await handle.boundingBox())!;
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      };
      await tap(from);
      await expect(page.locator('.pm-canvas')).toHaveClass(/pm-canvas--connecting/);
      await tap(to);
      await expect(page.locator('.react-flow__edge')).toHaveCount(lines + 1);
    });
  });
});
