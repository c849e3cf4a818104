/**
 * The page's compositing layers before, during and after a drag (or a pan) on a benchmark
 * page (issue 9 §4): which elements Chromium gave a layer of their own, why, how big, and
 * how often each was painted. The traces (profile.ts) say a frame rasterised hundreds of
 * tiles of "layer 16"; this says what layer 16 is.
 *
 *   npx tsx build/bench/canvas/layers.ts [--page ours] [--people 1000] [--zoom 0.5] [--gesture drag|pan]
 *                                        [--moves 5] [--built dir] [--no-build] [--all]
 *
 * Builds the pages first unless --no-build (the pages built last) or --built (a copy of
 * dist/bench-canvas, as run.ts's --built). It presses on the node nearest the middle (a
 * drag) or on the empty pane (a pan), moves --moves times and holds still, and prints the
 * layer tree at rest, pressed (before any move), moving, and after the release. Each layer
 * that draws content: cc's id, its size and offset (in its own transform's space), its
 * paint count (the times its content was painted since the layer was made), the element
 * Chromium names for it (for a layer of many merged elements, one of them or their container,
 * e.g. div.react-flow__nodes for resting cards split off the map's layer) and its
 * compositing reasons. Layers that
 * draw nothing (scrolling and clip containers) are left out unless --all.
 *
 * The dump itself is layerDump.ts (the end-to-end test of a drag's paint order uses it too).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { openDrawnAtZoom } from './drawnAtZoom';
import { describeLayers, layerDump, type LayerInfo } from './layerDump';
import { buildPages, CHROMIUM, outDir, serve, VIEWPORT, type Point } from './run';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function stage(page: Page, dump: { snapshot(): Promise<LayerInfo[]> }, title: string, all: boolean) {
  await page.waitForTimeout(300);
  console.log(`\n${title}: ${describeLayers(await dump.snapshot(), all)}`);
}

async function main(): Promise<void> {
  const pageName = option('--page', 'ours');
  const people = Number(option('--people', '1000'));
  const zoom = Number(option('--zoom', '0.5'));
  const kind = option('--gesture', 'drag');
  const moves = Number(option('--moves', '5'));
  const built = option('--built', '');
  const all = process.argv.includes('--all');
  if (!process.argv.includes('--no-build') && built === '') await buildPages();
  const server = await serve(built === '' ? outDir : resolve(built));
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light' });
    const { page } = await openDrawnAtZoom(context, `${server.url}/${pageName}.html?people=${people}`, zoom);
    await page.waitForTimeout(1500);
    const from = await page.evaluate<Point | null>(
      kind === 'drag' ? 'window.__canvasBench.middleNode()' : 'window.__canvasBench.emptyPanePoint()',
    );
    if (!from) throw new Error(`nothing to ${kind} from`);
    const dump = await layerDump(await context.newCDPSession(page));
    console.log(`${pageName}, ${people} people, ${kind} at ${Math.round(zoom * 100)}% from ${from.x},${from.y}`);
    await page.mouse.move(from.x, from.y);
    await stage(page, dump, 'At rest', all);
    await page.mouse.down();
    await stage(page, dump, 'Pressed', all);
    for (let i = 1; i <= moves; i++) {
      await page.mouse.move(from.x + 3 * i, from.y + 2 * i);
      await page.waitForTimeout(16);
    }
    await stage(page, dump, `Moving (${moves} moves, held)`, all);
    await page.mouse.up();
    await stage(page, dump, 'Released', all);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
