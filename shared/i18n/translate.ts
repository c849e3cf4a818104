import type { Lang } from './langs';
import { catalogueOf } from './loaded';
import type { MessageKey } from './messageKeys';

export type MessageParams = Readonly<Record<string, string | number>>;

/** A template split once into literal text (even slots) and parameter names (odd slots). */
type Compiled = readonly string[];
const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Words a message: looks the key up in the language's catalogue and fills `{name}`
 * placeholders. Parameters are inserted as plain text; nothing here is markup. Templates
 * are split once and cached, since the analysis words thousands of terms per run.
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const parts = compile(catalogueOf(lang)[key]);
  if (parts.length === 1) return parts[0]!;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) out += part;
    else {
      const value = params[part];
      out += value === undefined ? `{${part}}` : String(value);
    }
  }
  return out;
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

/** The message keys that come in a `.one` and an `.other` form. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * Words a message with a count: "1 gap closed", "2 gaps closed". The language's plural rule
 * picks the `.one` or `.other` form (Chinese has one form, so both keys say the same);
 * `count` is passed to the template with the other parameters.
 */
export function translatePlural(lang: Lang, key: PluralKey, count: number, params: MessageParams = {}): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return translate(lang, `${key}.${form}` as MessageKey, { ...params, count });
}
