/**
 * A small, strict XML reader for the export tests: it throws on anything that is not
 * well-formed XML 1.0 of the kind the exporters write (an optional XML declaration, one
 * root element, elements, attributes, text, the five predefined entities and character
 * references; no DTD, comments, CDATA or processing instructions). It returns a tree the
 * tests can query, with entity references decoded, so "text content" means what a browser
 * would show.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML 1.0 `Char`, negated: what may not appear in a document at all. */
const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export class XmlError extends Error {}

function isChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Decodes entity and character references; throws on a bare `&` or an unknown entity. */
function decode(raw: string, where: number): string {
  return raw.replace(/&([^;]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new XmlError(`bare & at ${where}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (!numeric) throw new XmlError(`unknown entity &${body}; at ${where}`);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2]!, 10);
    if (!isChar(code)) throw new XmlError(`character reference to a non-character (${code}) at ${where}`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(text: string): XmlElement {
  const invalid = NOT_CHAR.exec(text);
  if (invalid) throw new XmlError(`invalid character U+${invalid[0].codePointAt(0)!.toString(16)} at ${invalid.index}`);
  let i = 0;
  const skipSpace = () => {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const match = NAME.exec(text);
    if (!match) throw new XmlError(`name expected at ${i}`);
    i = NAME.lastIndex;
    return match[0];
  };
  const expect = (literal: string) => {
    if (!text.startsWith(literal, i)) throw new XmlError(`${JSON.stringify(literal)} expected at ${i}`);
    i += literal.length;
  };

  if (text.startsWith('<?xml', i)) {
    const end = text.indexOf('?>', i);
    if (end === -1) throw new XmlError('unterminated XML declaration');
    if (
      !/^<\?xml version="1\.[0-9]"( encoding="[A-Za-z0-9._-]+")?( standalone="(yes|no)")?\s*$/.test(text.slice(i, end))
    ) {
      throw new XmlError('malformed XML declaration');
    }
    i = end + 2;
  }
  skipSpace();

  const element = (): XmlElement => {
    expect('<');
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (text.startsWith('/>', i)) {
        i += 2;
        return { name: tag, attributes, children: [] };
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      if (i === before) throw new XmlError(`space expected before an attribute at ${i}`);
      const attribute = name();
      skipSpace();
      expect('=');
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") throw new XmlError(`quoted value expected at ${i}`);
      const end = text.indexOf(quote, i + 1);
      if (end === -1) throw new XmlError(`unterminated attribute value at ${i}`);
      const raw = text.slice(i + 1, end);
      if (raw.includes('<')) throw new XmlError(`< in an attribute value at ${i}`);
      if (attribute in attributes) throw new XmlError(`duplicate attribute ${attribute} at ${i}`);
      // Attribute-value normalisation: literal white space becomes a space.
      attributes[attribute] = decode(raw.replace(/[\t\n\r]/g, ' '), i);
      i = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (i >= text.length) throw new XmlError(`<${tag}> is not closed`);
      if (text.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== tag) throw new XmlError(`</${closing}> closes <${tag}> at ${i}`);
        skipSpace();
        expect('>');
        return { name: tag, attributes, children };
      }
      if (text.startsWith('<!', i) || text.startsWith('<?', i)) {
        throw new XmlError(
          `markup declarations, comments, CDATA and processing instructions are not expected (at ${i})`,
        );
      }
      if (text[i] === '<') {
        children.push(element());
        continue;
      }
      const next = text.indexOf('<', i);
      const raw = text.slice(i, next === -1 ? text.length : next);
      if (raw.includes(']]>')) throw new XmlError(`]]> in text at ${i}`);
      children.push(decode(raw.replace(/\r\n?/g, '\n'), i));
      i += raw.length;
    }
  };

  const root = element();
  skipSpace();
  if (i !== text.length) throw new XmlError(`content after the root element at ${i}`);
  return root;
}

/** Every element under `root` (itself included), depth first, document order. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (const child of root.children) if (typeof child !== 'string') out.push(...allElements(child));
  return out;
}

export function hasClass(element: XmlElement, name: string): boolean {
  return (element.attributes['class'] ?? '').split(/\s+/).includes(name);
}

/** The text under an element, as a viewer shows it. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

/** Texts of the `<text>` elements under `root`, in document order. */
export function texts(root: XmlElement): string[] {
  return allElements(root)
    .filter((element) => element.name === 'text')
    .map(textContent);
}
