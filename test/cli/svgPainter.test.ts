/**
 * The PDF's map painter covers what drawMap writes: no element or painting attribute it
 * would silently drop, on generated maps in both languages; and what it paints is the
 * drawing's text, in order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { findCjkFont } from '../../cli/export/fonts';
import { registerFonts } from '../../cli/export/pdfText';
import { PAINTED_ELEMENTS, paintSvg, viewBoxOf } from '../../cli/export/svgPainter';
import { documentArb } from '../support/arbitraries';
import { allElements, parseXml, textContent } from '../shared/export/xml';
import { pdfText, seedDocument, squash } from './exportHelpers';
import { tempDir } from './helpers';
import { svgOf } from '../shared/export/exporters';

const temp = tempDir();
afterAll(() => temp.cleanup());

/** Attributes that change what is painted, all of which the painter reads. */
const PAINTED_ATTRIBUTES = new Set([
  'x',
  'y',
  'width',
  'height',
  'rx',
  'd',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'font-weight',
  'text-anchor',
  'marker-end',
  'viewBox',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'orient',
  'id',
]);
/** Attributes that do not paint (metadata, hooks for tests and scripts) or that the painter knowingly leaves out. */
const IGNORED_ATTRIBUTES = new Set([
  'class',
  'role',
  'xmlns',
  'version',
  'xml:lang',
  'preserveAspectRatio',
  'font-family',
  // Italic is only used for "not judged yet" beside a dashed bar; the fonts have no italic face.
  'font-style',
]);

describe('the SVG painter', () => {
  it('understands every element and painting attribute drawMap writes', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 6, history: false }), fc.boolean(), (doc, zh) => {
        const root = parseXml(svgOf(doc, { lang: zh ? 'zh-CN' : 'en', asOf: '2026-11-26' }));
        for (const element of allElements(root)) {
          expect(PAINTED_ELEMENTS as readonly string[]).toContain(element.name);
          for (const name of Object.keys(element.attributes)) {
            if (name.startsWith('data-')) continue;
            expect(PAINTED_ATTRIBUTES.has(name) || IGNORED_ATTRIBUTES.has(name), `${element.name} ${name}`).toBe(true);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("paints the drawing's text, and nothing of its tooltips", async () => {
    const svg = svgOf(seedDocument(), { lang: 'en', asOf: '2026-11-26' });
    const root = parseXml(svg);
    const pdf = new PDFDocument({ size: [viewBoxOf(svg)[2], viewBoxOf(svg)[3]], margin: 0 });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => pdf.on('end', resolve));
    const font = findCjkFont(null, {});
    if (!font.ok) throw new Error('no CJK font: install fonts-noto-cjk (CI installs it)');
    paintSvg(pdf, svg, 0, 0, 1, registerFonts(pdf, font.font));
    pdf.end();
    await done;
    const file = join(temp.dir, 'map.pdf');
    writeFileSync(file, Buffer.concat(chunks));
    const painted = squash(pdfText(file));
    const texts = allElements(root)
      .filter((element) => element.name === 'text')
      .map((element) => squash(textContent(element)))
      .filter((text) => text !== '');
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(painted).toContain(text);
    const titles = allElements(root).filter((element) => element.name === 'title');
    expect(titles.length).toBeGreaterThan(0);
    // A tooltip reads "Name, title…: attitude, …"; none of it is painted as one run.
    for (const title of titles) expect(painted).not.toContain(squash(textContent(title)));
  });
});
