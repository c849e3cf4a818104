/** The PowerPoint deck: a valid package, native glued shapes, text kept as text, privacy, pagination, determinism. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { ATTITUDES, CLOSENESS, type PowermapDocument } from '../../../../shared/document';
import { translate } from '../../../../shared/i18n';
import { lineCount } from '../../../../shared/export/deck/slides/paginate';
import { estimateWidth } from '../../../../shared/text/textWidth';
import { makeDocument, member, person, relationship } from '../../../support/builders';
import { seed, twelve, XSS_NAME, XSS_TITLE } from '../documents';
import { markNames } from '../helpers';
import { allElements, textContent, type XmlElement } from '../xml';
import { allText, child, children, cNvPr, elements, paragraphs, unpack, type Deck } from './unpack';
import { deckOf } from '../exporters';

const EN = { lang: 'en' as const, asOf: '2026-11-26', includePersonal: false, anonymous: false };
const ZH = { ...EN, lang: 'zh-CN' as const };

/** A map of `count` people in a grid, each reporting to the one above. */
export function grid(count: number): PowermapDocument {
  return makeDocument({
    deal: { id: 'd', name: 'Big deal', account: 'Big bank' },
    team: [member('t-1', { name: 'Li Na' })],
    stakeholders: Array.from({ length: count }, (_, i) =>
      person(`s-${i}`, {
        name: `Person number ${i}`,
        title: i % 3 === 0 ? 'Branch manager' : 'Officer',
        department: `Dept ${i % 7}`,
        roles: i === 0 ? ['decision-maker'] : i % 11 === 0 ? ['technical'] : [],
        attitude: ATTITUDES[i % ATTITUDES.length],
        closeness: CLOSENESS[i % CLOSENESS.length],
        influence: i === 0 ? 40 : null,
        ownerId: i % 2 === 0 ? 't-1' : null,
        notes: `notes ${i}`,
        position: { x: (i % 25) * 240, y: Math.floor(i / 25) * 140 },
      }),
    ),
    relationships: Array.from({ length: Math.max(0, count - 1) }, (_, i) =>
      relationship(`r-${i}`, i % 5 === 0 ? 'influences' : 'reports-to', `s-${i + 1}`, `s-${Math.floor(i / 2)}`),
    ),
  });
}

const slide = (deck: Deck, n: number): XmlElement => deck.xml.get(deck.slides[n]!)!;
const mapSlideOf = (deck: Deck) => slide(deck, 1);

/** The person shapes of a slide: shapes named by the catalogue's "Person: {name}", in document order. */
function personShapes(root: XmlElement, lang: 'en' | 'zh-CN'): XmlElement[] {
  const prefix = translate(lang, 'deck.shape.person', { name: '' });
  return elements(root, 'p:sp').filter((sp) => cNvPr(sp).attributes['name']!.startsWith(prefix));
}

function connectors(root: XmlElement): XmlElement[] {
  return elements(root, 'p:cxnSp').filter((cxn) => elements(cxn, 'a:stCxn').length > 0);
}

function tableSlideNames(deck: Deck, lang: 'en' | 'zh-CN'): string[] {
  const heading = translate(lang, 'deck.table.heading');
  return deck.slides.filter((name) => paragraphs(deck.xml.get(name)!)[0]!.startsWith(heading));
}

