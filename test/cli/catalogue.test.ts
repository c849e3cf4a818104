/** The command line's message catalogue: complete in both languages, same placeholders. */
import { describe, expect, it } from 'vitest';
import { cli as en } from '../../shared/i18n/en/cli';
import { cli as zh } from '../../shared/i18n/zh-CN/cli';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the CLI catalogue', () => {
  it('has the same keys in English and Chinese, none empty, and no placeholder key left', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)]) expect(text.trim(), key).not.toBe('');
    expect(en).not.toHaveProperty('cli.placeholder');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('keeps the command and option names untranslated in the Chinese help', () => {
    for (const word of ['validate', 'analyze', 'diff', '--json', '--lang', '--as-of', '--help', '--version']) {
      expect(zh['cli.help.main'] + zh['cli.help.analyze']).toContain(word);
    }
  });
});
