/**
 * Writing SVG markup: elements, attributes and text, escaped here and only here, numbers
 * written the same way every time (the drawing is deterministic, byte for byte).
 */
import { escapeXml } from '../escape';

/** A number as written in the SVG: at most two decimals, never `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

export type Attributes = Readonly<Record<string, string | number | undefined>>;

function attrs(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element; `content` is markup already built by these helpers. */
export function el(name: string, attributes: Attributes, content?: string): string {
  return content === undefined ? `<${name}${attrs(attributes)}/>` : `<${name}${attrs(attributes)}>${content}</${name}>`;
}

/** A text element: the text is escaped here, and only here. */
export function text(value: string, attributes: Attributes): string {
  return el('text', attributes, escapeXml(value));
}

/** A `title` element (a tooltip, the accessible description). */
export function title(value: string): string {
  return el('title', {}, escapeXml(value));
}

/** A dash pattern as stroke-dasharray. */
export const dashes = (pattern: readonly number[] | undefined): string | undefined => pattern?.join(' ');
