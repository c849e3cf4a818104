import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogue';
import { readEnumValue } from '../../../shared/values';

/** A fresh copy of the registry, as the app's window starts: English only (the test setup loads them all). */
async function freshRegistry() {
  vi.resetModules();
  const loaded = await import('../../../shared/i18n/loaded');
  const translate = await import('../../../shared/i18n/translate');
  return { ...loaded, ...translate };
}

describe('the catalogues loaded on demand', () => {
  it('starts with English alone, and refuses to word in another language before it is loaded', async () => {
    const fresh = await freshRegistry();
    expect(fresh.translate('en', 'attitude.supporter')).toBe('supporter');
    expect(fresh.isCatalogueLoaded('zh-CN')).toBe(false);
    expect(() => fresh.translate('zh-CN', 'attitude.supporter')).toThrow(/zh-CN catalogue is not loaded/);
    expect(fresh.loadedCatalogues()).toEqual([CATALOGUES.en]);
  });

  it('loads the language asked for once, and words in it', async () => {
    const fresh = await freshRegistry();
    const [first, second] = await Promise.all([fresh.loadCatalogue('zh-CN'), fresh.loadCatalogue('zh-CN')]);
    expect(first).toBe(second);
    expect(fresh.translate('zh-CN', 'attitude.supporter')).toBe(CATALOGUES['zh-CN']['attitude.supporter']);
    expect(fresh.loadedCatalogues()).toEqual([CATALOGUES.en, CATALOGUES['zh-CN']]);
    expect(await fresh.loadCatalogue('en')).toEqual(CATALOGUES.en);
  });

  it('loads every language for reading a file written in either', async () => {
    const fresh = await freshRegistry();
    const all = await fresh.loadEveryCatalogue();
    expect(all).toEqual([CATALOGUES.en, CATALOGUES['zh-CN']]);
    expect(fresh.loadedCatalogues()).toEqual(all);
  });
});

describe('enumerated words read in the catalogues given', () => {
  it('reads a Chinese word only when the Chinese catalogue is among them', () => {
    const word = CATALOGUES['zh-CN']['attitude.supporter'];
    expect(readEnumValue('attitude', word, [CATALOGUES.en])).toBeUndefined();
    expect(readEnumValue('attitude', word, [CATALOGUES.en, CATALOGUES['zh-CN']])).toBe('supporter');
    // By default every loaded catalogue: the test setup loads both, as the command line does.
    expect(readEnumValue('attitude', word)).toBe('supporter');
    // The format's own value reads whatever the languages.
    expect(readEnumValue('attitude', 'supporter', [])).toBe('supporter');
  });
});
