/**
 * The map looks the same on the canvas and in the SVG export (issue 9): the course example
 * is imported and drawn by the app, the same document is drawn by the shared SVG writer and
 * shown in a page at the canvas's zoom; each line's path is compared point for point, and
 * each card's box is photographed in both and compared. The two draw text through different engines (HTML layout and SVG text with
 * estimated widths), so the comparison is made on 4×4-pixel blocks of lightness: a block
 * counts as different when its mean lightness differs by more than BLOCK_TOLERANCE, and a
 * card may have at most MAX_DIFFERENT_BLOCKS of its blocks different. A band, border, pill
 * or bar of another size, colour or place changes whole rows of blocks and fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseDocumentText, type PowermapDocument } from '../../shared/document';
import { drawMapSvg, prepareExport } from '../../shared/export';
import { COURSE_EXAMPLE_FILE, importCourseExample, importDealFile, settled } from './helpers';

const SEED = COURSE_EXAMPLE_FILE;
const BLOCK = 4;
/** Mean lightness difference (0–255) above which a block counts as different. */
const BLOCK_TOLERANCE = 48;
/** The share of a card's blocks allowed to differ (text is drawn by two engines). */
const MAX_DIFFERENT_BLOCKS = 0.06;

type Clip = { x: number; y: number; width: number; height: number };

const whole = (box: Clip): Clip => ({
  x: Math.round(box.x),
  y: Math.round(box.y),
  width: Math.round(box.width),
  height: Math.round(box.height),
});

interface Comparison {
  readonly blocks: number;
  readonly different: number;
}

/** Compares two PNGs of a card block by block, in the page (no image library in Node). */
async function compare(page: Page, a: Buffer, b: Buffer): Promise<Comparison> {
  return page.evaluate(
    async ({ a, b, block, tolerance }) => {
      const load = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        return image;
      };
      const [first, second] = await Promise.all([load(a), load(b)]);
      const width = Math.min(first.width, second.width);
      const height = Math.min(first.height, second.height);
      const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, width, height).data;
      };
      const p = pixels(first);
      const q = pixels(second);
      let blocks = 0;
      let different = 0;
      for (let by = 0; by + block <= height; by += block) {
        for (let bx = 0; bx + block <= width; bx += block) {
          let sum = 0;
          for (let y = by; y < by + block; y++) {
            for (let x = bx; x < bx + block; x++) {
              const i = (y * width + x) * 4;
              const light = (d: Uint8ClampedArray) => 0.3 * d[i]! + 0.59 * d[i + 1]! + 0.11 * d[i + 2]!;
              sum += light(p) - light(q);
            }
          }
          blocks++;
          if (Math.abs(sum / (block * block)) > tolerance) different++;
        }
      }
      return { blocks, different };
    },
    { a: a.toString('base64'), b: b.toString('base64'), block: BLOCK, tolerance: BLOCK_TOLERANCE },
  );
}

/** Every line's path as the canvas draws it, in flow units whatever the zoom. */
async function linePathsOnCanvas(page: Page, document: PowermapDocument): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  for (const line of document.relationships) {
    const d = await page
      .locator(`.react-flow__edge[data-id="${line.id}"] path.react-flow__edge-path`)
      .getAttribute('d');
    paths.set(line.id, d ?? '');
  }
  return paths;
}

/** Replaces the page with the document's map as the SVG writer draws it. */
async function showExport(page: Page, document: PowermapDocument): Promise<void> {
  const view = prepareExport(document, { lang: 'en', includePersonal: false, anonymous: false });
  const svg = drawMapSvg(view, { asOf: '2026-11-26' }).replace(/^<\?xml[^>]*>\s*/, '');
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
}

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

/** The export shown (showExport) runs each line as the canvas did: its path, moved back by the drawing's offset, is the canvas's. */
async function expectExportedLines(page: Page, document: PowermapDocument, canvasPaths: ReadonlyMap<string, string>) {
  const first = document.stakeholders[0]!;
  const placed = page.locator(`g.person[data-id="${first.id}"] > rect`).first();
  const dx = Number(await placed.getAttribute('x')) - first.position.x;
  const dy = Number(await placed.getAttribute('y')) - first.position.y;
  for (const line of document.relationships) {
    const d = (await page.locator(`g.line[data-id="${line.id}"] > path`).first().getAttribute('d')) ?? '';
    const exported = numbers(d).map((n, i) => n - (i % 2 === 0 ? dx : dy));
    expect(exported, `line ${line.id}: ${d} against ${canvasPaths.get(line.id)}`).toEqual(
      numbers(canvasPaths.get(line.id)!),
    );
  }
}

