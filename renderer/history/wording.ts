/**
 * The history view's way of showing a comparison (shared/diff/wording.ts holds the rules
 * the command line shares): typographic quotes, values cut by characters; plus the names
 * of lines and the chart's short labels.
 */
import type { Relationship } from '../../shared/document';
import {
  fieldLabel as sharedFieldLabel,
  valueText as sharedValueText,
  type Names,
  type Scope,
  type ValueStyle,
} from '../../shared/diff/wording';
import type { Lang, Translator } from '../../shared/i18n';

export { namesOf, type Names, type Scope } from '../../shared/diff/wording';

/** The longest a text value is shown in a change list. */
const MAX_TEXT = 60;

function truncate(text: string, max = MAX_TEXT): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function appStyle(t: Translator, lang: Lang): ValueStyle {
  return { t, lang, quote: (text) => `“${truncate(text)}”`, raw: (text) => truncate(text) };
}

export function fieldLabel(t: Translator, scope: Scope, field: string): string {
  return sharedFieldLabel({ t, raw: (text) => truncate(text) }, scope, field);
}

/** A field's value, worded: `supporter`, `“Zhang Hua”`, `(none)`. */
export function valueText(t: Translator, lang: Lang, field: string, value: unknown, names: Names): string {
  return sharedValueText(appStyle(t, lang), field, value, names);
}

/** A line as the change list names it: `Li Ming → Wang Wei (reports to)`. */
export function lineName(t: Translator, line: Relationship, names: Names): string {
  const kind = t(`kind.${line.kind}`);
  return t('historyApp.line', {
    from: names.person(line.from) ?? line.from,
    to: names.person(line.to) ?? line.to,
    kind: line.kind === 'influences' ? `${kind}, ${t(`cli.strength.${line.strength}`)}` : kind,
  });
}

/** A label cut to `max` characters with an ellipsis, for the chart's annotations. */
export function shorten(text: string, max: number): string {
  return truncate(text, Math.max(2, max));
}
