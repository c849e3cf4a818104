/**
 * The terminal's way of showing the values of a comparison (shared/diff/wording.ts holds
 * the rules): straight quotes, values cut by display width, control characters removed.
 */
import {
  fieldLabel as sharedFieldLabel,
  valueText as sharedValueText,
  type ValueStyle,
} from '../../shared/diff/wording';
import type { Context } from '../context';
import { displayWidth, terminalSafe } from './text';

export { namesOf, type Names, type Scope } from '../../shared/diff/wording';
import type { Names, Scope } from '../../shared/diff/wording';

const MAX_VALUE_WIDTH = 60;

function truncate(text: string): string {
  if (displayWidth(text) <= MAX_VALUE_WIDTH) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > MAX_VALUE_WIDTH - 1) break;
    out += char;
  }
  return `${out}…`;
}

function terminalStyle(ctx: Context): ValueStyle {
  return {
    t: ctx.t,
    lang: ctx.lang,
    quote: (text) => `"${truncate(terminalSafe(text))}"`,
    raw: (text) => truncate(terminalSafe(text)),
  };
}

export function fieldLabel(scope: Scope, field: string, ctx: Context): string {
  return sharedFieldLabel(terminalStyle(ctx), scope, field);
}

/** A field's value, worded for the terminal: `supporter`, `"Zhang Hua"`, `(none)`. */
export function valueText(field: string, value: unknown, ctx: Context, names: Names): string {
  return sharedValueText(terminalStyle(ctx), field, value, names);
}
