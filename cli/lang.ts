import { langFromLocale, type Lang } from '../shared/i18n';

/**
 * The interface language from the POSIX locale variables, most specific first
 * (LC_ALL, then LC_MESSAGES, then LANG): `zh_CN.UTF-8`, `zh_TW`, `zh` give zh-CN,
 * anything else (including `C` and no locale at all) English.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  if (locale === undefined) return 'en';
  return langFromLocale(locale);
}
