import { isLang, langFromLocale, type Lang } from '../../shared/i18n';

const KEY = 'powermap.lang';

/** The language the user chose before, else the system's. */
export function initialLang(systemLocale: string, storage: Pick<Storage, 'getItem'> | null): Lang {
  const saved = storage?.getItem(KEY);
  return isLang(saved) ? saved : langFromLocale(systemLocale);
}

export function rememberLang(lang: Lang, storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this session.
  }
}
