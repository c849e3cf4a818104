/** The deal-review sheet's model: worded in both languages, the analysis's figures, privacy applied to every part. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { parseDocumentText, type PowermapDocument } from '../../../shared/document';
import { sheet as enSheet } from '../../../shared/i18n/en/sheet';
import { sheet as zhSheet } from '../../../shared/i18n/zh-CN/sheet';
import { continuedLabel, formatValue, pageLabel, signedPoints, type ReviewSheet } from '../../../shared/export';
import { makeDocument, member, person, relationship } from '../../support/builders';
import { readFixtureText, SEED_FIXTURE } from '../../support/fixtures';
import { markNames } from './helpers';
import { allElements, hasClass, parseXml } from './xml';
import { sheetOf, tableOf, type SheetTestOptions } from './exporters';

const EN: SheetTestOptions = { lang: 'en', asOf: '2026-11-26', includePersonal: false, anonymous: false };
const ZH: SheetTestOptions = { ...EN, lang: 'zh-CN' };

function seed(): PowermapDocument {
  const result = parseDocumentText(readFixtureText(SEED_FIXTURE));
  if (!result.ok) throw new Error('the seed fixture does not parse');
  return result.document;
}

/** A small English deal with a value, a decision date, personal fields and a hostile name. */
function deal(): PowermapDocument {
  return makeDocument({
    deal: {
      id: 'd-1',
      name: 'Core banking upgrade',
      account: 'First City Bank',
      value: 1200000,
      currency: 'CNY',
      decisionDate: '2027-03-31',
      purchaseStage: 'evaluation',
      competitors: ['Acme Systems'],
    },
    team: [member('t-1', { name: 'Li Na', role: 'client manager' })],
    stakeholders: [
      person('s-1', {
        name: '<script>alert(1)</script>',
        title: 'Vice president',
        level: 'decision',
        roles: ['decision-maker'],
        attitude: 'neutral',
        closeness: 'distant',
        ownerId: 't-1',
        notes: 'plays golf on Fridays',
        interests: { organizational: '', position: '', personal: 'daughter applying to university' },
        position: { x: 0, y: 0 },
      }),
      person('s-2', {
        name: 'Zhang Hua',
        title: 'Procurement officer',
        roles: ['coach'],
        attitude: 'supporter',
        closeness: 'frequent',
        stage: 'engaged',
        ownerId: 't-1',
        position: { x: 0, y: 200 },
      }),
    ],
    relationships: [relationship('r-1', 'reports-to', 's-2', 's-1')],
  });
}

/** Every string of the sheet except the map's SVG, joined: what a reader of the page sees as text. */
function allText(sheet: ReviewSheet): string {
  const { map: _map, ...rest } = sheet;
  return JSON.stringify(rest);
}

