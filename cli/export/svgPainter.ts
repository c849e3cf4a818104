/**
 * Paints the map's SVG (shared/export/drawMap.ts) onto a pdfkit page as vector graphics.
 *
 * Why not svg-to-pdfkit: it handles any SVG, and so resolves a full style cascade for every
 * element and measures every path segment; on a 500-person map that was about 60% of the
 * PDF's time and most of its garbage. drawMap writes a small, fixed vocabulary, always the
 * same way (it is our own output, escaped and well-formed), and this painter covers exactly
 * that: `svg` (its viewBox), `g`, `rect` (with rx), `path` (pdfkit reads SVG path data),
 * `text` (x/y on the baseline, text-anchor, bold), the arrow `marker`s of `defs` on
 * `marker-end`, and the paint attributes fill, stroke, stroke-width and stroke-dasharray,
 * inherited through groups with SVG's defaults (fill black, no stroke). `title` (tooltips)
 * is not painted. Anything else is ignored; test/cli/svgPainter.test.ts checks that drawMap
 * writes nothing else.
 */

/** Elements and attributes the painter understands; drawMap must write no others that paint. */
export const PAINTED_ELEMENTS = ['svg', 'g', 'rect', 'path', 'text', 'defs', 'marker', 'title'] as const;

interface Paint {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dash: readonly number[] | null;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly anchor: 'start' | 'middle' | 'end';
}

const DEFAULT_PAINT: Paint = {
  fill: '#000000',
  stroke: 'none',
  strokeWidth: 1,
  dash: null,
  fontSize: 16,
  bold: false,
  anchor: 'start',
};

interface Marker {
  readonly size: number;
  readonly refX: number;
  readonly refY: number;
  readonly viewBox: readonly number[];
  readonly d: string;
  readonly fill: string;
}

export interface PaintFonts {
  readonly regular: string;
  readonly bold: string;
  readonly prepare: (text: string) => string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    return ENTITIES[body] ?? whole;
  });
}

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of source.matchAll(/([\w:-]+)="([^"]*)"/g)) map.set(match[1]!, unescape(match[2]!));
  return map;
}

