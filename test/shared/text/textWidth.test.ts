/** The width estimate behind truncation: CJK counts double, and cuts never split a character. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWidth, textUnits, truncateToWidth } from '../../../shared/text/textWidth';

describe('textUnits and estimateWidth', () => {
  it('counts a CJK character as two units, a Latin letter about one, a combining mark nothing', () => {
    expect(textUnits('张华')).toBe(4);
    expect(textUnits('abc')).toBe(3);
    expect(textUnits('ｅ')).toBe(2);
    expect(textUnits('e\u0301')).toBe(1);
    expect(textUnits('ill')).toBeLessThan(3);
    expect(textUnits('MW')).toBeGreaterThan(3);
  });

  it('errs wide: a CJK glyph (1 em) is estimated wider than it draws', () => {
    expect(estimateWidth('张', 10)).toBeGreaterThanOrEqual(10);
    expect(estimateWidth('张', 10, true)).toBeGreaterThan(estimateWidth('张', 10));
  });
});

describe('truncateToWidth', () => {
  it('leaves text that fits, and ends text that does not with an ellipsis within the width', () => {
    expect(truncateToWidth('Zhang Hua', 200, 13)).toBe('Zhang Hua');
    const cut = truncateToWidth('欧阳明月欧阳明月欧阳明月欧阳明月', 100, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateWidth(cut, 13)).toBeLessThanOrEqual(100);
  });

  it('draws line breaks as spaces', () => {
    expect(truncateToWidth('a\nb\r\nc', 200, 11)).toBe('a b c');
  });

  it('never exceeds the width and never splits a character or a grapheme', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 20, max: 300 }), (text, width) => {
        const cut = truncateToWidth(text, width, 12);
        if (cut !== text.replace(/[\t\n\r]+/g, ' ')) {
          expect(estimateWidth(cut, 12)).toBeLessThanOrEqual(width);
          expect(cut.endsWith('…')).toBe(true);
        }
        expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
      { numRuns: 300 },
    );
  });
});
