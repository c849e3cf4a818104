/**
 * The canvas in Chromium: the course example draws without React Flow warnings, the
 * minimap never covers a card after "Zoom to fit", and it can be hidden; zoomed out past
 * reading, cards become shapes (levelOfDetail.ts); a dragged card takes its lines along (LineLayer),
 * in a layer painted above the resting cards, which keep to the map's layer (canvas.css).
 */
import { expect, test, type Page } from '@playwright/test';
import { layerDump } from '../../build/bench/canvas/layerDump';
import { importCourseExample, settled } from './helpers';

test('the course example draws without warnings from React Flow @dev', async ({ page }) => {
  const messages: string[] = [];
  page.on('pageerror', (error) => messages.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  await importCourseExample(page);
  await expect(page.locator('.react-flow__edge')).not.toHaveCount(0);
  await settled(page);
  // Open it again from the library: a second drawing of the same map.
  await page.getByRole('button', { name: 'All deals' }).click();
  await page.getByRole('row').nth(1).getByRole('button').first().click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await settled(page);
  expect(messages).toEqual([]);
});

/** A deal of `columns` × `rows` people on a grid, as a .powermap file. */
function gridDeal(name: string, columns: number, rows: number) {
  const stakeholders = [];
  for (let c = 0; c < columns; c++)
    for (let r = 0; r < rows; r++)
      stakeholders.push({ id: `p-${c}-${r}`, name: `P ${c}.${r}`, position: { x: c * 260, y: r * 160 } });
  return {
    name: `${name}.powermap`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'powermap', version: 1, deal: { id: name, name }, stakeholders })),
  };
}

/** Whether any card's box meets the minimap's on screen. */
async function minimapCoversACard(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const minimap = document.querySelector('.react-flow__minimap')?.getBoundingClientRect();
    if (!minimap) return false;
    return [...document.querySelectorAll('.react-flow__node:not(.pm-far)')].some((node) => {
      const r = node.getBoundingClientRect();
      return r.left < minimap.right && minimap.left < r.right && r.top < minimap.bottom && minimap.top < r.bottom;
    });
  });
}

/** Opens a grid map shaped like the pane (filling it to every corner), or a wide or tall one. */
async function openGrid(page: Page, shape: 'pane-shaped' | 'wide' | 'tall'): Promise<number> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New deal', exact: true }).click();
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.getByRole('button', { name: 'All deals' }).click();
  const columns = shape === 'tall' ? 2 : 10;
  const rows =
    shape === 'wide' ? 2 : shape === 'tall' ? 14 : Math.round((columns * 260 * pane.height) / (pane.width * 160));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import .powermap file' }).click(),
  ]);
  await chooser.setFiles(gridDeal(shape, columns, rows));
  await expect(page).toHaveURL(/#\/deal\//);
  return columns * rows;
}

for (const shape of ['pane-shaped', 'wide', 'tall'] as const) {
  test(`after "Zoom to fit" the minimap covers no card of a ${shape} map`, async ({ page }) => {
    // A map of the pane's own shape fills it to every corner, the minimap's too, unless fitting avoids it.
    const count = await openGrid(page, shape);
    await expect(page.locator('.react-flow__minimap')).toBeVisible();
    await page.getByRole('button', { name: 'Zoom in' }).first().click();
    await page.getByRole('button', { name: 'Zoom to fit' }).first().click();
    await settled(page);
    await expect(page.locator('.react-flow__node:not(.pm-far)')).toHaveCount(count);
    expect(await minimapCoversACard(page)).toBe(false);
  });
}

