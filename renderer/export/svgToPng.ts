/**
 * The PNG export: the map's SVG drawing rasterised by the browser at twice its size, so it
 * stays sharp on a projector and in a slide. The SVG is loaded as an image from a Blob URL
 * (the CSP's img-src allows blob:); an SVG shown as an image runs no script and loads
 * nothing, and a canvas that drew only it stays readable.
 */

/** The drawing's size in CSS pixels, from the root element's width and height. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  const width = read('width');
  const height = read('height');
  if (!(width > 0 && height > 0)) throw new Error('The drawing has no size');
  return { width, height };
}

/** Chromium's canvas limits: 32,767 pixels a side, 268 million in all (kept well inside both). */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_384 * 16_384;

/**
 * The scale to draw at: `wanted`, unless a very large map would not fit a canvas at that
 * scale; then the largest that fits (a blank picture would be worse than a smaller one).
 */
export function pngScale(width: number, height: number, wanted = 2): number {
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.min(wanted, bySide, byArea);
}

export async function svgToPng(svg: string, wanted = 2): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const scale = pngScale(width, height, wanted);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
