/**
 * A card's surface in the SVG drawing: the surface, the header band in the attitude colour
 * (under the border, as the canvas paints it) and the border by closeness inside the card's edge.
 */
import type { Stakeholder } from '../../document/schema';
import { BORDERS, CARD, type MapColours } from '../../mapStyle/tokens';
import { dashes, el, num } from './svg';

/** The header band: the top of the card in the attitude colour, down to the border plus the band's depth. */
function bandPath(x: number, y: number, width: number, depth: number, radius: number): string {
  if (radius === 0) return `M${num(x)} ${num(y)} H${num(x + width)} V${num(y + depth)} H${num(x)} Z`;
  if (depth >= radius) {
    return (
      `M${num(x)} ${num(y + depth)} V${num(y + radius)} A${radius} ${radius} 0 0 1 ${num(x + radius)} ${num(y)} ` +
      `H${num(x + width - radius)} A${radius} ${radius} 0 0 1 ${num(x + width)} ${num(y + radius)} V${num(y + depth)} Z`
    );
  }
  // Shallower than the corner: the band ends where the curve reaches its depth.
  const inset = radius - Math.sqrt(radius * radius - (radius - depth) * (radius - depth));
  return (
    `M${num(x + inset)} ${num(y + depth)} A${radius} ${radius} 0 0 1 ${num(x + radius)} ${num(y)} ` +
    `H${num(x + width - radius)} A${radius} ${radius} 0 0 1 ${num(x + width - inset)} ${num(y + depth)} Z`
  );
}

/** The surface, band and border of `person`'s card at (x, y), the band and border in `colour`. */
export function drawCardSurface(
  person: Stakeholder,
  x: number,
  y: number,
  colour: string,
  colours: MapColours,
): string {
  const { width: w, height: h } = CARD;
  const border = BORDERS[person.closeness];
  const radius = border.square ? 0 : CARD.radius;
  const surface = el('rect', { x, y, width: w, height: h, rx: radius || undefined, fill: colours.surface });
  const bandTop = border.css === 'solid' ? 0 : border.width;
  const band = el('path', {
    d: bandPath(x, y + bandTop, w, (border.css === 'solid' ? border.width : 0) + CARD.band, radius),
    fill: colour,
  });
  const half = border.width / 2;
  const edge = el('rect', {
    class: 'card-border',
    x: x + half,
    y: y + half,
    width: w - border.width,
    height: h - border.width,
    rx: radius === 0 ? undefined : radius - half,
    fill: 'none',
    stroke: colour,
    'stroke-width': border.width,
    'stroke-dasharray': dashes(border.dash),
  });
  return surface + band + edge;
}
