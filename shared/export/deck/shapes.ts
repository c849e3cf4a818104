/**
 * PresentationML shapes: a shape (`p:sp`), a group (`p:grpSp`), a connector (`p:cxnSp`,
 * optionally glued to shapes) and the slide around them. Positions and sizes are in points
 * and converted to EMU here. Ids come from one counter per slide (`ShapeIds`), since
 * PowerPoint refuses a slide on which two shapes share an id.
 */
import { textBodyContent, type BodyOptions } from './text';
import { attrs, emu, PML_NAMESPACES, solidFill, XML_DECLARATION } from './xml';

/** Hands out the shape ids of one slide: 1 is the slide's own shape tree, shapes start at 2. */
export class ShapeIds {
  private last = 1;
  next(): number {
    this.last += 1;
    return this.last;
  }
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A fill: a colour, or none. */
export type Fill = string | null;

export interface Outline {
  readonly color: string;
  /** Points. */
  readonly width: number;
  /** A preset dash (`dash`, `sysDash`, `sysDot`, `lgDashDot`…); solid when not given. */
  readonly dash?: string;
}

/**
 * `band` is the top strip of a rounded rectangle whose corner radius is `radius`: its top
 * corners follow the card's, so the strip sits exactly inside the card (drawMap's header band).
 */
export type Geometry = 'rect' | 'roundRect' | 'ellipse' | 'band';

export interface ShapeSpec extends Box {
  readonly id: number;
  readonly name: string;
  /** Alternative text (what a screen reader says). */
  readonly descr?: string;
  readonly geometry?: Geometry;
  /** For a rounded rectangle or a band: the corner radius in points. */
  readonly radius?: number;
  readonly fill?: Fill;
  /** No outline when null or not given. */
  readonly outline?: Outline | null;
  /** Paragraph markup (text.ts) and how the body holds it; no text body when not given. */
  readonly text?: { readonly paragraphs: string; readonly body?: BodyOptions };
  /** A text box (PowerPoint's "Text Box" rather than a shape with text). */
  readonly textBox?: boolean;
  /**
   * The slide's title placeholder: PowerPoint lists it as the slide's title (outline,
   * navigation, screen readers). Its position and text style are given here in full.
   */
  readonly title?: boolean;
}

function xfrm(box: Box, flipH = false, flipV = false): string {
  return (
    `<a:xfrm${attrs({ flipH: flipH || undefined, flipV: flipV || undefined })}>` +
    `<a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(Math.max(0, box.width))}" cy="${emu(Math.max(0, box.height))}"/>` +
    `</a:xfrm>`
  );
}

function fillXml(fill: Fill | undefined): string {
  return fill === undefined || fill === null ? '<a:noFill/>' : solidFill(fill);
}

export interface LineEnds {
  readonly tail?: 'triangle' | 'none';
  /** sm | med | lg */
  readonly size?: 'sm' | 'med' | 'lg';
}

function outlineXml(outline: Outline | null | undefined, ends: LineEnds = {}): string {
  if (!outline) return '<a:ln><a:noFill/></a:ln>';
  const size = ends.size ?? 'med';
  return (
    `<a:ln w="${emu(outline.width)}">` +
    solidFill(outline.color) +
    (outline.dash ? `<a:prstDash val="${outline.dash}"/>` : '<a:prstDash val="solid"/>') +
    '<a:round/>' +
    (ends.tail === 'triangle' ? `<a:tailEnd type="triangle" w="${size}" len="${size}"/>` : '') +
    '</a:ln>'
  );
}

function geometryXml(spec: ShapeSpec): string {
  const geometry = spec.geometry ?? 'rect';
  if (geometry === 'roundRect') {
    // The adjust value is the radius as a share (in 1/100000) of the shorter side.
    const shorter = Math.max(0.01, Math.min(spec.width, spec.height));
    const adj = Math.round(Math.min(50000, ((spec.radius ?? 4) / shorter) * 100000));
    return `<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val ${adj}"/></a:avLst></a:prstGeom>`;
  }
  if (geometry === 'band') return bandGeometry(spec.width, spec.height, spec.radius ?? 0);
  return `<a:prstGeom prst="${geometry}"><a:avLst/></a:prstGeom>`;
}

/**
 * The top `depth` of a rounded rectangle `width` wide with corners of radius `r`: from the
 * left corner arc at the band's depth, up the arc, across, and down the right arc (angles
 * in 60000ths of a degree, clockwise from the x axis, as DrawingML counts them).
 */
function bandGeometry(width: number, depth: number, r: number): string {
  const w = emu(width);
  const h = emu(depth);
  const radius = Math.max(0, Math.min(r, width / 2));
  const d = Math.min(depth, radius);
  const inset = radius - Math.sqrt(Math.max(0, radius * radius - (radius - d) * (radius - d)));
  const sweep = radius === 0 ? 0 : Math.round(((Math.acos((radius - d) / radius) * 180) / Math.PI) * 60000);
  const R = emu(radius);
  return customGeometry(
    `<a:path w="${w}" h="${h}">` +
      `<a:moveTo><a:pt x="${emu(inset)}" y="${emu(d)}"/></a:moveTo>` +
      `<a:arcTo wR="${R}" hR="${R}" stAng="${16200000 - sweep}" swAng="${sweep}"/>` +
      `<a:lnTo><a:pt x="${w - R}" y="0"/></a:lnTo>` +
      `<a:arcTo wR="${R}" hR="${R}" stAng="16200000" swAng="${sweep}"/>` +
      // Deeper than the corners: straight sides down to the band's depth.
      (depth > d ? `<a:lnTo><a:pt x="${w}" y="${h}"/></a:lnTo><a:lnTo><a:pt x="0" y="${h}"/></a:lnTo>` : '') +
      '<a:close/></a:path>',
  );
}

/** A custom geometry of one path (`path`: its `a:path` element, in EMU of the shape's frame). */
function customGeometry(path: string): string {
  return (
    '<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst>' +
    path +
    '</a:pathLst></a:custGeom>'
  );
}

function nonVisual(id: number, name: string, descr: string | undefined): string {
  return `<p:cNvPr${attrs({ id, name, descr })}/>`;
}

/** A shape with optional text. */
export function shape(spec: ShapeSpec): string {
  const text = spec.text;
  return (
    '<p:sp><p:nvSpPr>' +
    nonVisual(spec.id, spec.name, spec.descr) +
    (spec.title
      ? '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>'
      : (spec.textBox ? '<p:cNvSpPr txBox="1"/>' : '<p:cNvSpPr/>') + '<p:nvPr/>') +
    '</p:nvSpPr><p:spPr>' +
    xfrm(spec) +
    geometryXml(spec) +
    fillXml(spec.fill) +
    outlineXml(spec.outline) +
    '</p:spPr>' +
    (text ? `<p:txBody>${textBodyContent(text.paragraphs, text.body)}</p:txBody>` : '') +
    '</p:sp>'
  );
}

/** A group of shapes (markup) occupying `box`; children keep slide coordinates (the group's child frame equals its frame). */
export function group(id: number, name: string, box: Box, children: string, descr?: string): string {
  const off = `<a:off x="${emu(box.x)}" y="${emu(box.y)}"/>`;
  const ext = `<a:ext cx="${emu(box.width)}" cy="${emu(box.height)}"/>`;
  const chOff = `<a:chOff x="${emu(box.x)}" y="${emu(box.y)}"/>`;
  const chExt = `<a:chExt cx="${emu(box.width)}" cy="${emu(box.height)}"/>`;
  return (
    '<p:grpSp><p:nvGrpSpPr>' +
    nonVisual(id, name, descr) +
    '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
    `<p:grpSpPr><a:xfrm>${off}${ext}${chOff}${chExt}</a:xfrm></p:grpSpPr>` +
    children +
    '</p:grpSp>'
  );
}

/** A connection: a shape id and one of its connection sites (rectangles: 0 top, 1 left, 2 bottom, 3 right). */
export interface Glue {
  readonly id: number;
  readonly site: number;
}

export interface ConnectorSpec {
  readonly id: number;
  readonly name: string;
  readonly descr?: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly outline: Outline;
  readonly ends?: LineEnds;
  /** Glued ends: PowerPoint moves the line with these shapes. */
  readonly start?: Glue;
  readonly end?: Glue;
}

/**
 * A straight connector from (x1, y1) to (x2, y2). Its frame is the bounding box, flipped
 * so the path runs from the start to the end (the arrow head, a tail end, sits at the end).
 */
export function connector(spec: ConnectorSpec): string {
  const box: Box = {
    x: Math.min(spec.x1, spec.x2),
    y: Math.min(spec.y1, spec.y2),
    width: Math.abs(spec.x2 - spec.x1),
    height: Math.abs(spec.y2 - spec.y1),
  };
  const glue =
    (spec.start ? `<a:stCxn id="${spec.start.id}" idx="${spec.start.site}"/>` : '') +
    (spec.end ? `<a:endCxn id="${spec.end.id}" idx="${spec.end.site}"/>` : '');
  return (
    '<p:cxnSp><p:nvCxnSpPr>' +
    nonVisual(spec.id, spec.name, spec.descr) +
    `<p:cNvCxnSpPr>${glue}</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr>` +
    xfrm(box, spec.x2 < spec.x1, spec.y2 < spec.y1) +
    '<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:noFill/>' +
    outlineXml(spec.outline, spec.ends) +
    '</p:spPr></p:cxnSp>'
  );
}

export interface PolylineSpec {
  readonly id: number;
  readonly name: string;
  readonly descr?: string;
  /** From the start to the end, through every corner. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly outline: Outline;
  readonly ends?: LineEnds;
}

/**
 * An open line through `points`, drawn as stored: a freeform shape (a custom geometry in the
 * frame of the points' bounding box), not a connector. Why not a connector with the same
 * path: LibreOffice re-routes every connector on opening, and its route for two touching
 * cards runs along their borders, under them.
 */
export function polyline(spec: PolylineSpec): string {
  const xs = spec.points.map((point) => point.x);
  const ys = spec.points.map((point) => point.y);
  const box: Box = {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
  const at = (point: { x: number; y: number }) => `<a:pt x="${emu(point.x - box.x)}" y="${emu(point.y - box.y)}"/>`;
  const [first, ...rest] = spec.points;
  return (
    '<p:sp><p:nvSpPr>' +
    nonVisual(spec.id, spec.name, spec.descr) +
    '<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>' +
    xfrm(box) +
    customGeometry(
      `<a:path w="${emu(box.width)}" h="${emu(box.height)}" fill="none">` +
        (first ? `<a:moveTo>${at(first)}</a:moveTo>` : '') +
        rest.map((point) => `<a:lnTo>${at(point)}</a:lnTo>`).join('') +
        '</a:path>',
    ) +
    '<a:noFill/>' +
    outlineXml(spec.outline, spec.ends) +
    '</p:spPr></p:sp>'
  );
}

/** A slide part: the shape tree around `shapes` (markup), with an optional background colour. */
export function slideXml(shapes: string, background?: string): string {
  const bg = background ? `<p:bg><p:bgPr>${solidFill(background)}<a:effectLst/></p:bgPr></p:bg>` : '';
  return (
    XML_DECLARATION +
    `<p:sld ${PML_NAMESPACES}><p:cSld>${bg}<p:spTree>` +
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    shapes +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
  );
}
