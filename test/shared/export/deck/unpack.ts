/**
 * Reading a .pptx in the deck tests: the ZIP's entries in order, each XML part parsed with
 * the strict reader of xml.ts (which throws on anything not well-formed), and the slides in
 * the order presentation.xml lists them.
 */
import { strFromU8, unzipSync } from 'fflate';
import { allElements, parseXml, textContent, type XmlElement } from '../xml';

export interface Deck {
  /** Entry names in the order the ZIP holds them. */
  readonly order: readonly string[];
  /** Every part's text. */
  readonly parts: ReadonlyMap<string, string>;
  /** Every part parsed (all parts are XML). */
  readonly xml: ReadonlyMap<string, XmlElement>;
  /** Slide part names in presentation order. */
  readonly slides: readonly string[];
}

/** The order in which fflate's unzip reports entries is the central directory's: the order written. */
export function unpack(bytes: Uint8Array): Deck {
  const files = unzipSync(bytes);
  const order = Object.keys(files);
  const parts = new Map(order.map((name) => [name, strFromU8(files[name]!)]));
  const xml = new Map([...parts].map(([name, text]) => [name, parseXml(text)]));
  const presentation = xml.get('ppt/presentation.xml');
  const rels = xml.get('ppt/_rels/presentation.xml.rels');
  if (!presentation || !rels) throw new Error('no presentation part');
  const targets = new Map(
    children(rels, 'Relationship').map((rel) => [rel.attributes['Id']!, `ppt/${rel.attributes['Target']!}`]),
  );
  const slides = elements(presentation, 'p:sldId').map((sldId) => targets.get(sldId.attributes['r:id']!)!);
  return { order, parts, xml, slides };
}

export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function elements(root: XmlElement, name: string): XmlElement[] {
  return allElements(root).filter((element) => element.name === name);
}

export function child(element: XmlElement, name: string): XmlElement {
  const found = allElements(element).find((e) => e !== element && e.name === name);
  if (!found) throw new Error(`no <${name}> in <${element.name}>`);
  return found;
}

/** The non-visual properties (`p:cNvPr`) of a shape, connector, group or frame. */
export function cNvPr(shape: XmlElement): XmlElement {
  return child(shape, 'p:cNvPr');
}

/** The text a slide (or any element) shows: its `a:t` runs, one string per paragraph. */
export function paragraphs(root: XmlElement): string[] {
  return elements(root, 'a:p').map((p) =>
    elements(p, 'a:t')
      .map((t) => textContent(t))
      .join(''),
  );
}

/** Every text run of the whole deck, joined: what a reader of the deck could see. */
export function allText(deck: Deck): string {
  return [...deck.xml.values()].map((root) => elements(root, 'a:t').map(textContent).join('\n')).join('\n');
}