describe('buildDeck: the package', () => {
  const deck = unpack(deckOf(twelve(), EN));

  it('starts with [Content_Types].xml, which lists every part', () => {
    expect(deck.order[0]).toBe('[Content_Types].xml');
    const types = deck.xml.get('[Content_Types].xml')!;
    const overrides = new Set(children(types, 'Override').map((o) => o.attributes['PartName']!));
    const defaults = new Set(children(types, 'Default').map((d) => d.attributes['Extension']!));
    for (const name of deck.order) {
      if (name === '[Content_Types].xml') continue;
      const extension = name.slice(name.lastIndexOf('.') + 1);
      expect(overrides.has(`/${name}`) || defaults.has(extension), name).toBe(true);
      if (name.endsWith('.xml')) expect(overrides.has(`/${name}`), `${name} has its own content type`).toBe(true);
    }
    for (const part of overrides) expect(deck.parts.has(part.slice(1)), `${part} exists`).toBe(true);
  });

  it('holds the minimal PresentationML package', () => {
    for (const part of [
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'ppt/presentation.xml',
      'ppt/_rels/presentation.xml.rels',
      'ppt/presProps.xml',
      'ppt/viewProps.xml',
      'ppt/tableStyles.xml',
      'ppt/slideMasters/slideMaster1.xml',
      'ppt/slideMasters/_rels/slideMaster1.xml.rels',
      'ppt/slideLayouts/slideLayout1.xml',
      'ppt/slideLayouts/_rels/slideLayout1.xml.rels',
      'ppt/theme/theme1.xml',
    ]) {
      expect(deck.parts.has(part), part).toBe(true);
    }
  });

  it('lists every slide in presentation.xml, each with its relationships, ids unique', () => {
    const slideParts = deck.order.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect([...deck.slides].sort()).toEqual([...slideParts].sort());
    expect(deck.slides.length).toBeGreaterThanOrEqual(5);
    const sldIds = elements(deck.xml.get('ppt/presentation.xml')!, 'p:sldId').map((s) => Number(s.attributes['id']));
    expect(new Set(sldIds).size).toBe(sldIds.length);
    for (const id of sldIds) expect(id).toBeGreaterThanOrEqual(256);
    for (const name of deck.slides) {
      expect(deck.parts.has(name.replace('slides/', 'slides/_rels/') + '.rels'), name).toBe(true);
    }
  });

  it('points every relationship at a part that exists, with ids unique in each part', () => {
    for (const [name, root] of deck.xml) {
      if (!name.endsWith('.rels')) continue;
      const rels = children(root, 'Relationship');
      expect(new Set(rels.map((r) => r.attributes['Id'])).size, name).toBe(rels.length);
      const base = name.replace(/_rels\/[^/]*\.rels$/, '');
      for (const rel of rels) {
        const resolved = new URL(rel.attributes['Target']!, `http://x/${base}`).pathname.slice(1);
        expect(deck.parts.has(resolved), `${name} -> ${resolved}`).toBe(true);
      }
    }
  });

  it('every r:id a part uses is one of its relationships', () => {
    for (const [name, root] of deck.xml) {
      if (name.endsWith('.rels') || !name.startsWith('ppt/')) continue;
      const relsName = name.replace(/([^/]+)$/, '_rels/$1.rels');
      const ids = new Set(
        deck.xml.has(relsName) ? children(deck.xml.get(relsName)!, 'Relationship').map((r) => r.attributes['Id']) : [],
      );
      for (const element of allElements(root)) {
        const id = element.attributes['r:id'];
        if (id !== undefined) expect(ids.has(id), `${name} uses ${id}`).toBe(true);
      }
    }
  });

  it('gives every slide a title placeholder holding its heading, inherited from the layout and master', () => {
    const titleOf = (root: XmlElement) =>
      elements(root, 'p:sp').filter((sp) => elements(sp, 'p:ph').some((ph) => ph.attributes['type'] === 'title'));
    for (const name of deck.slides) {
      const titles = titleOf(deck.xml.get(name)!);
      expect(titles, name).toHaveLength(1);
      expect(paragraphs(titles[0]!)[0]!.trim(), name).not.toBe('');
    }
    expect(titleOf(deck.xml.get('ppt/slideLayouts/slideLayout1.xml')!)).toHaveLength(1);
    expect(titleOf(deck.xml.get('ppt/slideMasters/slideMaster1.xml')!)).toHaveLength(1);
    expect(paragraphs(titleOf(slide(deck, 0))[0]!)[0]).toBe(twelve().deal.name);
  });

  it('is 16:9', () => {
    const size = child(deck.xml.get('ppt/presentation.xml')!, 'p:sldSz');
    expect(Number(size.attributes['cx']) / Number(size.attributes['cy'])).toBeCloseTo(16 / 9, 3);
  });

  it('never gives two shapes on one slide the same id', () => {
    for (const name of deck.slides) {
      const ids = elements(deck.xml.get(name)!, 'p:cNvPr').map((c) => c.attributes['id']);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('gives every table a grid with one column per cell of every row', () => {
    let tables = 0;
    for (const name of deck.slides) {
      for (const tbl of elements(deck.xml.get(name)!, 'a:tbl')) {
        tables++;
        const columns = elements(tbl, 'a:gridCol').length;
        expect(columns).toBeGreaterThan(0);
        for (const tr of children(tbl, 'a:tr')) expect(children(tr, 'a:tc').length).toBe(columns);
      }
    }
    expect(tables).toBeGreaterThanOrEqual(2);
  });

  it('names both typefaces on every run: Latin and East Asian', () => {
    for (const name of deck.slides) {
      for (const rPr of elements(deck.xml.get(name)!, 'a:rPr')) {
        expect(child(rPr, 'a:latin').attributes['typeface']).toBe('Calibri');
        expect(child(rPr, 'a:ea').attributes['typeface']).toBe('Microsoft YaHei');
      }
    }
  });
});

describe('buildDeck: the map slide', () => {
  for (const options of [EN, ZH]) {
    it(`holds one shape per person and one glued connector per relationship (${options.lang})`, () => {
      const doc = twelve();
      const map = mapSlideOf(unpack(deckOf(doc, options)));
      const shapes = personShapes(map, options.lang);
      expect(shapes.map((sp) => cNvPr(sp).attributes['name'])).toEqual(
        doc.stakeholders.map((p) => translate(options.lang, 'deck.shape.person', { name: p.name })),
      );
      const idOf = new Map(doc.stakeholders.map((p, i) => [p.id, cNvPr(shapes[i]!).attributes['id']]));
      const lines = connectors(map);
      expect(lines).toHaveLength(doc.relationships.length);
      lines.forEach((cxn, i) => {
        const line = doc.relationships[i]!;
        const start = child(cxn, 'a:stCxn');
        const end = child(cxn, 'a:endCxn');
        expect(start.attributes['id']).toBe(idOf.get(line.from));
        expect(end.attributes['id']).toBe(idOf.get(line.to));
        for (const glue of [start, end]) expect(['0', '1', '2', '3']).toContain(glue.attributes['idx']);
      });
    });
  }

  it('styles lines by kind: arrows on reports-to and influences, dashes on ally and conflict, the theme colours', () => {
    const doc = twelve();
    const lines = connectors(mapSlideOf(unpack(deckOf(doc, EN))));
    const look = (cxn: XmlElement) => ({
      color: child(child(cxn, 'a:ln'), 'a:srgbClr').attributes['val'],
      dash: child(cxn, 'a:prstDash').attributes['val'],
      arrow: elements(cxn, 'a:tailEnd').length > 0,
    });
    const byKind = new Map(doc.relationships.map((r, i) => [r.kind, look(lines[i]!)]));
    expect(byKind.get('reports-to')).toEqual({ color: '6B7686', dash: 'solid', arrow: true });
    expect(byKind.get('influences')).toEqual({ color: '2F6FDE', dash: 'solid', arrow: true });
    expect(byKind.get('ally')).toMatchObject({ color: '2B9A55', arrow: false });
    expect(byKind.get('ally')!.dash).not.toBe('solid');
    expect(byKind.get('conflict')).toEqual({ color: 'C62F2F', dash: 'dash', arrow: false });
  });

  it('puts connectors below the cards and starts each at the connection site it is glued to', () => {
    const doc = twelve();
    const map = mapSlideOf(unpack(deckOf(doc, EN)));
    const order = allElements(map).filter((e) => e.name === 'p:cxnSp' || e.name === 'p:grpSp');
    const lastConnector = order.map((e) => e.name).lastIndexOf('p:cxnSp');
    const firstCard = order.findIndex((e) => e.name === 'p:grpSp');
    // The legend (a group with sample lines) comes last; the people's groups come after every glued line.
    expect(firstCard).toBeGreaterThan(order.findIndex((e) => e.name === 'p:cxnSp' && elements(e, 'a:stCxn').length));
    expect(lastConnector).toBeGreaterThan(firstCard); // the legend's samples
    const shapes = new Map(
      personShapes(map, 'en').map((sp) => {
        const off = child(sp, 'a:off').attributes;
        const ext = child(sp, 'a:ext').attributes;
        return [cNvPr(sp).attributes['id'], { x: +off['x']!, y: +off['y']!, w: +ext['cx']!, h: +ext['cy']! }];
      }),
    );
    for (const cxn of connectors(map)) {
      const xfrm = child(cxn, 'a:xfrm');
      const off = child(xfrm, 'a:off').attributes;
      const ext = child(xfrm, 'a:ext').attributes;
      const flipH = xfrm.attributes['flipH'] === '1';
      const flipV = xfrm.attributes['flipV'] === '1';
      const start = { x: +off['x']! + (flipH ? +ext['cx']! : 0), y: +off['y']! + (flipV ? +ext['cy']! : 0) };
      const glue = child(cxn, 'a:stCxn').attributes;
      const box = shapes.get(glue['id'])!;
      const sites = [
        { x: box.x + box.w / 2, y: box.y },
        { x: box.x, y: box.y + box.h / 2 },
        { x: box.x + box.w / 2, y: box.y + box.h },
        { x: box.x + box.w, y: box.y + box.h / 2 },
      ];
      const site = sites[Number(glue['idx'])]!;
      expect(Math.abs(site.x - start.x)).toBeLessThanOrEqual(2);
      expect(Math.abs(site.y - start.y)).toBeLessThanOrEqual(2);
    }
  });

  it('joins two related cards too close for a straight line by the canvas’s bracket, inside the map area', () => {
    // 王桑 (right, at the map's edge) sits on top of 副总, touching; 张华 beside 李建, touching.
    const doc = seed();
    const at = (id: string, x: number, y: number) => {
      const p = doc.stakeholders.find((s) => s.id === id)!;
      doc.stakeholders[doc.stakeholders.indexOf(p)] = { ...p, position: { x, y } };
    };
    at('s-zhanghua', 208, 150);
    at('s-vp', 600, 0);
    at('s-wangsang', 600, 104);
    const map = mapSlideOf(unpack(deckOf(doc, EN)));
    const lineName = (from: string, to: string) =>
      translate('en', 'deck.shape.line', {
        label: translate('en', 'canvas.line.reports-to', {
          from,
          to,
          strength: translate('en', 'canvas.strength.2'),
        }),
      });
    const cards = new Map(
      personShapes(map, 'en').map((sp) => {
        const off = child(sp, 'a:off').attributes;
        const ext = child(sp, 'a:ext').attributes;
        return [cNvPr(sp).attributes['name']!, { x: +off['x']!, y: +off['y']!, w: +ext['cx']!, h: +ext['cy']! }];
      }),
    );
    const bracketOf = (name: string) => {
      const shape = elements(map, 'p:sp').find((sp) => cNvPr(sp).attributes['name'] === name)!;
      expect(shape, name).toBeDefined();
      const off = child(shape, 'a:off').attributes;
      const points = [...elements(shape, 'a:pt')].map((pt) => ({
        x: +off['x']! + +pt.attributes['x']!,
        y: +off['y']! + +pt.attributes['y']!,
      }));
      expect(child(shape, 'a:tailEnd').attributes['type']).toBe('triangle');
      return points;
    };
    const person = (name: string) => cards.get(translate('en', 'deck.shape.person', { name }))!;
    // Over both tops, into 李建's top from above.
    const over = bracketOf(lineName('张华', '李建'));
    expect(over).toHaveLength(4);
    expect(over[1]!.y).toBeLessThan(person('张华').y);
    expect(Math.abs(over[3]!.y - person('李建').y)).toBeLessThanOrEqual(2);
    expect(Math.abs(over[3]!.x - (person('李建').x + person('李建').w / 2))).toBeLessThanOrEqual(2);
    // Round both right sides, into 副总's right side, and no further right than the map area allows.
    const round = bracketOf(lineName('王桑', '副总'));
    expect(round[1]!.x).toBeGreaterThan(person('副总').x + person('副总').w);
    expect(Math.abs(round[3]!.x - (person('副总').x + person('副总').w))).toBeLessThanOrEqual(2);
    const areaName = translate('en', 'export.map.label', { deal: doc.deal.name });
    const area = elements(map, 'p:sp').find((sp) => cNvPr(sp).attributes['name'] === areaName)!;
    const areaRight = +child(area, 'a:off').attributes['x']! + +child(area, 'a:ext').attributes['cx']!;
    expect(round[1]!.x).toBeLessThanOrEqual(areaRight);
    // The other line stays a glued connector.
    expect(connectors(map)).toHaveLength(1);
  });

  it('draws each card in its attitude colour with closeness as the border', () => {
    const doc = twelve();
    const shapes = personShapes(mapSlideOf(unpack(deckOf(doc, EN))), 'en');
    doc.stakeholders.forEach((p, i) => {
      const ln = child(shapes[i]!, 'a:ln');
      expect(child(ln, 'a:srgbClr').attributes['val']).toBe(
        {
          champion: '137A3A',
          supporter: '3FA35B',
          neutral: '8A94A3',
          opponent: 'E07B24',
          blocker: 'C62F2F',
          unknown: 'B9A6D9',
        }[p.attitude],
      );
      const dash = child(ln, 'a:prstDash').attributes['val'];
      expect(dash === 'solid').toBe(p.closeness === 'close' || p.closeness === 'frequent');
    });
    const widths = doc.stakeholders.map(
      (p, i) => [p.closeness, Number(child(shapes[i]!, 'a:ln').attributes['w'])] as const,
    );
    const close = widths.find(([c]) => c === 'close')![1];
    const frequent = widths.find(([c]) => c === 'frequent')![1];
    expect(close).toBeGreaterThan(frequent);
  });

  it('has a legend with every attitude and line kind', () => {
    const texts = paragraphs(mapSlideOf(unpack(deckOf(twelve(), ZH))));
    for (const attitude of ATTITUDES) expect(texts).toContain(translate('zh-CN', `attitude.${attitude}`));
    for (const key of ['reportsTo', 'influences', 'ally', 'conflict'] as const) {
      expect(texts).toContain(translate('zh-CN', `legend.${key}`));
    }
  });

  it('keeps a 500-person map on one slide, every text at least 6 pt', () => {
    const doc = grid(500);
    const deck = unpack(deckOf(doc, EN));
    const map = mapSlideOf(deck);
    expect(personShapes(map, 'en')).toHaveLength(500);
    expect(connectors(map)).toHaveLength(499);
    for (const name of deck.slides) {
      for (const rPr of [...elements(deck.xml.get(name)!, 'a:rPr'), ...elements(deck.xml.get(name)!, 'a:endParaRPr')]) {
        expect(Number(rPr.attributes['sz'])).toBeGreaterThanOrEqual(600);
      }
    }
    // Every shape of the map lies on the slide.
    for (const sp of personShapes(map, 'en')) {
      const off = child(sp, 'a:off').attributes;
      const ext = child(sp, 'a:ext').attributes;
      expect(+off['x']!).toBeGreaterThanOrEqual(0);
      expect(+off['y']!).toBeGreaterThanOrEqual(0);
      expect(+off['x']! + +ext['cx']!).toBeLessThanOrEqual(12192000);
      expect(+off['y']! + +ext['cy']!).toBeLessThanOrEqual(6858000);
    }
  });

  it('fits every one-line label of the map inside its shape, at any size of map', () => {
    for (const doc of [twelve(), seed(), grid(40), grid(500)]) {
      const map = mapSlideOf(unpack(deckOf(doc, ZH)));
      let checked = 0;
      for (const sp of elements(map, 'p:sp')) {
        const bodies = elements(sp, 'a:bodyPr');
        if (bodies.length === 0 || bodies[0]!.attributes['wrap'] !== 'none') continue;
        const body = bodies[0]!.attributes;
        const pt = (emu: string | undefined) => Number(emu ?? 0) / 12700;
        const room = pt(child(sp, 'a:ext').attributes['cx']) - pt(body['lIns']) - pt(body['rIns']);
        for (const p of elements(sp, 'a:p')) {
          const width = elements(p, 'a:r').reduce((sum, r) => {
            const rPr = child(r, 'a:rPr').attributes;
            return sum + estimateWidth(textContent(child(r, 'a:t')), Number(rPr['sz']) / 100, rPr['b'] === '1');
          }, 0);
          expect(width, paragraphs(p)[0]).toBeLessThanOrEqual(room + 0.5);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    }
  });

  it('says so when the map is empty', () => {
    const deck = unpack(deckOf(makeDocument({ deal: { id: 'd', name: 'Empty' } }), EN));
    expect(paragraphs(mapSlideOf(deck))).toContain(translate('en', 'export.map.empty'));
    expect(connectors(mapSlideOf(deck))).toHaveLength(0);
  });
});

describe('buildDeck: text is text', () => {
  it('escapes hostile names and keeps them as written, every part well-formed', () => {
    const bytes = deckOf(twelve(), { ...EN, includePersonal: true });
    const deck = unpack(bytes); // throws on any part that is not well-formed
    for (const [name, text] of deck.parts) {
      expect(text, name).not.toContain('<script');
      expect(text, name).not.toContain('<img');
    }
    const shown = allText(deck);
    expect(shown).toContain(XSS_NAME);
    expect(shown).toContain(']]>&amp;');
    const names = elements(mapSlideOf(deck), 'p:cNvPr').map((c) => c.attributes['name']);
    expect(names).toContain(`Person: ${XSS_NAME}`);
    expect(names).toContain(`Person: ${XSS_TITLE}`);
  });

  it('drops characters XML cannot hold instead of writing a broken part', () => {
    const doc = twelve();
    const bad = {
      ...doc,
      stakeholders: doc.stakeholders.map((p, i) => (i === 0 ? { ...p, name: 'A\u0000B\u0008C\uFFFE' } : p)),
    };
    const deck = unpack(deckOf(bad, EN));
    expect(elements(mapSlideOf(deck), 'p:cNvPr').map((c) => c.attributes['name'])).toContain('Person: ABC');
  });

  it('writes the Chinese deck in Chinese', () => {
    const shown = allText(unpack(deckOf(seed(), ZH)));
    for (const key of ['deck.table.heading', 'deck.gaps.heading', 'deck.title.kicker'] as const) {
      expect(shown).toContain(translate('zh-CN', key));
    }
    expect(shown).toContain(translate('zh-CN', 'deck.map.heading', { deal: seed().deal.name }));
    expect(shown).toContain('赢率');
    expect(shown).toContain('张华');
    expect(shown).not.toContain(translate('en', 'deck.gaps.heading'));
    expect(allText(unpack(deckOf(seed(), EN)))).toContain(translate('en', 'deck.gaps.heading'));
  });
});

describe('buildDeck: the other slides', () => {
  it('puts the deal, account, purchase stage, date and likelihood on the title slide', () => {
    const doc = seed();
    const texts = paragraphs(slide(unpack(deckOf(doc, EN)), 0)).join('\n');
    expect(texts).toContain(doc.deal.name);
    expect(texts).toContain(doc.deal.account);
    expect(texts).toContain(translate('en', 'export.title.stage', { stage: 'evaluation' }));
    expect(texts).toContain('2026-11-26');
    expect(texts).toContain(`${analyze(doc, { asOf: '2026-11-26' }).winLikelihood}%`);
  });

  it('fits a long deal name: smaller on the title slide, cut with an ellipsis in the headings', () => {
    const name = 'Core banking upgrade, data centre move and the new payment platform for every branch '
      .repeat(3)
      .trim();
    const doc = { ...seed(), deal: { ...seed().deal, name } };
    const deck = unpack(deckOf(doc, EN));
    const title = elements(slide(deck, 0), 'p:sp').find((sp) => (paragraphs(sp)[0] ?? '').startsWith('Core banking'))!;
    const size = Number(child(title, 'a:rPr').attributes['sz']) / 100;
    expect(size).toBeLessThan(34);
    expect(size).toBeGreaterThanOrEqual(20);
    const mapHeading = paragraphs(mapSlideOf(deck))[0]!;
    expect(mapHeading.endsWith('…')).toBe(true);
    expect(estimateWidth(mapHeading, 22, true)).toBeLessThanOrEqual(960 - 72);
  });

  it('explains the likelihood: base plus every term, the column adding up to the figure', () => {
    const doc = seed();
    const analysis = analyze(doc, { asOf: '2026-11-26', lang: 'en' });
    const tbl = elements(slide(unpack(deckOf(doc, EN)), 2), 'a:tbl')[0]!;
    const rows = children(tbl, 'a:tr').map((tr) => children(tr, 'a:tc').map((tc) => textContent(tc)));
    expect(rows.at(-1)).toEqual([translate('en', 'deck.likelihood.total'), String(analysis.winLikelihood)]);
    const points = rows.slice(1, -1).map(([, p]) => Number(p!.replace('\u2212', '-')));
    expect(points.reduce((a, b) => a + b, 0)).toBe(analysis.winLikelihood);
    for (const term of analysis.explanation.terms) expect(rows.map(([label]) => label)).toContain(term.label);
  });

  it('sums the smallest terms of a big map into one row that keeps the total', () => {
    const doc = grid(60);
    const analysis = analyze(doc, { asOf: '2026-11-26', lang: 'en' });
    const tbl = elements(slide(unpack(deckOf(doc, EN)), 2), 'a:tbl')[0]!;
    const rows = children(tbl, 'a:tr').map((tr) => children(tr, 'a:tc').map((tc) => textContent(tc)));
    expect(rows.length).toBeLessThanOrEqual(18);
    const points = rows.slice(1, -1).map(([, p]) => Number(p!.replace('\u2212', '-')));
    expect(points.reduce((a, b) => a + b, 0)).toBe(analysis.winLikelihood);
    const listed = rows.length - 4; // header, base, "n more", total
    expect(rows.map(([label]) => label)).toContain(
      translate('en', 'deck.likelihood.more', { count: analysis.explanation.terms.length - listed }),
    );
  });

  it('lists every gap with its action, grouped by severity, over as many slides as needed', () => {
    for (const [doc, minimum] of [
      [seed(), 1],
      [grid(120), 2],
    ] as const) {
      const analysis = analyze(doc, { asOf: '2026-11-26', lang: 'en' });
      const deck = unpack(deckOf(doc, EN));
      const heading = translate('en', 'deck.gaps.heading');
      const gapSlides = deck.slides.filter((name) => paragraphs(deck.xml.get(name)!)[0]!.startsWith(heading));
      expect(gapSlides.length).toBeGreaterThanOrEqual(minimum);
      const shown = gapSlides.flatMap((name) => paragraphs(deck.xml.get(name)!));
      for (const gap of analysis.gaps) {
        expect(shown.filter((text) => text === gap.message).length, gap.message).toBeGreaterThanOrEqual(1);
        expect(shown).toContain(translate('en', 'deck.gaps.action', { action: gap.action }));
      }
      // Critical before warning before info.
      const firstOf = (severity: 'critical' | 'warning' | 'info') =>
        shown.findIndex((text) => text.startsWith(translate('en', `deck.severity.${severity}`)));
      const present = (['critical', 'warning', 'info'] as const).filter((s) =>
        analysis.gaps.some((g) => g.severity === s),
      );
      const positions = present.map(firstOf);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      if (gapSlides.length > 1)
        expect(paragraphs(deck.xml.get(gapSlides[1]!)!)[0]).toContain(`(2/${gapSlides.length})`);
    }
  });

  it('fits the gaps of a big map on their slides, cutting only a message as long as a list of 300 names', () => {
    const doc = grid(300);
    const many = { ...doc, stakeholders: doc.stakeholders.map((p) => ({ ...p, roles: ['technical' as const] })) };
    const deck = unpack(deckOf(many, EN));
    const heading = translate('en', 'deck.gaps.heading');
    const gapSlides = deck.slides.filter((name) => paragraphs(deck.xml.get(name)!)[0]!.startsWith(heading));
    expect(gapSlides.length).toBeGreaterThan(3);
    let cut = 0;
    for (const name of gapSlides) {
      const box = elements(deck.xml.get(name)!, 'p:sp')[1]!;
      const pt = (emu: string | undefined) => Number(emu ?? 0) / 12700;
      const width = pt(child(box, 'a:ext').attributes['cx']);
      let height = 0;
      for (const p of elements(box, 'a:p')) {
        const pPr = child(p, 'a:pPr');
        const size = Number(child(p, 'a:rPr').attributes['sz']) / 100;
        const before = elements(pPr, 'a:spcPts')[0]?.attributes['val'];
        const text = paragraphs(p)[0]!;
        if (text.endsWith('…')) cut++;
        height += lineCount(text, size, width - pt(pPr.attributes['marL'])) * size * 1.2 + Number(before ?? 0) / 100;
      }
      expect(height, name).toBeLessThanOrEqual(pt(child(box, 'a:ext').attributes['cy']));
    }
    expect(cut).toBeGreaterThan(0);
    // A group that goes on over a page break says so.
    expect(
      gapSlides
        .slice(1)
        .some((name) =>
          paragraphs(deck.xml.get(name)!)[1]!.endsWith(
            translate('en', 'deck.gaps.groupContinued', { severity: '' }).trim(),
          ),
        ),
    ).toBe(true);
  });

  it('paginates the stakeholder table: at most 12 people a slide, every person once, in map order', () => {
    for (const count of [0, 1, 12, 13, 30]) {
      const doc = grid(count);
      const deck = unpack(deckOf(doc, EN));
      const slides = tableSlideNames(deck, 'en');
      expect(slides.length, `${count} people`).toBe(Math.max(1, Math.ceil(count / 12)));
      const names = slides.flatMap((name) => {
        const tbl = elements(deck.xml.get(name)!, 'a:tbl')[0];
        if (!tbl) return [];
        return children(tbl, 'a:tr')
          .slice(1)
          .map((tr) => textContent(children(tr, 'a:tc')[0]!));
      });
      expect(names).toEqual(doc.stakeholders.map((p) => p.name));
    }
  });
});

describe('buildDeck: privacy', () => {
  it('leaves interests and notes out unless they are included', () => {
    const doc = twelve();
    const without = [...unpack(deckOf(doc, EN)).parts.values()].join('\n');
    const withPersonal = [...unpack(deckOf(doc, { ...EN, includePersonal: true })).parts.values()].join('\n');
    for (let i = 0; i < doc.stakeholders.length; i++) {
      for (const marker of [`«note-${i}»`, `«org-${i}»`, `«pos-${i}»`, `«personal-${i}»`]) {
        expect(without).not.toContain(marker);
        expect(withPersonal).toContain(marker);
      }
    }
  });

  for (const options of [EN, ZH]) {
    it(`names nobody in any part of the anonymous deck (${options.lang})`, () => {
      const { doc, names } = markNames(twelve());
      const named = [...unpack(deckOf(doc, { ...options, includePersonal: true })).parts.values()].join('\n');
      expect(names.some((name) => named.includes(name))).toBe(true);
      for (const includePersonal of [false, true]) {
        const anonymous = unpack(deckOf(doc, { ...options, includePersonal, anonymous: true }));
        for (const [part, text] of anonymous.parts) {
          for (const name of names) expect(text, `${name} in ${part}`).not.toContain(name);
        }
      }
    });
  }
});

describe('buildDeck: determinism and speed', () => {
  it('gives the same bytes for the same input', () => {
    const a = deckOf(twelve(), ZH);
    const b = deckOf(JSON.parse(JSON.stringify(twelve())) as PowermapDocument, ZH);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('writes nothing from the clock: no date without asOf', () => {
    for (const asOf of [null, undefined, '']) {
      const deck = unpack(deckOf(seed(), { ...EN, asOf }));
      expect(deck.parts.get('docProps/core.xml')!).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(paragraphs(slide(deck, 0)).join('\n')).not.toContain(
        translate('en', 'export.title.date', { date: '' }).trim(),
      );
    }
  });
});
