/**
 * The map as a PNG at twice its natural size (sharp on high-density screens and in slides),
 * rendered from the same SVG as the SVG export by resvg. resvg picks fonts by family: the
 * SVG asks for the usual CJK families first (MAP_FONT_FAMILY of shared/mapStyle), the system's fonts are
 * loaded, and the font found by fonts.ts is added and made the default, so Chinese renders
 * even where fontconfig does not know that font.
 */
import { Resvg } from '@resvg/resvg-js';
import type { FontChoice } from './fonts';

/** Device pixels per SVG unit. */
export const PNG_ZOOM = 2;

export function renderMapPng(svg: string, font: FontChoice | null): Uint8Array {
  // A system font is loaded with the system's fonts already; loading a CJK collection twice
  // costs a second or more, so only a font from elsewhere (--font) is added.
  const files = font === null || font.system ? [] : [...new Set([font.regular.path, font.bold.path])];
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_ZOOM },
    font: {
      loadSystemFonts: true,
      fontFiles: files,
      defaultFontFamily: font?.family ?? 'sans-serif',
      sansSerifFamily: font?.family ?? 'sans-serif',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
