/**
 * The catalogues this program has loaded. A catalogue is a large piece of text (each
 * language about 90 KB of the app's script), so the app's window ships English, the language
 * that defines the keys and the one most users start in, and fetches another only to show it
 * (`loadCatalogue`, before drawing in it or switching to it). English is in the window's first
 * script rather than fetched: measured, a fetched first language arrived while the rows were
 * being read and pushed the screen's first mount behind them (docs/PIPELINE.md). The command
 * line, the server and the tests load every language at start (catalogue.ts). Asking for words
 * in a language not loaded is a program error, said clearly, never a screen of keys.
 */
import { en } from './en';
import { LANGS, type Lang } from './langs';
import type { Catalogue } from './messageKeys';

const loaded = new Map<Lang, Catalogue>();
const loading = new Map<Lang, Promise<Catalogue>>();
/** The loaded catalogues in LANGS order, made again only when one is registered (readers compare it by identity). */
let loadedList: readonly Catalogue[] = [];

/** Makes a catalogue available to `translate`. */
export function registerCatalogue(lang: Lang, catalogue: Catalogue): void {
  loaded.set(lang, catalogue);
  loadedList = LANGS.flatMap((each) => loaded.get(each) ?? []);
}

export function isCatalogueLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** The language's catalogue; throws when it was not loaded first. */
export function catalogueOf(lang: Lang): Catalogue {
  const catalogue = loaded.get(lang);
  if (!catalogue)
    throw new Error(`The ${lang} catalogue is not loaded: load it (loadCatalogue) before wording anything in it`);
  return catalogue;
}

/** The catalogues loaded so far, in LANGS order (words read in any language they say). */
export function loadedCatalogues(): readonly Catalogue[] {
  return loadedList;
}

/** Every language but English as a chunk of its own, fetched only when asked for. */
async function importCatalogue(lang: Lang): Promise<Catalogue> {
  return lang === 'zh-CN' ? (await import('./zh-CN')).zhCN : en;
}

/** Loads the language's catalogue (once) and makes it available to `translate`. */
export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const done = loaded.get(lang);
  if (done) return Promise.resolve(done);
  let pending = loading.get(lang);
  if (!pending) {
    pending = importCatalogue(lang).then(
      (catalogue) => {
        registerCatalogue(lang, catalogue);
        loading.delete(lang);
        return catalogue;
      },
      (error: unknown) => {
        // A failed fetch (the app updated under a running window) may be tried again.
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** Loads every language's catalogue: for reading words written in any of them (a contacts file). */
export function loadEveryCatalogue(): Promise<readonly Catalogue[]> {
  return Promise.all(LANGS.map(loadCatalogue));
}

registerCatalogue('en', en);
