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
import { parseDocumentText } from '../../shared/document';
import { drawMapSvg, prepareExport } from '../../shared/export';
import { COURSE_EXAMPLE_FILE, importCourseExample, settled } from './helpers';

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

  // Every line's path as the canvas draws it, in flow units whatever the zoom.
  const canvasPaths = new Map<string, string>();
  for (const line of doc.document.relationships) {
    const d = await page
      .locator(`.react-flow__edge[data-id="${line.id}"] path.react-flow__edge-path`)
      .getAttribute('d');
    canvasPaths.set(line.id, d ?? '');
  }

  const onCanvas = new Map<string, Buffer>();
  let zoom = 1;
  for (const id of ids) {
    const node = page.locator(`.react-flow__node[data-id="${id}"]`);
    const box = (await node.boundingBox())!;
    zoom = box.width / 208;
    onCanvas.set(id, await page.screenshot({ clip: whole(box) }));
  }

  const view = prepareExport(doc.document, { lang: 'en', includePersonal: false, anonymous: false });
  const svg = drawMapSvg(view, { asOf: '2026-11-26' }).replace(/^<\?xml[^>]*>\s*/, '');
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  await page.evaluate((zoom) => {
    const root = document.querySelector('svg')!;
    const [, , width, height] = root.getAttribute('viewBox')!.split(' ').map(Number);
    root.setAttribute('width', String(width! * zoom));
    root.setAttribute('height', String(height! * zoom));
  }, zoom);
  await page.setViewportSize({ width: 2000, height: 1400 });
  await page.evaluate(() => document.fonts.ready);

  // The same lines run the same way in the export: its path, moved back by the drawing's offset, is the canvas's.
  const first = doc.document.stakeholders[0]!;
  const placed = page.locator(`g.person[data-id="${first.id}"] > rect`).first();
  const dx = Number(await placed.getAttribute('x')) - first.position.x;
  const dy = Number(await placed.getAttribute('y')) - first.position.y;
  const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  for (const line of doc.document.relationships) {
    const d = (await page.locator(`g.line[data-id="${line.id}"] > path`).first().getAttribute('d')) ?? '';
    const exported = numbers(d).map((n, i) => n - (i % 2 === 0 ? dx : dy));
    expect(exported, `line ${line.id}: ${d} against ${canvasPaths.get(line.id)}`).toEqual(
      numbers(canvasPaths.get(line.id)!),
    );
  }

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
