/**
 * The few XML helpers the deck writer needs: attributes, units and colours. Every value
 * that comes from a document goes through escape.ts here (attributes) or in text.ts (runs),
 * so nothing a user typed is ever written as markup.
 */
import { escapeXml } from '../escape';

/** The namespaces every PresentationML part of the deck declares on its root. */
export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
} as const;

export const PML_NAMESPACES = `xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:p="${NS.p}"`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** English Metric Units per point: OOXML measures shapes in EMU (914400 per inch). */
const EMU_PER_POINT = 12700;

/** The slide: 16:9 widescreen, 13.333 × 7.5 in, in points (the deck is laid out in points). */
export const SLIDE_WIDTH = 960;
export const SLIDE_HEIGHT = 540;

/** A length in points as whole EMU, never `-0` (whole numbers keep the output byte-stable). */
export function emu(points: number): number {
  const value = Math.round(points * EMU_PER_POINT);
  return value === 0 ? 0 : value;
}

export type AttributeValue = string | number | boolean | undefined | null;

/** ` name="value"` pairs; undefined and null are left out, strings escaped, booleans as 1/0. */
export function attrs(attributes: Readonly<Record<string, AttributeValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    const text =
      typeof value === 'boolean' ? (value ? '1' : '0') : typeof value === 'number' ? String(value) : escapeXml(value);
    out += ` ${name}="${text}"`;
  }
  return out;
}

/** `#1c2430` (the theme tokens) as DrawingML's `1C2430`. */
export function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/** `<a:solidFill>` of an sRGB colour. */
export function solidFill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill>`;
}
