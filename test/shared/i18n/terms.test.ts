/** One concept, one name, in every catalogue value; one set of role badges wherever they show. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUYING_ROLES } from '../../../shared/document';
import { translate, translatePlural, type MessageKey } from '../../../shared/i18n';
import { CATALOGUES, LANGS } from '../../../shared/i18n/catalogue';
import {
  NO_PLURAL_BY_PARENTHESES,
  ROLE_BADGE_KEY_PREFIX,
  ROLE_BADGES,
  ROLE_BADGE_VARIANTS,
  ROLE_NAMES,
  TERMS,
} from '../../../shared/i18n/terms';

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const matches = (text: string, variant: string | RegExp) =>
  typeof variant === 'string' ? text.includes(variant) : variant.test(text);

describe('one concept, one name', () => {
  for (const lang of LANGS) {
    it(`no ${lang} catalogue value names a concept by a second name`, () => {
      const found: string[] = [];
      for (const [key, value] of Object.entries(CATALOGUES[lang])) {
        for (const [concept, terms] of Object.entries(TERMS)) {
          for (const variant of terms[lang].variants) {
            if (matches(value, variant))
              found.push(`${key}: "${value}" says ${String(variant)}, not ${concept}'s "${terms[lang].term}"`);
          }
        }
        if (NO_PLURAL_BY_PARENTHESES.test(value)) found.push(`${key}: "${value}" makes a plural with parentheses`);
      }
      expect(found).toEqual([]);
    });

    it(`each ${lang} term is in use`, () => {
      const values = Object.values(CATALOGUES[lang]).join('\n').toLowerCase();
      for (const terms of Object.values(TERMS)) expect(values).toContain(terms[lang].term.toLowerCase());
    });
  }

  it('words the what-if the same on the toolbar, the banner and the panel', () => {
    expect(translate('zh-CN', 'action.whatIf.start')).toBe('假设分析');
    expect(translate('zh-CN', 'panels.whatIf.start')).toBe('假设分析');
    expect(translate('zh-CN', 'editor.whatIfBanner')).toContain('假设分析');
    expect(translate('zh-CN', 'action.whatIf.keep')).toBe(translate('zh-CN', 'panels.whatIf.keepLabel'));
    expect(translate('zh-CN', 'action.whatIf.drop')).toBe(translate('zh-CN', 'panels.whatIf.dropLabel'));
  });

  it('counts with proper plurals', () => {
    expect(translatePlural('en', 'panels.whatIf.gaps', 1, { opened: 0 })).toBe('1 gap closed, 0 opened');
    expect(translatePlural('en', 'panels.whatIf.gaps', 2, { opened: 1 })).toBe('2 gaps closed, 1 opened');
    expect(translatePlural('en', 'panels.whatIf.gaps', 0, { opened: 1 })).toBe('0 gaps closed, 1 opened');
    expect(translatePlural('zh-CN', 'panels.whatIf.gaps', 1, { opened: 2 })).toBe('消除 1 个缺口, 新增 2 个');
    expect(translatePlural('en', 'term.competitors', 1)).toBe('1 named competitor');
    expect(translatePlural('en', 'term.competitors', 3)).toBe('3 named competitors');
  });
});

describe('buying roles in running text', () => {
  it('a message names a role in Chinese by the glossary term exactly where the English names it', () => {
    const unpaired: string[] = [];
    for (const [key, english] of Object.entries(CATALOGUES.en)) {
      if (key.startsWith(ROLE_BADGE_KEY_PREFIX)) continue; // badges are short on purpose (below)
      const chinese = CATALOGUES['zh-CN'][key as MessageKey];
      for (const [role, names] of Object.entries(ROLE_NAMES)) {
        if (names.en.test(english) !== names['zh-CN'].test(chinese))
          unpaired.push(`${key} (${role}): "${english}" / "${chinese}"`);
      }
    }
    expect(unpaired).toEqual([]);
  });
});

describe('role badges', () => {
  it('are one set per language, from one key per role', () => {
    for (const lang of LANGS) {
      for (const role of BUYING_ROLES) {
        expect(translate(lang, `${ROLE_BADGE_KEY_PREFIX}${role}` as MessageKey), `${lang} ${role}`).toBe(
          ROLE_BADGES[lang][role],
        );
      }
      const badgeKeys = Object.keys(CATALOGUES[lang]).filter((key) => /role\.?short/i.test(key));
      expect(badgeKeys.sort()).toEqual(BUYING_ROLES.map((role) => `${ROLE_BADGE_KEY_PREFIX}${role}`).sort());
      const variants = Object.entries(CATALOGUES[lang]).filter(([, value]) =>
        ROLE_BADGE_VARIANTS[lang].includes(value),
      );
      expect(variants).toEqual([]);
    }
  });

  it('are looked up by that key wherever the code draws them (card, grid, legend, SVG, deck)', () => {
    const uses: string[] = [];
    for (const dir of ['renderer', 'shared', 'cli']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/[`'"]([\w.]*role\.?short[\w.]*)/gi)) {
          if (!match[1]!.startsWith(ROLE_BADGE_KEY_PREFIX)) uses.push(`${relative(ROOT, file)}: ${match[1]}`);
        }
        if (/role\.?short/i.test(text)) expect(text, relative(ROOT, file)).toContain(ROLE_BADGE_KEY_PREFIX);
      }
    }
    expect(uses).toEqual([]);
  });
});
