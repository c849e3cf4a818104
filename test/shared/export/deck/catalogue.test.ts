/** The deck's wording: complete in both languages, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { deck as en } from '../../../../shared/i18n/en/deck';
import { deck as zh } from '../../../../shared/i18n/zh-CN/deck';
import { translate } from '../../../../shared/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the deck catalogue', () => {
  it('has the same keys in both languages, none empty, each with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(key.startsWith('deck.'), key).toBe(true);
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('is registered in the catalogues, and the Chinese is Chinese', () => {
    expect(translate('en', 'deck.gaps.heading')).toBe(en['deck.gaps.heading']);
    expect(translate('zh-CN', 'deck.gaps.heading')).toBe(zh['deck.gaps.heading']);
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      const words = zh[key].replace(/\{\w+\}/g, '');
      if (words.replace(/[\s\p{P}\d()/]/gu, '') === '') continue; // only punctuation and placeholders
      expect(/\p{Script=Han}/u.test(words), key).toBe(true);
    }
  });
});
