/** The map as SVG: well-formed, one card per person and one line per relationship, text kept as text, deterministic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { type PowermapDocument } from '../../../shared/document';
import { layoutMap } from '../../../shared/export/drawMap';
import { estimateWidth } from '../../../shared/text/textWidth';
import { routeBetween } from '../../../shared/mapLayout/lineRoute';
import { lineShape } from '../../../shared/mapLayout/lineShape';
import { CARD, lineLook } from '../../../shared/mapStyle/tokens';
import { documentArb } from '../../support/arbitraries';
import { makeDocument, person } from '../../support/builders';
import { seed, twelve, XSS_NAME, XSS_TITLE } from './documents';
import { markNames } from './helpers';
import { allElements, hasClass, parseXml, textContent, texts, type XmlElement } from './xml';
import { svgOf, type DrawTestOptions } from './exporters';

const EN: DrawTestOptions = { lang: 'en', asOf: '2026-11-30', date: '2026-11-30' };
const ZH: DrawTestOptions = { lang: 'zh-CN', asOf: '2026-11-30', date: '2026-11-30' };

const people = (root: XmlElement) => allElements(root).filter((e) => e.name === 'g' && hasClass(e, 'person'));
const lines = (root: XmlElement) => allElements(root).filter((e) => e.name === 'g' && hasClass(e, 'line'));
const child = (element: XmlElement, name: string) =>
  element.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
const byClass = (element: XmlElement, name: string) => allElements(element).find((e) => hasClass(e, name));

describe('drawMapSvg', () => {
  it('writes a standalone, well-formed SVG 1.1 document', () => {
    const svg = svgOf(seed(), ZH);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', version: '1.1' });
    const [x, y, width, height] = root.attributes['viewBox']!.split(' ').map(Number);
    expect([x, y]).toEqual([0, 0]);
    expect(root.attributes['width']).toBe(String(width));
    expect(root.attributes['height']).toBe(String(height));
    expect(root.attributes['font-family']).toMatch(/^'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC'/);
    expect(root.attributes['font-family']).toMatch(/sans-serif$/);
  });

  it('draws one card per person and one line per relationship, found by class and data-id', () => {
    const doc = twelve();
    const root = parseXml(svgOf(doc, EN));
    expect(people(root).map((g) => g.attributes['data-id'])).toEqual(doc.stakeholders.map((p) => p.id));
    expect(lines(root).map((g) => g.attributes['data-id'])).toEqual(doc.relationships.map((r) => r.id));
    expect(lines(root).map((g) => g.attributes['class'])).toEqual(doc.relationships.map((r) => `line line--${r.kind}`));
  });

  it('keeps hostile names and titles as text, never as elements', () => {
    const doc = twelve();
    const svg = svgOf(doc, EN);
    const root = parseXml(svg);
    const names = new Set(allElements(root).map((e) => e.name));
    for (const forbidden of ['script', 'img', 'foreignObject', 'a', 'iframe']) expect(names.has(forbidden)).toBe(false);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    // The card's title (its accessible description) holds the whole name and title as text.
    const cards = people(root);
    expect(textContent(child(cards[0]!, 'title')!)).toContain(XSS_NAME);
    expect(textContent(child(cards[2]!, 'title')!)).toContain(XSS_TITLE);
    // The drawn name starts as written (it may be shortened with an ellipsis to fit).
    expect(textContent(byClass(cards[0]!, 'name')!)).toMatch(/^<script>/);
    expect(textContent(byClass(cards[11]!, 'name')!)).toBe(']]>&amp;');
    // Ids with markup characters survive as attribute values.
    expect(lines(root).map((line) => line.attributes['data-id'])).toContain('r-"8"<');
    // The deal name in the title block, too.
    expect(texts(root)).toContain('Core banking <upgrade> & "more"');
  });

  it('shows Chinese names, titles and the vocabulary in Chinese', () => {
    const root = parseXml(svgOf(seed(), ZH));
    const shown = texts(root);
    for (const name of ['张华', '李建', '王桑', '副总', '设备采购项目']) expect(shown).toContain(name);
    expect(shown).toContain('采购 · 设备科');
    expect(shown).toContain('支持者');
    expect(shown).toContain('经济');
    expect(shown).toContain('无负责人');
    expect(shown.some((t) => t.includes('客户: 示例客户'))).toBe(true);
    expect(shown.some((t) => t.includes('评估比较'))).toBe(true);
  });

  it('is deterministic: the same map and options give the same bytes', () => {
    expect(svgOf(twelve(), EN)).toBe(svgOf(twelve(), EN));
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 5, history: false }), (doc) => {
        const copy = JSON.parse(JSON.stringify(doc)) as PowermapDocument;
        expect(svgOf(copy, ZH)).toBe(svgOf(doc, ZH));
      }),
      { numRuns: 30 },
    );
  });

  it('is well-formed with one card per person and one line per relationship for generated maps', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 6, history: false }), fc.boolean(), (doc, zh) => {
        const root = parseXml(svgOf(doc, zh ? ZH : EN));
        expect(people(root).map((g) => g.attributes['data-id'])).toEqual(doc.stakeholders.map((p) => p.id));
        expect(lines(root).map((g) => g.attributes['data-id'])).toEqual(doc.relationships.map((r) => r.id));
      }),
      { numRuns: 60 },
    );
  });

  it('draws the title block: deal, account, purchase stage, date and the win likelihood as an estimate', () => {
    const doc = twelve();
    const root = parseXml(svgOf(doc, EN));
    const block = byClass(root, 'title-block')!;
    const shown = texts(block);
    expect(shown[0]).toBe(doc.deal.name);
    expect(shown[1]).toBe('Account: 示例客户   ·   Purchase stage: evaluation   ·   As of 2026-11-30');
    const likelihood = analyze(doc, { asOf: '2026-11-30' }).winLikelihood;
    expect(byClass(block, 'likelihood')!.attributes['data-value']).toBe(String(likelihood));
    expect(shown).toContain(`${likelihood}%`);
    expect(shown).toContain('Win likelihood (estimate)');
    // A custom heading moves the deal name to the line below.
    const titled = texts(byClass(parseXml(svgOf(doc, { ...ZH, title: '交易评审' })), 'title-block')!);
    expect(titled[0]).toBe('交易评审');
    expect(titled[1]).toMatch(/^Core banking <upgrade> & "more" {3}· {3}客户: 示例客户/);
    expect(titled).toContain('赢率 (估计)');
  });

  it('draws a legend with every attitude, closeness, line kind and buying role', () => {
    const legend = texts(byClass(parseXml(svgOf(seed(), EN)), 'legend')!);
    for (const word of ['champion', 'supporter', 'neutral', 'opponent', 'blocker', 'unknown'])
      expect(legend).toContain(word);
    for (const word of ['close', 'frequent', 'distant', 'no contact']) expect(legend).toContain(word);
    for (const word of [
      'reports to (arrow to the manager)',
      'ally: shared interests',
      'conflict: conflicting interests',
    ]) {
      expect(legend).toContain(word);
    }
    for (const word of ['DM', 'Tech', 'User', 'Fin', 'Coach', 'decision-maker', 'coach'])
      expect(legend).toContain(word);
  });

  it('shows the card like the canvas: attitude colour and word, closeness border, role badges, influence, owner', () => {
    const doc = twelve();
    const cards = people(parseXml(svgOf(doc, EN)));
    const border = (card: XmlElement) => byClass(card, 'card-border')!.attributes;
    // s-0: champion, no contact (dotted), decision-maker, influence 0, no owner.
    expect(cards[0]!.attributes['data-attitude']).toBe('champion');
    expect(border(cards[0]!)).toMatchObject({ stroke: '#137a3a', 'stroke-width': '2', 'stroke-dasharray': '2 2' });
    expect(textContent(byClass(cards[0]!, 'attitude')!)).toBe('champion');
    expect(byClass(cards[0]!, 'role--decision-maker')).toBeDefined();
    expect(textContent(byClass(cards[0]!, 'influence')!)).toBe('0%');
    expect(textContent(byClass(cards[0]!, 'owner')!)).toBe('?no owner');
    // s-1: supporter, distant (thin, dashed), technical + coach, owner Li Na.
    expect(border(cards[1]!)).toMatchObject({ stroke: '#3fa35b', 'stroke-width': '1', 'stroke-dasharray': '3 3' });
    expect(texts(cards[1]!)).toEqual(expect.arrayContaining(['Tech', 'Coach', '7%', 'LN', 'Li Na', '张华']));
    // s-2: neutral, frequent (medium, solid); s-3: opponent, close (thick, solid).
    expect(border(cards[2]!)).toMatchObject({ stroke: '#8a94a3', 'stroke-width': '2' });
    expect(border(cards[2]!)['stroke-dasharray']).toBeUndefined();
    expect(border(cards[3]!)).toMatchObject({ stroke: '#e07b24', 'stroke-width': '4' });
    expect(border(cards[3]!)['stroke-dasharray']).toBeUndefined();
    // s-4: influence not judged; s-5: owner 王小明 (a Chinese name's badge holds its first two characters).
    expect(textContent(byClass(cards[4]!, 'influence')!)).toBe('not judged');
    expect(texts(cards[5]!)).toEqual(expect.arrayContaining(['王小', '王小明']));
  });

  it("styles lines by kind as the canvas does: the tokens' colours and widths, arrow heads, dashes", () => {
    const root = parseXml(svgOf(twelve(), EN));
    const line = (id: string) => lines(root).find((l) => l.attributes['data-id'] === id)!;
    const path = (id: string) => child(line(id), 'path')!.attributes;
    const arrow = (id: string) => byClass(line(id), 'arrow');
    expect(path('r-1')).toMatchObject({ stroke: '#6b7686', 'stroke-width': String(lineLook('reports-to', 2).width) });
    expect(arrow('r-1')!.attributes['fill']).toBe('#6b7686');
    expect(path('r-2')).toMatchObject({ stroke: '#2f6fde', 'stroke-width': String(lineLook('influences', 1).width) });
    expect(path('r-3')).toMatchObject({ 'stroke-width': String(lineLook('influences', 3).width) });
    expect(arrow('r-3')).toBeDefined();
    expect(path('r-4')).toMatchObject({ stroke: '#2b9a55', 'stroke-dasharray': '10 3 2 3' });
    expect(arrow('r-4')).toBeUndefined();
    expect(path('r-5')).toMatchObject({ stroke: '#c62f2f', 'stroke-dasharray': '6 5' });
    // No markers: the arrow heads are small paths, as on the canvas.
    expect(allElements(root).some((e) => e.name === 'marker')).toBe(false);
  });

  it("runs every line by the canvas's rule: the shared route (round the cards in its way) and the shared shape", () => {
    const doc = twelve();
    const layout = layoutMap(doc);
    const boxes = new Map(layout.cards.map((c) => [c.person.id, c]));
    const root = parseXml(svgOf(doc, EN));
    for (const { line, points } of layout.lines) {
      const from = boxes.get(line.from)!;
      const to = boxes.get(line.to)!;
      expect(points, line.id).toEqual(routeBetween(from, to, layout.cards));
      const drawn = child(
        lines(root).find((l) => l.attributes['data-id'] === line.id)!,
        'path',
      )!.attributes['d'];
      expect(drawn, line.id).toBe(lineShape(line.kind, points).path);
    }
  });

  it('fits the map with margins: every card inside the drawing, the top-left card at the margin', () => {
    const doc = makeDocument({
      stakeholders: [
        person('a', { position: { x: -5000, y: 9000 } }),
        person('b', { position: { x: -4000, y: 9500 } }),
      ],
    });
    const layout = layoutMap(doc);
    expect(layout.cards[0]).toMatchObject({ x: 48, y: 136 });
    for (const c of layout.cards) {
      expect(c.x + c.width).toBeLessThanOrEqual(layout.width);
      expect(c.y + c.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('shortens long texts with an ellipsis so that they fit the card', () => {
    const long = 'Head of Operations and Branch Network Transformation Programme';
    const doc = makeDocument({
      stakeholders: [person('a', { name: '欧阳'.repeat(20), title: long, department: '科技处' })],
    });
    const card = people(parseXml(svgOf(doc, EN)))[0]!;
    const subtitle = textContent(byClass(card, 'subtitle')!);
    expect(subtitle.endsWith('…')).toBe(true);
    expect(estimateWidth(subtitle, 11)).toBeLessThanOrEqual(CARD.width - 2 * CARD.padX);
    const name = textContent(byClass(card, 'name')!);
    expect(name.endsWith('…')).toBe(true);
    expect(name.startsWith('欧阳欧阳')).toBe(true);
  });

  it('scales to a requested size without changing the drawing', () => {
    const natural = parseXml(svgOf(seed(), EN));
    const sized = parseXml(svgOf(seed(), { ...EN, width: 1280, height: 720 }));
    expect(sized.attributes).toMatchObject({ width: '1280', height: '720', preserveAspectRatio: 'xMidYMid meet' });
    expect(sized.attributes['viewBox']).toBe(natural.attributes['viewBox']);
  });

  it('draws an empty map with a note instead of cards', () => {
    const root = parseXml(svgOf(makeDocument(), EN));
    expect(people(root)).toHaveLength(0);
    expect(texts(root)).toContain('No people on the map yet.');
  });

  it('never draws personal fields, and the anonymous variant draws no name', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 5, history: false }), fc.boolean(), (generated, zh) => {
        const { doc, names } = markNames(generated);
        const options = zh ? ZH : EN;
        const named = svgOf(doc, options);
        for (const p of doc.stakeholders) {
          expect(named).not.toContain(p.notes.trim() === '' ? '\u0000' : escapeForSearch(p.notes));
        }
        const svg = svgOf(doc, { ...options, anonymous: true });
        for (const name of names) expect(svg).not.toContain(name);
        expect(people(parseXml(svg))).toHaveLength(doc.stakeholders.length);
      }),
      { numRuns: 60 },
    );
  });
});

/** Notes as they would appear in the SVG if they were drawn (escaped). */
function escapeForSearch(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
