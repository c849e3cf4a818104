/**
 * XML escaping for every export that writes markup (SVG now; the PPTX and PDF exporters
 * later). Text from a document is data, never markup: a name such as `<script>` or
 * `"><img onerror=alert(1)>` must come out as those characters, in every format.
 *
 * Two steps, always together:
 * 1. Characters that XML 1.0 does not allow at all are removed: the C0 controls other than
 *    tab, line feed and carriage return (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F),
 *    lone surrogates (U+D800–U+DFFF not in a pair) and U+FFFE, U+FFFF. No escape can
 *    carry them (`&#0;` is itself not well-formed), so they cannot be kept.
 * 2. The five markup characters become entity references (`&amp; &lt; &gt; &quot; &apos;`),
 *    so one function serves both text and attribute values; `>` is escaped too, which
 *    also keeps `]]>` out. Tab, line feed and carriage return become character references
 *    (`&#9; &#10; &#13;`), because an XML parser turns them into spaces in attribute values
 *    and folds a carriage return into a line feed in text.
 */

/** Every character XML 1.0 forbids (its `Char` production, negated); lone surrogates included. */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** The text without the characters XML 1.0 cannot hold (see the module comment). */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/**
 * Text made safe as XML character data or as an attribute value (in single or double
 * quotes): invalid characters removed, markup characters and tab / line breaks escaped.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\t\n\r]/g, (char) => REFERENCES[char]!);
}

/** `escapeXml` under the name its use reads best with: element content. */
export const escapeXmlText = escapeXml;
/** `escapeXml` under the name its use reads best with: an attribute value. */
export const escapeXmlAttribute = escapeXml;