describe('reviewSheet', () => {
  it('has the header of the deal, worded in the language asked for', () => {
    const sheet = sheetOf(deal(), EN);
    expect(sheet.heading).toBe('Core banking upgrade');
    expect(sheet.kind).toBe('Deal review');
    const facts = Object.fromEntries(sheet.facts.map((fact) => [fact.key, `${fact.label}: ${fact.value}`]));
    expect(facts).toEqual({
      account: 'Account: First City Bank',
      stage: 'Purchase stage: evaluation',
      value: `Value: ${formatValue(1200000, 'CNY', 'en')}`,
      decisionDate: 'Expected decision: 2027-03-31',
      asOf: 'As of: 2026-11-26',
      team: 'Prepared by: Li Na',
      competitors: 'Competitors: Acme Systems',
      salesStep: 'Sales step: not chosen',
    });
    expect(facts['value']).toMatch(/1,200,000/);

    const zh = sheetOf(deal(), ZH);
    expect(zh.kind).toBe('项目评审');
    expect(zh.facts.find((fact) => fact.key === 'stage')?.value).toBe('评估比较');
    expect(zh.sections.stakeholders).toBe('干系人');
  });

  it('shows the sales step, the needs in writing (shortened) and the position chart (issue 10)', () => {
    const base = deal();
    const doc = {
      ...base,
      deal: {
        ...base.deal,
        salesStep: 'discover-needs' as const,
        needsRecord: { date: '2026-03-01', text: `Replace the core system ${'and more '.repeat(40)}` },
        standing: { bestSupplier: 'Acme Systems', scores: { price: { ours: 4, best: 8.5 } } },
      },
    };
    const sheet = sheetOf(doc, EN);
    const facts = Object.fromEntries(sheet.facts.map((fact) => [fact.key, fact.value]));
    expect(facts['salesStep']).toBe('discover needs');
    expect(facts['needs']!.startsWith('2026-03-01: Replace the core system')).toBe(true);
    expect(facts['needs']!.endsWith('…')).toBe(true);
    expect(sheet.position!.bestSupplier).toBe('Best supplier: Acme Systems');
    expect(sheet.position!.rows).toHaveLength(8);
    expect(sheet.position!.rows.find((row) => row.key === 'price')).toMatchObject({
      ours: 4,
      best: 8.5,
      oursShown: '4',
      bestShown: '8.5',
      weighing: false,
    });
    expect(sheetOf(doc, ZH).sections.position).toBe('客户选择供应商的要素');
    expect(sheetOf(makeDocument({ deal: { id: 'd', name: 'X' } }), EN).position).toBeNull();
  });

  it('says what is not known rather than leaving a fact out', () => {
    const doc = makeDocument({ deal: { id: 'd', name: 'X' } });
    const facts = sheetOf(doc, { ...EN, asOf: null }).facts;
    expect(facts.map((fact) => fact.key)).toEqual(['stage', 'value', 'decisionDate', 'salesStep']);
    expect(facts.find((fact) => fact.key === 'value')?.value).toBe('not known');
    expect(facts.find((fact) => fact.key === 'decisionDate')?.value).toBe('not set');
  });

  it("gives the analysis's likelihood: base plus the listed terms is the figure, zero terms counted", () => {
    for (const doc of [seed(), deal()]) {
      for (const options of [EN, ZH]) {
        const sheet = sheetOf(doc, options);
        const analysis = analyze(doc, { asOf: options.asOf, lang: options.lang });
        expect(sheet.likelihood.value).toBe(analysis.winLikelihood);
        expect(sheet.likelihood.figure).toBe(`${analysis.winLikelihood}%`);
        expect(sheet.likelihood.base.points).toBe(analysis.explanation.base);
        const sum = sheet.likelihood.terms.reduce((total, term) => total + term.points, sheet.likelihood.base.points);
        expect(sum).toBe(sheet.likelihood.value);
        const nonZero = analysis.explanation.terms.filter((term) => term.points !== 0);
        expect(sheet.likelihood.terms.map((term) => term.label)).toEqual(nonZero.map((term) => term.label));
        const zero = analysis.explanation.terms.length - nonZero.length;
        expect(sheet.likelihood.zeroNote === null).toBe(zero === 0);
        for (const term of sheet.likelihood.terms) expect(term.shown).toBe(signedPoints(term.points));
      }
    }
    // The course example: 39% (README).
    expect(sheetOf(seed(), EN).likelihood.figure).toBe('39%');
  });

  it('groups the gaps by severity, critical first, each with its next step and people', () => {
    const doc = deal();
    const sheet = sheetOf(doc, EN);
    const analysis = analyze(doc, { asOf: EN.asOf, lang: 'en' });
    const order = ['critical', 'warning', 'info'];
    const severities = sheet.gaps.groups.map((group) => group.severity);
    expect([...severities].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(severities);
    const listed = sheet.gaps.groups.flatMap((group) => group.gaps);
    expect(listed.map((gap) => gap.message).sort()).toEqual(analysis.gaps.map((gap) => gap.message).sort());
    for (const group of sheet.gaps.groups) {
      expect(group.heading).toMatch(new RegExp(`\\(${group.gaps.length}\\)$`));
      for (const gap of group.gaps) expect(gap.severity).toBe(group.severity);
    }
    const uncovered = listed.find((gap) => gap.code === 'UNCOVERED');
    expect(uncovered?.title).toBe('Not covered: <script>alert(1)</script>');
    expect(uncovered?.people).toBe('People: <script>alert(1)</script>');
    expect(uncovered?.action).toMatch(/^Next step: /);
    expect(sheet.gaps.none).toBeNull();
  });

  it('holds the stakeholder table, personal columns only when included', () => {
    const doc = deal();
    const without = sheetOf(doc, EN).table;
    expect(without).toMatchObject(tableOf(doc, EN));
    expect(without.header).not.toContain('Notes');
    expect(allText(sheetOf(doc, EN))).not.toContain('golf');
    expect(sheetOf(doc, EN).map.svg).not.toContain('golf');

    const withPersonal = sheetOf(doc, { ...EN, includePersonal: true }).table;
    expect(withPersonal.header).toContain('Notes');
    expect(withPersonal.rows[0]).toContain('plays golf on Fridays');
    expect(withPersonal.rows[0]).toContain('daughter applying to university');
  });

  it('draws the map without its title block, one card per person, text escaped', () => {
    const sheet = sheetOf(deal(), EN);
    const svg = parseXml(sheet.map.svg);
    expect(allElements(svg).filter((element) => hasClass(element, 'person'))).toHaveLength(2);
    expect(allElements(svg).some((element) => hasClass(element, 'title-block'))).toBe(false);
    expect(sheet.map.svg).not.toContain('<script>');
    expect(sheet.map.svg).toContain('&lt;script&gt;');
    expect(sheet.map.svg).toContain(`viewBox="0 0 ${sheet.map.width} ${sheet.map.height}"`);
  });

  it('names nobody in the anonymous variant, in any part', () => {
    const marked = markNames(seed());
    const sheet = sheetOf(marked.doc, { ...EN, anonymous: true, includePersonal: true });
    const everything = `${allText(sheet)}${sheet.map.svg}`;
    for (const name of marked.names) expect(everything).not.toContain(name);
    expect(sheet.footer.note).toBe('Anonymous variant: names replaced by titles');
    expect(sheet.facts.some((fact) => fact.key === 'account')).toBe(false);
    // The same people are still there, under placeholders.
    expect(sheet.table.rows).toHaveLength(marked.doc.stakeholders.length);

    const named = sheetOf(marked.doc, EN);
    expect(allText(named)).toContain(marked.doc.stakeholders[0]!.name);
    expect(named.footer.note).toMatch(/^Confidential/);
  });

  it('fills in page labels and continued headings', () => {
    const sheet = sheetOf(deal(), EN);
    expect(pageLabel(sheet.footer.pageTemplate, 2, 3)).toBe('Page 2 of 3');
    expect(pageLabel(sheetOf(deal(), ZH).footer.pageTemplate, 1, 4)).toBe('第 1 页, 共 4 页');
    expect(continuedLabel(sheet.footer.continuedTemplate, sheet.sections.stakeholders)).toBe(
      'Stakeholders (continued)',
    );
  });

  it('is deterministic', () => {
    expect(sheetOf(seed(), ZH)).toEqual(sheetOf(seed(), ZH));
  });
});

describe('formatValue', () => {
  it('writes the currency, grouped digits and no fractions', () => {
    expect(formatValue(1200000, 'USD', 'en')).toBe('US$1,200,000');
    expect(formatValue(1234.5, undefined, 'en')).toBe('1,234.5');
    expect(formatValue(1200000, 'CNY', 'zh-CN')).toBe('¥1,200,000');
  });
  it('keeps a code Intl does not know as written', () => {
    expect(formatValue(5, 'ZZQ', 'en')).toMatch(/5/);
  });
});

describe('the sheet catalogue', () => {
  it('has the same keys and placeholders in both languages, none empty', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(zhSheet).sort()).toEqual(Object.keys(enSheet).sort());
    for (const key of Object.keys(enSheet) as (keyof typeof enSheet)[]) {
      expect(enSheet[key].trim(), key).not.toBe('');
      expect(zhSheet[key].trim(), key).not.toBe('');
      expect(placeholders(zhSheet[key]), key).toEqual(placeholders(enSheet[key]));
    }
  });
});
