import { CATALOGUES, type Lang, type MessageKey } from './catalogue';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Words a message: looks the key up in the language's catalogue and fills `{name}`
 * placeholders. Parameters are inserted as plain text; nothing here is markup.
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOGUES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator bound to one language. */
export type Translator = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translator {
  return (key, params) => translate(lang, key, params);
}

/** Joins names the way the language lists them ("A, B" or "A、B"). */
export function joinList(lang: Lang, items: readonly string[]): string {
  return items.join(translate(lang, 'list.separator'));
}