test('the minimap can be hidden, and the map then fits larger; the choice is remembered', async ({ page }) => {
  await openGrid(page, 'pane-shaped');
  await page.getByRole('button', { name: 'Zoom to fit' }).first().click();
  await settled(page);
  const width = async () => (await page.locator('.react-flow__node').first().boundingBox())!.width;
  const before = await width();
  await page.getByRole('button', { name: 'Hide the overview' }).click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.getByRole('button', { name: 'Zoom to fit' }).first().click();
  await settled(page);
  expect(await width()).toBeGreaterThan(before);
  await page.reload();
  await expect(page.locator('.react-flow__node:not(.pm-far)').first()).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the overview' }).click();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

/** The canvas's current zoom, read from React Flow's viewport transform. */
async function zoomOf(page: Page): Promise<number> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((element) => (element as HTMLElement).style.transform);
  const scale = /scale\(([\d.e+-]+)\)/.exec(transform);
  if (!scale) throw new Error(`no scale in the viewport's transform "${transform}"`);
  return Number(scale[1]);
}

/** Clicks the canvas's own zoom button until `done` holds, at most 20 times. */
async function zoomUntil(page: Page, button: 'zoomin' | 'zoomout', done: (zoom: number) => boolean): Promise<void> {
  for (let i = 0; i < 20 && !done(await zoomOf(page)); i++) {
    await page.locator(`.react-flow__controls-${button}`).click();
  }
  expect(done(await zoomOf(page)), `zoom ${await zoomOf(page)} after 20 clicks on ${button}`).toBe(true);
}

test('zoomed out past reading, cards are shapes and lines bare strokes; zoomed back in, names return', async ({
  page,
}) => {
  await importCourseExample(page);
  const canvas = page.locator('.pm-canvas');
  const names = page.locator('.pm-card__name');
  const card = page.locator('.react-flow__node').first();
  const label = await card.getAttribute('aria-label');
  const name = await card.locator('.pm-card__name').innerText();
  expect(label).toContain(name);
  await expect(names.first()).toBeVisible();
  await expect(page.locator('.pm-arrow').first()).toBeVisible();

  // Below 30% even the enlarged name would be under 6 px on screen (levelOfDetail.ts).
  await zoomUntil(page, 'zoomout', (zoom) => zoom < 0.27);
  await expect(canvas).toHaveClass(/pm-canvas--shapes/);
  for (const each of await names.all()) await expect(each).toBeHidden();
  for (const arrow of await page.locator('.pm-arrow').all()) await expect(arrow).toBeHidden();
  await expect(page.locator('.react-flow__edge-text:visible, .pm-line__label:visible')).toHaveCount(0);
  // The shape: the card's box in its attitude colour, still there to see, select and drag,
  // and still named for a screen reader.
  await expect(page.locator('.pm-card').first()).toBeVisible();
  const box = (await card.boundingBox())!;
  expect(box.width).toBeGreaterThan(20);
  const fill = await page
    .locator('.pm-card')
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(fill).not.toMatch(/^rgba?\(255, 255, 255/);
  await expect(card).toHaveAttribute('aria-label', label!);
  // Shapes have no handles (CardHandles): too small to grab, and each a subscription to React Flow's store.
  await expect(page.locator('.react-flow__handle')).toHaveCount(0);
  // Lines keep their strokes (a straight line's box may be zero wide, so not "visible" to Playwright).
  const strokes = await page
    .locator('.react-flow__edge-path')
    .evaluateAll(
      (paths) =>
        paths.filter((path) => getComputedStyle(path).display !== 'none' && getComputedStyle(path).stroke !== 'none')
          .length,
    );
  expect(strokes).toBeGreaterThan(0);

  await zoomUntil(page, 'zoomin', (zoom) => zoom > 0.55);
  await expect(canvas).not.toHaveClass(/pm-canvas--shapes|pm-canvas--far/);
  for (const each of await names.all()) await expect(each).toBeVisible();
  await expect(page.locator('.pm-arrow').first()).toBeVisible();
  await expect(card.locator('.pm-card__name')).toHaveText(name);
  // Back with the names, every card has its four handles again, transparent until hovered.
  await expect(card.locator('.react-flow__handle')).toHaveCount(4);
  const handle = card.locator('.react-flow__handle-top');
  expect(await handle.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await card.hover();
  expect(await handle.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

/** The course example's 李建 (lines r-1 to 张华 and r-2 to 副总), lifted copies, and a line at rest by id. */
function liftParts(page: Page) {
  return {
    card: page.locator('.react-flow__node[data-id="s-lijian"]'),
    lifted: page.locator('.pm-lines--lifted .pm-line-copy'),
    resting: (id: string) => page.locator(`.pm-lines:not(.pm-lines--lifted) .react-flow__edge[data-id="${id}"]`),
  };
}

/** Moves the pointer to a corner of the empty pane, off every card. */
async function pointerOffTheCards(page: Page): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + 5, pane.y + 5);
}

/**
 * The course example opened, 李建 selected by a click, then the pointer moved onto the middle
 * of the card `other`: the two cards and that point.
 */
async function lijianSelectedThenOnto(page: Page, other: string) {
  await importCourseExample(page);
  await settled(page);
  const first = page.locator('.react-flow__node[data-id="s-lijian"]');
  const second = page.locator(`.react-flow__node[data-id="${other}"]`);
  await first.click();
  await expect(first).toHaveClass(/selected/);
  const box = (await second.boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(at.x, at.y);
  return { first, second, at };
}

/** As lijianSelectedThenOnto, then the main button pressed there with Control held. */
async function controlPressAfterLijian(page: Page, other: string) {
  const cards = await lijianSelectedThenOnto(page, other);
  await page.keyboard.down('Control');
  await page.mouse.down();
  return cards;
}

/** A point on a line's stroke, halfway along it, in page pixels. */
async function midpointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-path`).evaluate((element) => {
    const path = element as SVGPathElement;
    const at = path.getPointAtLength(path.getTotalLength() / 2);
    const point = new DOMPoint(at.x, at.y).matrixTransform(path.getScreenCTM()!);
    return { x: point.x, y: point.y };
  });
}

test('lines, drawn in one layer by the canvas, are selected by a click or the keyboard and let go as before', async ({
  page,
}) => {
  await importCourseExample(page);
  await settled(page);
  const selected = page.locator('.react-flow__edge.selected');
  const first = page.locator('.react-flow__edge').first();
  const id = (await first.getAttribute('data-id'))!;
  await expect(first).toHaveAttribute('role', 'group');
  await expect(first).toHaveAttribute('aria-label', /.+/);

  // A click on the stroke selects that line alone; a click on a card lets it go.
  const at = await midpointOf(page, id);
  // The point is hit on the line's invisible wide stroke alone: the drawn one takes no hit test (canvas.css).
  const hits = await page.evaluate(
    ({ x, y }) => document.elementsFromPoint(x, y).map((e) => e.getAttribute('class')),
    at,
  );
  expect(hits[0]).toBe('react-flow__edge-interaction');
  expect(hits).not.toContain('react-flow__edge-path');
  await page.mouse.click(at.x, at.y);
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-id', id);
  await page.locator('.react-flow__node').first().click();
  await expect(selected).toHaveCount(0);

  // From the keyboard: Enter selects the focused line, Escape lets it go.
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(selected).toHaveAttribute('data-id', id);
  await page.keyboard.press('Escape');
  await expect(selected).toHaveCount(0);

  // A click on the empty pane lets go of a selected line too.
  await page.mouse.click(at.x, at.y);
  await expect(selected).toHaveCount(1);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.click(pane.x + 5, pane.y + pane.height / 2);
  await expect(selected).toHaveCount(0);
});

test('a click on a line, with Control held, ends the selection box that Shift drew, and toggles the line alone', async ({
  page,
}) => {
  await importCourseExample(page);
  await settled(page);
  // 张华 and the line from him to 李建, the first line drawn.
  const zhanghua = page.locator('.react-flow__node[data-id="s-zhanghua"]');
  const line = page.locator('.react-flow__edge').first();
  const at = await midpointOf(page, (await line.getAttribute('data-id'))!);
  const card = (await zhanghua.boundingBox())!;
  const room = 12;
  // The box around 张华 keeps clear of the line's midpoint, so the click finds the line.
  expect(at.y).toBeLessThan(card.y - room);

  await page.keyboard.down('Shift');
  await page.mouse.move(card.x - room, card.y - room);
  await page.mouse.down();
  await page.mouse.move(card.x + card.width + room, card.y + card.height + room, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  const box = page.locator('.react-flow__nodesselection-rect');
  await expect(box).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(zhanghua).toHaveClass(/\bselected\b/);
  // A box selects the lines touching the people it holds (changes.ts): 张华's line too.
  await expect(line).toHaveClass(/\bselected\b/);

  await page.keyboard.down('Control');
  await page.mouse.click(at.x, at.y);
  await page.keyboard.up('Control');
  await expect(line).not.toHaveClass(/\bselected\b/);
  await expect(zhanghua).toHaveClass(/\bselected\b/);
  await expect(box).toHaveCount(0);
});

test('dragging in the overview pans the map', async ({ page }) => {
  await importCourseExample(page);
  await settled(page);
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const overview = (await page.locator('.react-flow__minimap svg').boundingBox())!;
  const from = { x: overview.x + overview.width / 2, y: overview.y + overview.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 10, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
});

test('a pan from the empty pane holds the pointer on the pane, lays no cover, moves the view, keeps the dots, and a click there still lets go', async ({
  page,
}) => {
  await importCourseExample(page);
  await settled(page);
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  // The grid's rectangle (drawnArea.ts): kept through a short pan and its end, so nothing of the map's layer is painted again.
  const dots = page.locator('.pm-dots rect');
  const dotsBefore = await dots.evaluate((rect) => rect.outerHTML);
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  const from = { x: box.x + 5, y: box.y + box.height / 2 };
  // The press captures the pointer on the pane (usePaneCapture.ts): no cover is laid while the view moves.
  await pane.evaluate((element) =>
    element.addEventListener('gotpointercapture', () => {
      element.dataset['captured'] = 'yes';
    }),
  );
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 20, { steps: 6 });
  await expect(pane).toHaveAttribute('data-captured', 'yes');
  await expect(page.locator('.pm-canvas')).not.toHaveClass(/pm-canvas--moving/);
  await page.mouse.up();
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
  await expect(page.locator('.pm-canvas')).not.toHaveClass(/pm-canvas--moving/);
  await settled(page);
  expect(await dots.evaluate((rect) => rect.outerHTML)).toBe(dotsBefore);

  // A plain click on the pane (no move) still reaches it: it lets go of the selected card.
  await page.locator('.react-flow__node').first().click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await page.mouse.click(from.x, from.y);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
});

test('a dragged card takes its lines along in a layer of their own, above the resting cards, and puts them back in the one layer once the pointer leaves the dropped card', async ({
  page,
}) => {
  await importCourseExample(page);
  await settled(page);
  // 李建 has two lines: to 张华 (r-1) and to 副总 (r-2); 王桑's line (r-3) stays where it is.
  const card = page.locator('.react-flow__node[data-id="s-lijian"]');
  const lifted = page.locator('.pm-lines--lifted .pm-line-copy');
  const line = (id: string) => page.locator(`.pm-lines .react-flow__edge[data-id="${id}"]`);
  const pathOf = (id: string) => line(id).locator('.react-flow__edge-path').getAttribute('d');
  const before = await pathOf('r-1');
  await expect(lifted).toHaveCount(0);
  const dump = await layerDump(await page.context().newCDPSession(page));
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 40, { steps: 5 });

  // While it moves: its two lines are drawn apart, as copies out of reach of focus and screen
  // readers, and left undisplayed in their places; the other line is untouched.
  await expect(lifted).toHaveCount(2);
  await expect(page.locator('.pm-lines--lifted')).toHaveAttribute('aria-hidden', 'true');
  await expect(lifted.first()).not.toHaveAttribute('tabindex');
  await expect(line('r-1')).toBeHidden();
  await expect(line('r-2')).toBeHidden();
  await expect(line('r-3')).toBeVisible();
  // Painted above the resting cards (canvas.css): no resting card needs a compositing layer of
  // its own, only the lifted lines and the dragged card have one apart from the map's.
  await expect
    .poll(async () => {
      const layers = await dump.snapshot();
      return {
        lifted: layers.some((layer) => layer.node.startsWith('svg.pm-lines.pm-lines--lifted')),
        cards: layers.filter((layer) => layer.node.includes('react-flow__node')).map((layer) => layer.node),
      };
    })
    .toEqual({ lifted: true, cards: ['div.react-flow__node.react-flow__node-person data-id=s-lijian'] });
  // The viewport, an ancestor of the lifted lines, has no box to paint (canvas.css says why: a
  // box of its own was painted again on every move, and with it the whole map's layer updated).
  const viewportArea = await page
    .locator('.react-flow__viewport')
    .evaluate((element) => element.getBoundingClientRect().width * element.getBoundingClientRect().height);
  expect(viewportArea).toBe(0);
  const during = await lifted.first().locator('.react-flow__edge-path').getAttribute('d');
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 80, { steps: 5 });
  await expect.poll(() => lifted.first().locator('.react-flow__edge-path').getAttribute('d')).not.toBe(during);

  // Dropped: the two lines stay lifted, drawn to where the card now is (keptLift.ts: the
  // layers change later, not as the card lands); then one element per line again, in the one
  // layer, shown. The page's own clock says when the lifted layer went.
  await page.evaluate(() => {
    const drop = { up: 0, down: 0, lifted: [] as (string | null)[] };
    (window as unknown as { __drop: typeof drop }).__drop = drop;
    window.addEventListener('pointerup', () => (drop.up = performance.now()), { capture: true, once: true });
    const host = document.querySelector('.react-flow__edgelabel-renderer')!;
    new MutationObserver((_, observer) => {
      const layer = host.querySelector('.pm-lines--lifted');
      if (layer) drop.lifted = [...layer.querySelectorAll('.react-flow__edge-path')].map((p) => p.getAttribute('d'));
      else if (drop.up > 0) {
        drop.down = performance.now();
        observer.disconnect();
      }
    }).observe(host, { childList: true, subtree: true, attributes: true });
  });
  await page.mouse.up();
  // While the pointer rests on the dropped card its lines stay lifted; they go as it leaves.
  await page.waitForTimeout(400);
  await expect(page.locator('.pm-lines--lifted')).toHaveCount(1);
  const left = await page.evaluate(() => performance.now());
  await pointerOffTheCards(page);
  await expect(page.locator('.pm-lines--lifted')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(line('r-1')).toBeVisible();
  await expect(line('r-2')).toBeVisible();
  await expect.poll(() => pathOf('r-1')).not.toBe(before);
  const drop = await page.evaluate(
    () => (window as unknown as { __drop: { up: number; down: number; lifted: string[] } }).__drop,
  );
  // Not as the card landed, but once the pointer left it.
  expect(drop.down).toBeGreaterThanOrEqual(left);
  expect(drop.down - drop.up).toBeGreaterThanOrEqual(400);
  // Until then the lifted lines were drawn where the lines at rest are now drawn.
  expect([...drop.lifted].sort()).toEqual([await pathOf('r-1'), await pathOf('r-2')].sort());
});

test('the card the pointer rests on has its lines lifted and is held once the user pauses, so a drag from it adds no layer; a pointer passing over lifts nothing', async ({
  page,
}) => {
  await importCourseExample(page);
  await settled(page);
  const { card, lifted, resting } = liftParts(page);
  const dump = await layerDump(await page.context().newCDPSession(page));
  const ownLayers = async () =>
    (await dump.snapshot())
      .map((layer) => layer.node)
      .filter((node) => node.includes('react-flow__node') || node.startsWith('svg.pm-lines'))
      .sort();
  await page.evaluate(() => {
    const seen = { lifted: false };
    (window as unknown as { __everLifted: typeof seen }).__everLifted = seen;
    new MutationObserver(() => {
      if (document.querySelector('.pm-lines--lifted')) seen.lifted = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const box = (await card.boundingBox())!;
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  // Passing over the card without a pause lifts nothing, even once the user pauses off it.
  await pointerOffTheCards(page);
  await page.mouse.move(middle.x, middle.y, { steps: 3 });
  await pointerOffTheCards(page);
  await page.waitForTimeout(800);
  expect(await page.evaluate(() => (window as unknown as { __everLifted: { lifted: boolean } }).__everLifted)).toEqual({
    lifted: false,
  });

  // Resting on it: after the pause its lines are drawn in the lifted layer, where they are at
  // rest, and undisplayed in the map's; the card has a layer of its own, raised as a selected
  // card is (heldCards.ts: below it no resting card needs a layer), yet it is not selected.
  const pathAtRest = await resting('r-1').locator('.react-flow__edge-path').getAttribute('d');
  await page.mouse.move(middle.x, middle.y);
  await expect(lifted).toHaveCount(2);
  await expect(resting('r-1')).toBeHidden();
  await expect(resting('r-2')).toBeHidden();
  expect(await page.locator('.pm-lines--lifted [data-copy-of="r-1"] .react-flow__edge-path').getAttribute('d')).toBe(
    pathAtRest,
  );
  await expect(card).not.toHaveClass(/selected/);
  await expect(card).toHaveCSS('z-index', '1000');
  const cardLayer = 'div.react-flow__node.react-flow__node-person data-id=s-lijian';
  await expect.poll(ownLayers).toEqual([cardLayer, 'svg.pm-lines.pm-lines--lifted'].sort());

  // The press selects it at once (pressSelect.ts), and the drag's start adds no layer.
  await page.mouse.down();
  await expect(card).toHaveClass(/selected/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('李建');
  await page.mouse.move(middle.x + 30, middle.y + 40, { steps: 5 });
  await expect(card).toHaveClass(/dragging/);
  expect(await ownLayers()).toEqual([cardLayer, 'svg.pm-lines.pm-lines--lifted'].sort());
  await page.mouse.up();

  // Off the card, the lines go back under the cards at once; the card stays selected.
  await pointerOffTheCards(page);
  await expect(page.locator('.pm-lines--lifted')).toHaveCount(0);
  await expect(resting('r-1')).toBeVisible();
  await expect(card).toHaveClass(/selected/);
});

test('a press on another card keeps the card it lets go of painted where it was until the user pauses after the drag, so the press changes no layer', async ({
  page,
}) => {
  const { first, second, at } = await lijianSelectedThenOnto(page, 's-wangsang');
  await expect(first).toHaveCSS('z-index', '1000');
  const dump = await layerDump(await page.context().newCDPSession(page));
  const cardLayers = async () =>
    (await dump.snapshot())
      .map((layer) => layer.node)
      .filter((node) => node.includes('react-flow__node'))
      .sort();
  await expect(page.locator('.pm-lines--lifted')).toHaveCount(1);
  // Both cards held: 李建 selected, 王桑 rested on.
  await expect.poll(cardLayers).toHaveLength(2);
  const layersBefore = await cardLayers();
  // The press, then the drag at once: between the two nothing moves, so the pause may come
  // there and let 李建 go; once the drag lasts it cannot.
  await page.mouse.down();
  await page.mouse.move(at.x + 10, at.y + 30, { steps: 4 });
  await expect(second).toHaveClass(/dragging/);
  // The press selected 王桑 alone; 李建, let go of, is still painted where a selected card is,
  // and the layers are those before the press.
  await expect(second).toHaveClass(/selected/);
  await expect(first).not.toHaveClass(/selected/);
  await expect(first).toHaveCSS('z-index', '1000');
  expect(await cardLayers()).toEqual(layersBefore);
  // However long the drag lasts.
  await page.waitForTimeout(800);
  await expect(first).toHaveCSS('z-index', '1000');
  await page.mouse.up();
  // Once the user pauses after the drop, 李建 goes back to a resting card's place.
  await expect(first).toHaveCSS('z-index', '0');
  await expect(first).not.toHaveAttribute('data-pm-raised');
  await expect(second).toHaveCSS('z-index', '1000');
  await expect.poll(cardLayers).toEqual(['div.react-flow__node.react-flow__node-person data-id=s-wangsang']);
});

test('while the pointer rests on a card its lines’ copies stand for them: named, in the Tab order, selected by a key, and each line counted once; a click on a line finds the line itself', async ({
  page,
}) => {
  await importCourseExample(page);
  await settled(page);
  const { card, resting } = liftParts(page);
  const original = resting('r-1');
  const copy = page.locator('.pm-lines--lifted [data-copy-of="r-1"]');
  const box = (await card.boundingBox())!;
  // A card one of whose lines has the keyboard's focus is not got ready: the line keeps it.
  await original.focus();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(800);
  await expect(page.locator('.pm-lines--lifted')).toHaveCount(0);
  await expect(original).toBeFocused();
  await original.evaluate((element) => (element as SVGGElement).blur());
  await pointerOffTheCards(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(copy).toHaveCount(1);
  // The line itself is undisplayed; its copy is named and focusable as the line was, shown to
  // screen readers (the lifted layer is hidden from them only during a drag), and not
  // React Flow's edge, so the map still has three lines.
  await expect(original).toBeHidden();
  await expect(page.locator('.pm-lines--lifted')).not.toHaveAttribute('aria-hidden');
  await expect(copy).toHaveAttribute('role', 'group');
  await expect(copy).toHaveAttribute('aria-label', (await original.getAttribute('aria-label'))!);
  await expect(copy).toHaveAttribute('tabindex', '0');
  await expect(copy).not.toHaveClass(/react-flow__edge/);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(page.getByRole('group', { name: (await original.getAttribute('aria-label'))! })).toHaveCount(1);
  // By the keyboard the copy is the line: Enter selects it.
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(copy).toHaveClass(/selected/);
  await expect(card).not.toHaveClass(/selected/);
  // A click on the line: the pointer leaves the card on its way, so the line itself is back
  // (its copy gone at once: keptLift.ts) and takes the click.
  await page.locator('.react-flow__node[data-id="s-vp"]').click();
  await expect(original).not.toHaveClass(/selected/);
  const at = await midpointOf(page, 'r-1');
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('.pm-lines--lifted [data-copy-of="r-1"]')).toHaveCount(0);
  await expect(original).toBeVisible();
  await expect(original).toHaveClass(/selected/);
});

test('a press with the multi-selection key selects nothing by itself: the click adds the card to the selection', async ({
  page,
}) => {
  const { first, second } = await controlPressAfterLijian(page, 's-zhanghua');
  await expect(second).not.toHaveClass(/selected/);
  await expect(first).toHaveClass(/selected/);
  await page.mouse.up();
  await page.keyboard.up('Control');
  await expect(second).toHaveClass(/selected/);
  await expect(first).toHaveClass(/selected/);
});

test('a drag with the multi-selection key adds the grabbed card to the selection and takes the selected card along', async ({
  page,
}) => {
  const { first, second: grabbed, at } = await controlPressAfterLijian(page, 's-wangsang');
  const tops = async () => [(await first.boundingBox())!.y, (await grabbed.boundingBox())!.y];
  const [gx, gy] = [at.x, at.y];
  // React Flow starts the drag on the first move: from there on the cards follow the pointer.
  await page.mouse.move(gx + 2, gy + 2);
  // Selected at the drag's start (React Flow's selectNodesOnDrag), before the drop.
  await expect(grabbed).toHaveClass(/selected/);
  await page.waitForTimeout(100);
  const taken = await tops();
  await page.mouse.move(gx + 20, gy + 62, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Control');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await expect(first).toHaveClass(/selected/);
  await expect.poll(async () => (await tops()).map((top, index) => Math.round(top - taken[index]!))).toEqual([60, 60]);
});

test('dragged cards move with the pointer (two selected, both), stay where dropped, and one undo puts them back', async ({
  page,
}) => {
  await importCourseExample(page);
  await settled(page);
  const [first, second] = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.slice(0, 2).map((node) => node.getAttribute('data-id')!));
  const card = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
  const corner = async (id: string) => {
    const box = (await card(id).boundingBox())!;
    return { x: Math.round(box.x), y: Math.round(box.y) };
  };
  const start = { a: await corner(first!), b: await corner(second!) };
  const shifted = (at: { x: number; y: number }, dx: number, dy: number) => ({ x: at.x + dx, y: at.y + dy });
  const near = async (id: string, want: { x: number; y: number }) => {
    await expect
      .poll(async () => {
        const at = await corner(id);
        return Math.abs(at.x - want.x) <= 2 && Math.abs(at.y - want.y) <= 2;
      })
      .toBe(true);
  };

  await card(first!).click();
  await page.keyboard.down('Control');
  await card(second!).click();
  await page.keyboard.up('Control');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  const grip = (await card(first!).boundingBox())!;
  const [gx, gy] = [grip.x + grip.width / 2, grip.y + grip.height / 2];
  await page.mouse.move(gx, gy);
  await page.mouse.down();
  // React Flow starts the drag on the first move: from there on the cards follow the pointer.
  await page.mouse.move(gx + 10, gy);
  await page.waitForTimeout(100);
  const taken = { a: await corner(first!), b: await corner(second!) };
  await page.mouse.move(gx + 50, gy + 30, { steps: 5 });
  await near(first!, shifted(taken.a, 40, 30));
  await near(second!, shifted(taken.b, 40, 30));
  await page.mouse.move(gx + 90, gy + 50, { steps: 5 });
  await page.mouse.up();

  // Dropped: they stay where the pointer left them.
  await page.waitForTimeout(200);
  await near(first!, shifted(taken.a, 80, 50));
  await near(second!, shifted(taken.b, 80, 50));

  // The drag was one edit: one undo puts both back.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await near(first!, start.a);
  await near(second!, start.b);
});

test('an undo right after a drop draws the dropped card’s lines back where they were, at once', async ({ page }) => {
  await importCourseExample(page);
  await settled(page);
  const line = page.locator('.pm-lines:not(.pm-lines--lifted) .react-flow__edge[data-id="r-1"] .react-flow__edge-path');
  const before = await line.getAttribute('d');
  // The undo is pressed in the page a moment after the release, while the dropped card's lines
  // are kept lifted (keptLift.ts), and what draws the line is read there too: its copy in the
  // lifted layer if it is still there (the card moving away from under the pointer lets it
  // go), else the line itself, which must then be displayed.
  await page.evaluate(() => {
    const seen = { done: false, drawn: null as string | null };
    (window as unknown as { __undo: typeof seen }).__undo = seen;
    const undo = () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true }));
      setTimeout(() => {
        const copy = document.querySelector('.pm-lines--lifted [data-copy-of="r-1"] .react-flow__edge-path');
        const itself = document.querySelector<SVGPathElement>(
          '.pm-lines:not(.pm-lines--lifted) .react-flow__edge[data-id="r-1"] .react-flow__edge-path',
        );
        const shown =
          itself !== null && itself.getBoundingClientRect().width + itself.getBoundingClientRect().height > 0;
        seen.drawn = copy ? copy.getAttribute('d') : shown ? itself.getAttribute('d') : null;
        seen.done = true;
      }, 0);
    };
    window.addEventListener('pointerup', () => setTimeout(undo, 0), { once: true });
  });
  const card = page.locator('.react-flow__node[data-id="s-lijian"]');
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2 + 120, { steps: 6 });
  await page.mouse.up();
  const seen = () =>
    page.evaluate(() => (window as unknown as { __undo: { done: boolean; drawn: string | null } }).__undo);
  await expect.poll(async () => (await seen()).done).toBe(true);
  // Drawn from where the card is back to, not where it was dropped.
  expect((await seen()).drawn).toBe(before);
  await pointerOffTheCards(page);
  await expect(page.locator('.pm-lines--lifted')).toHaveCount(0);
  expect(await line.getAttribute('d')).toBe(before);
  await expect(page.locator('.react-flow__edge[data-id="r-1"]')).toHaveCount(1);
});
