/** Colour arithmetic the drawings need, once. */

/** `colour` (#rrggbb) mixed with `ground` (white by default): `share` of the colour (0..1), as CSS color-mix does. */
export function tint(colour: string, share: number, ground = '#ffffff'): string {
  const channel = (hex: string, i: number) => parseInt(hex.replace(/^#/, '').slice(2 * i, 2 * i + 2), 16);
  const mixed = (i: number) =>
    Math.round(channel(colour, i) * share + channel(ground, i) * (1 - share))
      .toString(16)
      .padStart(2, '0');
  return `#${mixed(0)}${mixed(1)}${mixed(2)}`;
}