function number(value: string | undefined, fallback = 0): number {
  const parsed = value === undefined ? NaN : Number.parseFloat(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

function inherit(parent: Paint, attrs: ReadonlyMap<string, string>): Paint {
  const dash = attrs.get('stroke-dasharray');
  const anchor = attrs.get('text-anchor');
  return {
    fill: attrs.get('fill') ?? parent.fill,
    stroke: attrs.get('stroke') ?? parent.stroke,
    strokeWidth: number(attrs.get('stroke-width'), parent.strokeWidth),
    dash:
      dash === undefined
        ? parent.dash
        : dash === 'none'
          ? null
          : dash
              .split(/[\s,]+/)
              .filter(Boolean)
              .map(Number),
    fontSize: number(attrs.get('font-size'), parent.fontSize),
    bold: attrs.has('font-weight') ? attrs.get('font-weight') === 'bold' : parent.bold,
    anchor: anchor === 'middle' || anchor === 'end' || anchor === 'start' ? anchor : parent.anchor,
  };
}

/** Fills and strokes the path just built on `doc` with `paint`. */
function finish(doc: PDFKit.PDFDocument, paint: Paint): void {
  const fill = paint.fill !== 'none';
  const stroke = paint.stroke !== 'none' && paint.strokeWidth > 0;
  if (stroke) {
    doc.lineWidth(paint.strokeWidth).strokeColor(paint.stroke);
    const dash = paint.dash?.filter((length) => Number.isFinite(length) && length > 0) ?? [];
    // pdfkit takes a whole dash pattern as an array (its types know only the single length).
    if (dash.length > 0) (doc.dash as unknown as (pattern: number[], options: object) => unknown).call(doc, dash, {});
    else doc.undash();
  }
  if (fill) doc.fillColor(paint.fill);
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroke) doc.stroke();
}

/** The direction of the last straight segment of simple path data (`M x y L x y`), for an arrow head. */
function lastSegment(d: string): { x1: number; y1: number; x2: number; y2: number } | null {
  const points = [...d.matchAll(/[ML]\s*(-?[\d.]+)[\s,]+(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  if (points.length < 2) return null;
  const [x1, y1] = points.at(-2)!;
  const [x2, y2] = points.at(-1)!;
  return { x1: x1!, y1: y1!, x2: x2!, y2: y2! };
}

function drawMarker(doc: PDFKit.PDFDocument, marker: Marker, d: string): void {
  const segment = lastSegment(d);
  if (segment === null) return;
  const angle = (Math.atan2(segment.y2 - segment.y1, segment.x2 - segment.x1) * 180) / Math.PI;
  const [, , vbWidth = 10, vbHeight = 10] = marker.viewBox;
  doc.save();
  doc.translate(segment.x2, segment.y2).rotate(angle, { origin: [0, 0] });
  doc.scale(marker.size / vbWidth, marker.size / vbHeight);
  doc.translate(-marker.refX, -marker.refY);
  doc.path(marker.d).fillColor(marker.fill).fill();
  doc.restore();
}

/** The markers defined in the SVG's defs, by id. */
function markersOf(svg: string): Map<string, Marker> {
  const markers = new Map<string, Marker>();
  for (const match of svg.matchAll(/<marker([^>]*)>\s*<path([^>]*)\/>\s*<\/marker>/g)) {
    const attrs = attributes(match[1]!);
    const path = attributes(match[2]!);
    const id = attrs.get('id');
    if (id === undefined) continue;
    markers.set(id, {
      size: number(attrs.get('markerWidth'), 10),
      refX: number(attrs.get('refX')),
      refY: number(attrs.get('refY')),
      viewBox: (attrs.get('viewBox') ?? '0 0 10 10').split(/[\s,]+/).map(Number),
      d: path.get('d') ?? '',
      fill: path.get('fill') ?? '#000000',
    });
  }
  return markers;
}

/** The drawing's viewBox (x, y, width, height). */
export function viewBoxOf(svg: string): [number, number, number, number] {
  const match = /<svg[^>]*\sviewBox="([^"]+)"/.exec(svg);
  const values = (match?.[1] ?? '0 0 0 0').split(/[\s,]+/).map(Number);
  return [values[0] ?? 0, values[1] ?? 0, values[2] ?? 0, values[3] ?? 0];
}

/**
 * Paints `svg` with its viewBox's top-left at (x, y), `scale` PDF points per SVG unit.
 * The caller saves and restores nothing: the painter leaves the graphics state as it found it.
 */
export function paintSvg(
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  scale: number,
  fonts: PaintFonts,
): void {
  const markers = markersOf(svg);
  const [vx, vy] = viewBoxOf(svg);
  doc.save();
  doc.translate(x, y).scale(scale).translate(-vx, -vy);

  const stack: Paint[] = [DEFAULT_PAINT];
  /** Inside defs or title: nothing is painted. */
  let hidden = 0;
  let textAt: { x: number; y: number; paint: Paint } | null = null;
  let textContent = '';

  for (const token of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, name, rest, selfClosing, content] = token;
    if (content !== undefined) {
      if (textAt !== null && hidden === 0) textContent += content;
      continue;
    }
    if (name === undefined || name.startsWith('?')) continue;
    if (closing) {
      if (name === 'defs' || name === 'title') hidden--;
      else if (name === 'text' && textAt !== null) {
        paintText(doc, unescape(textContent), textAt, fonts);
        textAt = null;
        stack.pop();
      } else if (name === 'g' || name === 'svg') stack.pop();
      continue;
    }
    if (name === 'defs' || name === 'title') {
      if (!selfClosing) hidden++;
      continue;
    }
    if (hidden > 0) continue;
    const attrs = attributes(rest ?? '');
    const paint = inherit(stack.at(-1)!, attrs);
    switch (name) {
      case 'svg':
      case 'g':
        if (!selfClosing) stack.push(paint);
        break;
      case 'rect': {
        const rx = number(attrs.get('rx'));
        const [rxX, rxY, w, h] = [
          number(attrs.get('x')),
          number(attrs.get('y')),
          number(attrs.get('width')),
          number(attrs.get('height')),
        ];
        if (w <= 0 || h <= 0) break;
        if (rx > 0) doc.roundedRect(rxX, rxY, w, h, Math.min(rx, w / 2, h / 2));
        else doc.rect(rxX, rxY, w, h);
        finish(doc, paint);
        break;
      }
      case 'path': {
        const d = attrs.get('d') ?? '';
        doc.path(d);
        finish(doc, paint);
        const marker = /^url\(#([^)]+)\)$/.exec(attrs.get('marker-end') ?? '')?.[1];
        const found = marker === undefined ? undefined : markers.get(marker);
        if (found) drawMarker(doc, found, d);
        break;
      }
      case 'text':
        if (selfClosing) break;
        stack.push(paint);
        textAt = { x: number(attrs.get('x')), y: number(attrs.get('y')), paint };
        textContent = '';
        break;
      default:
        break;
    }
  }
  doc.undash();
  doc.restore();
}

function paintText(
  doc: PDFKit.PDFDocument,
  raw: string,
  at: { x: number; y: number; paint: Paint },
  fonts: PaintFonts,
): void {
  const text = fonts.prepare(raw);
  if (text.trim() === '' || at.paint.fill === 'none') return;
  doc.font(at.paint.bold ? fonts.bold : fonts.regular).fontSize(at.paint.fontSize);
  const width = at.paint.anchor === 'start' ? 0 : doc.widthOfString(text);
  const x = at.paint.anchor === 'middle' ? at.x - width / 2 : at.paint.anchor === 'end' ? at.x - width : at.x;
  doc.fillColor(at.paint.fill).text(text, x, at.y, { lineBreak: false, baseline: 'alphabetic' });
}
