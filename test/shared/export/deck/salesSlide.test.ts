/** The deck's sales-step and position slide (issue 10): native shapes, both languages. */
import { describe, expect, it } from 'vitest';
import { deckSlidesOf } from '../exporters';
import { parseDocumentText } from '../../../../shared/document';
import { SEED_FIXTURE, readFixtureText } from '../../../support/fixtures';

function seed(withScores: boolean) {
  const raw = JSON.parse(readFixtureText(SEED_FIXTURE)) as { deal: Record<string, unknown> };
  raw.deal['salesStep'] = 'present-value';
  raw.deal['needsRecord'] = { date: '2026-03-01', text: 'Replace <the> teller system & more' };
  if (withScores) {
    raw.deal['competitors'] = ['Acme'];
    raw.deal['standing'] = {
      bestSupplier: 'Acme',
      scores: { performance: { ours: 5, best: 9 }, price: { best: 6.5 } },
    };
  }
  const parsed = parseDocumentText(JSON.stringify(raw));
  if (!parsed.ok) throw new Error('bad fixture');
  return parsed.document;
}

const slideOf = (lang: 'en' | 'zh-CN', withScores = true) =>
  deckSlidesOf(seed(withScores), { lang, includePersonal: false, anonymous: false }).find((xml) =>
    xml.includes(lang === 'en' ? 'Position against the best supplier' : '客户选择供应商的要素'),
  )!;

describe('the sales step and position slide', () => {
  it('is in the deck, with the step, the needs as text and the signs to move on', () => {
    const xml = slideOf('en');
    expect(xml).toContain('Our step: present value');
    expect(xml).toContain('Replace &lt;the&gt; teller system &amp; more');
    expect(xml).toContain('The decision-makers and technical buyers support our solution');
  });

  it('draws the chart as native rectangles, one per scored bar, never as a picture', () => {
    const xml = slideOf('en');
    expect(xml).not.toContain('<p:pic');
    expect(xml).toContain('name="product performance: Our position 5"');
    expect(xml).toContain('name="product performance: Best supplier 9"');
    expect(xml).toContain('name="price: Best supplier 6.5"');
    expect(xml).not.toContain('name="price: Our position');
    expect(xml).toMatch(/<a:prstGeom prst="rect">/);
  });

  it('is worded in Chinese with the glossary terms', () => {
    const xml = slideOf('zh-CN');
    expect(xml).toContain('我们的步骤: 呈现价值');
    expect(xml).toContain('产品性能');
    expect(xml).toContain('业界最佳');
  });
});
