/** The history wording: complete in both languages, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { history as en } from '../../../shared/i18n/en/history';
import { history as zh } from '../../../shared/i18n/zh-CN/history';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the history catalogue', () => {
  it('has the same keys in both languages, none empty, each with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(key.startsWith('history.'), key).toBe(true);
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