test('each card and line of the course example looks the same on the canvas and in the SVG export', async ({
  page,
}, testInfo) => {
  await importCourseExample(page);
  await settled(page);
  // Nothing hovered or selected: no handles, no rings.
  await page.mouse.move(1, 1);
  const doc = parseDocumentText(readFileSync(SEED, 'utf8'));
  if (!doc.ok) throw new Error('the seed does not read');
  const ids = doc.document.stakeholders.map((person) => person.id);

  const canvasPaths = await linePathsOnCanvas(page, doc.document);

  const onCanvas = new Map<string, Buffer>();
  let zoom = 1;
  for (const id of ids) {
    const node = page.locator(`.react-flow__node[data-id="${id}"]`);
    const box = (await node.boundingBox())!;
    zoom = box.width / 208;
    onCanvas.set(id, await page.screenshot({ clip: whole(box) }));
  }

  await showExport(page, doc.document);
  await page.evaluate((zoom) => {
    const root = document.querySelector('svg')!;
    const [, , width, height] = root.getAttribute('viewBox')!.split(' ').map(Number);
    root.setAttribute('width', String(width! * zoom));
    root.setAttribute('height', String(height! * zoom));
  }, zoom);
  await page.setViewportSize({ width: 2000, height: 1400 });
  await page.evaluate(() => document.fonts.ready);

  await expectExportedLines(page, doc.document, canvasPaths);

  const results: string[] = [];
  let worst = 0;
  for (const id of ids) {
    const person = page.locator(`g.person[data-id="${id}"] > rect`).first();
    const box = (await person.boundingBox())!;
    const exported = await page.screenshot({ clip: whole(box) });
    const canvas = onCanvas.get(id)!;
    // Kept beside the test's results, to look at when it fails.
    writeFileSync(testInfo.outputPath(`${id}-canvas.png`), canvas);
    writeFileSync(testInfo.outputPath(`${id}-export.png`), exported);
    const { blocks, different } = await compare(page, canvas, exported);
    const share = different / blocks;
    worst = Math.max(worst, share);
    results.push(`${id}: ${different} of ${blocks} blocks differ (${(share * 100).toFixed(1)}%)`);
  }
  console.log(`zoom ${zoom}\n${results.join('\n')}`);
  expect(worst, results.join('\n')).toBeLessThanOrEqual(MAX_DIFFERENT_BLOCKS);
});

test('two related cards put side by side, touching, are still joined by a line, the same on the canvas and in the export', async ({
  page,
}, testInfo) => {
  const seed = JSON.parse(readFileSync(SEED, 'utf8')) as {
    stakeholders: { id: string; position: { x: number; y: number } }[];
  };
  const doc = parseDocumentText(readFileSync(SEED, 'utf8'));
  if (!doc.ok) throw new Error('the seed does not read');
  // The first line's two people, the second moved to touch the first on its right.
  const line = doc.document.relationships[0]!;
  const from = seed.stakeholders.find((person) => person.id === line.from)!;
  const to = seed.stakeholders.find((person) => person.id === line.to)!;
  to.position = { x: from.position.x + 208, y: from.position.y };
  const file = testInfo.outputPath('touching.powermap.json');
  writeFileSync(file, JSON.stringify(seed));
  const touching = parseDocumentText(JSON.stringify(seed));
  if (!touching.ok) throw new Error('the touching variant does not read');

  await importDealFile(page, file);
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await settled(page);
  await page.mouse.move(1, 1);
  writeFileSync(testInfo.outputPath('touching-canvas.png'), await page.screenshot());
  const canvasPaths = await linePathsOnCanvas(page, touching.document);
  // Out of the top of one card, over both, into the top of the other: a path with length.
  const points = numbers(canvasPaths.get(line.id)!);
  const [x0, y0] = points;
  expect(points.length, canvasPaths.get(line.id)).toBeGreaterThan(4);
  expect(y0).toBe(from.position.y);
  expect(points.at(-1)).toBe(to.position.y);
  expect(Math.min(...points.filter((_, i) => i % 2 === 1))).toBeLessThan(from.position.y);
  expect(points.at(-2)).not.toBe(x0);

  await showExport(page, touching.document);
  await expectExportedLines(page, touching.document, canvasPaths);
});
