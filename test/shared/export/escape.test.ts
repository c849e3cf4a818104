/** XML escaping: markup stays text, characters XML cannot carry are dropped, and the result always parses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, stripInvalidXmlChars } from '../../../shared/export/escape';
import { parseXml, textContent, XmlError } from './xml';

/** The text inside an element and inside an attribute, read back by a strict XML reader. */
function roundTrip(value: string): { text: string; attribute: string } {
  const root = parseXml(`<a title="${escapeXml(value)}" alt='${escapeXml(value)}'>${escapeXml(value)}</a>`);
  expect(root.attributes['alt']).toBe(root.attributes['title']);
  return { text: textContent(root), attribute: root.attributes['title']! };
}

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x" class='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; class=&apos;y&apos;&gt;&amp;&lt;/a&gt;',
    );
  });

  it.each([
    '<script>alert(1)</script>',
    '"><img onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    ']]>',
    '<![CDATA[x]]>',
    '&amp; is already escaped',
    '&#x3C;script&#x3E;',
    '<!-- comment -->',
    '<?xml version="1.0"?>',
    '张华 <经济买家>',
  ])('keeps %j as text, in content and in attributes', (value) => {
    const escaped = escapeXml(value);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(escaped).not.toContain(']]>');
    expect(roundTrip(value)).toEqual({ text: value, attribute: value });
  });

  it('keeps tabs and line breaks, as character references that survive attribute normalisation', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(roundTrip('a\tb\nc\r\nd')).toEqual({ text: 'a\tb\nc\r\nd', attribute: 'a\tb\nc\r\nd' });
  });

  it('drops the characters XML 1.0 forbids: C0 controls, lone surrogates, U+FFFE and U+FFFF', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0001\u0008c\u000B\u000C\u000E\u001Fd')).toBe('abcd');
    expect(stripInvalidXmlChars('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripInvalidXmlChars('\uFFFE\uFFFFok')).toBe('ok');
    expect(escapeXml('<\u0000>')).toBe('&lt;&gt;');
  });

  it('keeps what XML allows: astral characters (a valid surrogate pair), CJK, C1 controls, private use', () => {
    const value = '😀 𠀀 张华 \u0085 \uE000 \u007F';
    expect(stripInvalidXmlChars(value)).toBe(value);
    expect(roundTrip(value).text).toBe(value);
  });

  it('gives text that always parses and reads back as the input without its invalid characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const expected = stripInvalidXmlChars(value);
        expect(roundTrip(value)).toEqual({ text: expected, attribute: expected });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the test XML reader', () => {
  it.each([
    '<a><b></a></b>',
    '<a>x & y</a>',
    '<a x="1" x="2"/>',
    '<a x="<"/>',
    '<a>]]></a>',
    '<a>\u0001</a>',
    '<a/><b/>',
    '<a><!-- no --></a>',
    '<a>&nbsp;</a>',
  ])('refuses %j', (text) => {
    expect(() => parseXml(text)).toThrow(XmlError);
  });
});
