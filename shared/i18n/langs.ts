/** The interface languages, and how one is picked from a locale. */
export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Picks the closest interface language for a BCP 47 tag or POSIX locale (`zh-Hans-CN`, `zh_CN.UTF-8`, `en-GB`). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh(?:[-_.@]|$)/i.test(locale) ? 'zh-CN' : 'en';
}
