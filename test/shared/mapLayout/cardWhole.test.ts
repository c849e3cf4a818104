/**
 * Which card texts go without their ellipsis's clip on the canvas (cardWhole.ts): only those
 * the layout model keeps whole, with room to spare for a wider font.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/translate';
import { cardLayout } from '../../../shared/mapLayout/cardLayout';
import { ownerOf, subtitleOf } from '../../../shared/mapLayout/cardText';
import { wholeTexts } from '../../../shared/mapLayout/cardWhole';
import { estimateWidth, surelyFits, widthAtMost } from '../../../shared/text/textWidth';
import { CARD } from '../../../shared/mapStyle/tokens';
import { documentArb } from '../../support/arbitraries';
import { person } from '../../support/builders';

const en = translator('en');
const oneLine = (text: string) => text.replace(/[\t\n\r]+/g, ' ');
/** Texts of every kind: Latin, accented, CJK, punctuation, emoji, combining marks, line breaks. */
const CHARS = [
  ...'ABCMWabcmwrt019 .,-()',
  '·',
  '…',
  '—',
  '&',
  '%',
  'é',
  'Œ',
  'Ŵ',
  ...'王芳李娜经理部门',
  '🙂',
  '\u0301',
  '\n',
];
const textArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((chars) => chars.join(''));

describe('widthAtMost', () => {
  it('is never under the estimate (property)', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, bold) => {
        expect(widthAtMost(text, 13, bold)).toBeGreaterThanOrEqual(estimateWidth(oneLine(text), 13, bold));
      }),
    );
  });

  it('counts a character the estimate takes as narrow but a CJK font draws wide as wide', () => {
    // The middle dot is 0.6 em in the estimate and a full em in Noto Sans CJK SC.
    expect(widthAtMost('·', 10)).toBeCloseTo(2 * 0.6 * 10 * 1.1);
    expect(widthAtMost('ab', 10)).toBeCloseTo(2 * 0.6 * 10 * 1.1);
  });
});

describe('wholeTexts', () => {
  it('says a text whole only when the layout model keeps it whole (property)', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 4, history: false }), fc.boolean(), (doc, zh) => {
        const t = translator(zh ? 'zh-CN' : 'en');
        for (const p of doc.stakeholders) {
          const owner = ownerOf(doc, p, t);
          const whole = wholeTexts(p, owner, t);
          const layout = cardLayout(p, owner, t);
          if (whole.name) expect(layout.name.text).toBe(oneLine(p.name));
          if (whole.subtitle && layout.subtitle) expect(layout.subtitle.text).toBe(oneLine(subtitleOf(p)));
          if (whole.owner) expect(layout.owner.name.text).toBe(oneLine(owner!.name));
        }
      }),
    );
  });

  it('says whole every shorter start of a whole name (property)', () => {
    const base = person('p');
    fc.assert(
      fc.property(textArb, (name) => {
        const chars = Array.from(name);
        const wholeAt = (n: number) => wholeTexts({ ...base, name: chars.slice(0, n).join('') }, null, en).name;
        if (!wholeAt(chars.length)) return;
        for (let n = 0; n < chars.length; n++) expect(wholeAt(n)).toBe(true);
      }),
    );
  });

  it('keeps short names, titles and owners whole, Latin and Chinese, and cuts long ones', () => {
    const owner = { name: 'Li Na', initials: 'LN' };
    const short = wholeTexts(
      person('p', { name: 'Wang Wei', title: 'Head of equipment', department: 'IT' }),
      owner,
      en,
    );
    expect(short).toEqual({ name: true, subtitle: true, owner: true });
    const zh = translator('zh-CN');
    expect(
      wholeTexts(person('p', { name: '王芳', title: '经理', department: '' }), { name: '陈杰', initials: '陈杰' }, zh),
    ).toEqual({ name: true, subtitle: true, owner: true });
    const long = wholeTexts(
      person('p', {
        name: 'Maximilian Alexander von Oberwasser-Hohenstein',
        title: 'Deputy general manager for regional operations',
        department: 'Operations',
      }),
      { name: 'Bartholomew Fitzgerald-Worthington', initials: 'BF' },
      en,
    );
    expect(long).toEqual({ name: false, subtitle: false, owner: false });
    expect(wholeTexts(person('p', { name: '中华人民共和国国家发展和改革委员会主任' }), null, zh).name).toBe(false);
  });

  it('never says "No owner" whole: its italic letters lean out of the box the clip cuts', () => {
    expect(wholeTexts(person('p', { name: 'A' }), null, en).owner).toBe(false);
  });

  it('tests a name against the room the attitude pill leaves it', () => {
    // The same name may fit beside a short attitude word and not beside a long one.
    const room = (word: string) => CARD.width - 2 * CARD.padX - CARD.gap - (widthAtMost(word, 11) + 14);
    const name = 'Abcdefghij klmnop';
    const fitsBeside = (attitude: 'neutral' | 'supporter') =>
      surelyFits(name, room(en(`attitude.${attitude}`)), 13, true);
    expect(wholeTexts(person('p', { name, attitude: 'neutral' }), null, en).name).toBe(fitsBeside('neutral'));
    expect(wholeTexts(person('p', { name, attitude: 'supporter' }), null, en).name).toBe(fitsBeside('supporter'));
  });
});
