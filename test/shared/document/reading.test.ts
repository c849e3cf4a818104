/**
 * Reading text: what can go wrong before the schema is even consulted (empty, not JSON,
 * too large, too deep, forbidden keys), and the byte-order mark editors add.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_BYTES,
  MAX_NESTING,
  formatPath,
  formatProblem,
  parseDocumentText,
  type ParseResult,
  type Problem,
  type ProblemCode,
} from '../../../shared/document';
import { LANGS } from '../../../shared/i18n';
import { expectDocument, expectProblems, rawDocument } from '../../support/builders';
import { SEED_FIXTURE, readFixtureText } from '../../support/fixtures';

/** Exactly one problem, with no document, worded in both languages. */
function onlyProblem(result: ParseResult, code: ProblemCode, path = ''): Problem {
  expect(result).not.toHaveProperty('document');
  const problems = expectProblems(result);
  expect(problems.map((p) => `${formatPath(p.path)} ${p.code}`)).toEqual([`${path} ${code}`]);
  const [p] = problems as [Problem];
  for (const lang of LANGS) {
    const message = formatProblem(p, lang);
    expect(message).not.toMatch(/\{\w+\}|problem\.|undefined/);
    if (path !== '') expect(message.startsWith(`${path}: `)).toBe(true);
  }
  return p;
}

const seedText = readFixtureText(SEED_FIXTURE);

describe('empty text', () => {
  it.each([
    ['nothing', ''],
    ['white space only', ' \n\t\r\n  '],
    ['a byte-order mark only', '\ufeff'],
    ['a byte-order mark and white space', '\ufeff  \n'],
  ])('%s is "empty"', (_name, text) => {
    const p = onlyProblem(parseDocumentText(text), 'empty');
    expect(formatProblem(p, 'en')).toBe('The file is empty.');
    expect(formatProblem(p, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('invalid JSON', () => {
  it.each([
    ['a truncated file', seedText.slice(0, seedText.length / 2)],
    ['a trailing comma', '{"format": "powermap",}'],
    ['single quotes', "{'format': 'powermap'}"],
    ['a comment', '// map\n{"format": "powermap"}'],
    ['two values', '{} {}'],
  ])('%s is "invalid_json", with the parser detail', (_name, text) => {
    const p = onlyProblem(parseDocumentText(text), 'invalid_json');
    expect(String(p.params['detail']).length).toBeGreaterThan(0);
    for (const lang of LANGS) expect(formatProblem(p, lang)).toContain(String(p.params['detail']));
  });
});

describe('a byte-order mark', () => {
  it('before a valid document is accepted', () => {
    const withBom = expectDocument(parseDocumentText(`\ufeff${seedText}`));
    expect(withBom).toEqual(expectDocument(parseDocumentText(seedText)));
  });

  it('does not hide a real problem behind it', () => {
    onlyProblem(parseDocumentText('\ufeff[]'), 'not_object');
  });
});

describe('nesting', () => {
  it('refuses 10,000 nested lists with a clear problem, without overflowing the stack', () => {
    const text = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const p = onlyProblem(parseDocumentText(text), 'too_deep');
    expect(p.params).toEqual({ limit: MAX_NESTING, line: 1 });
    expect(formatProblem(p, 'en')).toContain(String(MAX_NESTING));
  });

  it('refuses deeply nested objects inside an otherwise valid document, naming the line', () => {
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const text = seedText.replace('"history": []', `"history": [],\n"x-deep": ${deep}`);
    const line = text.split('\n').findIndex((l) => l.startsWith('"x-deep"')) + 1;
    const p = onlyProblem(parseDocumentText(text), 'too_deep');
    expect(p.params['line']).toBe(line);
    expect(formatProblem(p, 'en')).toContain(`line ${line}`);
  });

  it(`accepts ${MAX_NESTING} levels and refuses ${MAX_NESTING + 1}`, () => {
    // The document itself is one level; the unknown field adds the rest.
    const nest = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const at = (levels: number) => JSON.stringify(rawDocument()).replace(/\}$/, `,"x-deep":${nest(levels)}}`);
    expectDocument(parseDocumentText(at(MAX_NESTING - 1)));
    onlyProblem(parseDocumentText(at(MAX_NESTING)), 'too_deep');
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const notes = `${'['.repeat(500)}\\"${'{'.repeat(500)}\\\\`;
    const text = JSON.stringify(rawDocument()).replace(/\}$/, `,"x-notes":"${notes}"}`);
    const document = expectDocument(parseDocumentText(text));
    expect(document['x-notes']).toBe(`${'['.repeat(500)}"${'{'.repeat(500)}\\`);
  });
});

describe('the key __proto__', () => {
  it('is refused at the root', () => {
    const text = seedText.replace('{', '{ "__proto__": { "polluted": true },');
    const p = onlyProblem(parseDocumentText(text), 'forbidden_key', '__proto__');
    expect(p.params).toEqual({ key: '__proto__' });
    expect(formatProblem(p, 'en')).toBe('__proto__: the key "__proto__" is not allowed.');
  });

  it('is refused in a stakeholder, with its path', () => {
    const anchor = '{ "id": "s-wangsang",';
    expect(seedText).toContain(anchor);
    const text = seedText.replace(anchor, `${anchor} "__proto__": { "polluted": true },`);
    onlyProblem(parseDocumentText(text), 'forbidden_key', 'stakeholders[2].__proto__');
  });

  it('is refused deep inside an unknown field of a snapshot', () => {
    const text = JSON.stringify(
      rawDocument({
        history: [
          { id: 'h', takenAt: '2026-10-01T09:00:00Z', deal: { id: 'd', name: 'n' }, 'x-meta': [{ a: { b: 1 } }] },
        ],
      }),
    ).replace('"b":1', '"b":1,"__proto__":{"polluted":true}');
    onlyProblem(parseDocumentText(text), 'forbidden_key', 'history[0]["x-meta"][0].a.__proto__');
  });

  it('does not reach Object.prototype', () => {
    parseDocumentText(seedText.replace('{', '{ "__proto__": { "polluted": true },'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('is allowed as text, and other object-ish keys are fine', () => {
    const text = JSON.stringify(rawDocument({ 'x-note': '__proto__', constructor: 'c', toString: 't' }));
    const document = expectDocument(parseDocumentText(text));
    expect(document['x-note']).toBe('__proto__');
    expect(document['constructor']).toBe('c');
  });
});

describe('size', () => {
  it('refuses a 17 MB file as too_large, without crashing', () => {
    const text = JSON.stringify(rawDocument({ 'x-blob': 'a'.repeat(17 * 1024 * 1024) }));
    const p = onlyProblem(parseDocumentText(text), 'too_large');
    expect(p.params).toEqual({ size: 17, limit: 16 });
    expect(formatProblem(p, 'en')).toBe('The file is 17 MB; documents larger than 16 MB are refused.');
    expect(formatProblem(p, 'zh-CN')).toContain('17 MB');
  });

  it('counts UTF-8 bytes, not UTF-16 units', () => {
    // 6 Mi Chinese characters: 6 Mi UTF-16 units, but 18 MB of UTF-8.
    const text = JSON.stringify(rawDocument({ 'x-blob': '张'.repeat(6 * 1024 * 1024) }));
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(onlyProblem(parseDocumentText(text), 'too_large').params['size']).toBe(18);
  });

  it('reads a large document just under the limit', () => {
    const filler = 'a'.repeat(MAX_DOCUMENT_BYTES - 1024);
    const document = expectDocument(parseDocumentText(JSON.stringify(rawDocument({ 'x-blob': filler }))));
    expect(document['x-blob']).toBe(filler);
  });
});
