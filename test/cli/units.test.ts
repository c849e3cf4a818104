/** The small pieces: argument reading, dates, locale, UTF-8 checking and terminal text. */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args';
import { isCalendarDate, localIsoDate } from '../../shared/values';
import { alignedRows, displayWidth, signed, terminalSafe } from '../../cli/format/text';
import { langFromEnv } from '../../cli/lang';
import { run } from '../../cli/main';
import { decodeUtf8, firstInvalidOffset } from '../../cli/utf8';
import { SEED_FIXTURE, fixturePath } from '../support/fixtures';
import { TODAY } from './helpers';

describe('parseArgs', () => {
  it('reads options before, between and after the files, in both spellings', () => {
    expect(parseArgs(['--json', 'analyze', '--as-of=2026-01-02', 'f.powermap', '--lang', 'zh-CN'])).toEqual({
      ok: true,
      invocation: { kind: 'analyze', file: 'f.powermap', json: true, asOf: '2026-01-02', lang: 'zh-CN' },
    });
    expect(parseArgs(['diff', 'a', 'b'])).toEqual({
      ok: true,
      invocation: { kind: 'diff', oldFile: 'a', newFile: 'b', json: false, asOf: null, lang: null },
    });
  });

  it('reads the history form of diff: one file, --from and --to (current by default)', () => {
    expect(parseArgs(['diff', 'f.powermap', '--from', '#1'])).toEqual({
      ok: true,
      invocation: {
        kind: 'diffVersions',
        file: 'f.powermap',
        from: '#1',
        to: 'current',
        json: false,
        asOf: null,
        lang: null,
      },
    });
    expect(parseArgs(['diff', '--to=h-2', '--from=after first visit', 'f', '--json'])).toMatchObject({
      ok: true,
      invocation: { kind: 'diffVersions', file: 'f', from: 'after first visit', to: 'h-2', json: true },
    });
  });

  it('takes "-" as a file name', () => {
    expect(parseArgs(['validate', '-'])).toMatchObject({ ok: true, invocation: { file: '-' } });
  });

  it('reports an unknown command before a malformed option', () => {
    expect(parseArgs(['import', 'f', '--format', 'svg', '-o', 'x.svg', '--bogus'])).toMatchObject({
      ok: false,
      error: { key: 'cli.usage.unknownCommand', params: { command: 'import' } },
    });
  });

  it('keeps a valid --lang for wording the error', () => {
    expect(parseArgs(['analyze', '--lang', 'zh-CN', '--bogus'])).toMatchObject({ ok: false, lang: 'zh-CN' });
    expect(parseArgs(['analyze', '--lang', 'xx'])).toMatchObject({ ok: false, lang: null });
  });
});

describe('dates', () => {
  it.each([
    ['2026-01-31', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-00-01', false],
    ['2026-04-31', false],
    ['2026-1-01', false],
    ['20260101', false],
    ['2026-01-01T00:00', false],
    [' 2026-01-01', false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('gives the local date of a moment', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(987, 11, 31))).toBe('0987-12-31');
  });
});

describe('langFromEnv', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_SG' }, 'zh-CN'],
    [{ LANG: 'zh_CN@pinyin' }, 'zh-CN'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US' }, 'zh-CN'],
    [{ LC_ALL: 'en_US', LC_MESSAGES: 'zh_CN.UTF-8' }, 'en'],
    [{ LANG: 'zhx' }, 'en'],
    [{ LANG: 'POSIX' }, 'en'],
    [{}, 'en'],
  ])('%o gives %s', (env, expected) => {
    expect(langFromEnv(env)).toBe(expected);
  });
});

describe('UTF-8', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  it.each([
    [bytes(0x61, 0x62), 2],
    [bytes(0xe5, 0xbc, 0xa0), 3],
    [bytes(0xf0, 0x9f, 0x98, 0x80), 4],
    [bytes(0x61, 0xc0, 0xaf), 1], // overlong
    [bytes(0xed, 0xa0, 0x80), 0], // a surrogate
    [bytes(0xf4, 0x90, 0x80, 0x80), 0], // above U+10FFFF
    [bytes(0x61, 0xe5, 0xbc), 1], // cut short
    [bytes(0x80), 0], // a lone continuation byte
  ])('%o is well formed up to %i', (input, offset) => {
    expect(firstInvalidOffset(input)).toBe(offset);
    expect(decodeUtf8(input).ok).toBe(offset === input.length);
  });
});

describe('terminal text', () => {
  it('counts Chinese characters as two cells', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('张华')).toBe(4);
    expect(displayWidth('\u001b[1m张\u001b[22m')).toBe(2);
  });

  it('lines up figures right-aligned', () => {
    expect(
      alignedRows(
        [
          ['张华', '+5'],
          ['base', '50'],
          ['gap', '-12'],
        ],
        '  ',
      ),
    ).toEqual(['  张华   +5', '  base   50', '  gap   -12']);
  });

  it('neutralises control characters and bidirectional overrides', () => {
    expect(terminalSafe('a\u001b[31mb\nc\u202ed\u0007')).toBe('a\ufffd[31mb c\ufffdd\ufffd');
  });

  it('signs points', () => {
    expect([signed(3), signed(0), signed(-4)]).toEqual(['+3', '0', '-4']);
  });
});

describe('run', () => {
  it('turns a failure of its own into exit 1 and one line, never a stack trace', async () => {
    let stderr = '';
    const code = await run(['validate', fixturePath(SEED_FIXTURE)], {
      stdout: () => {
        throw new Error('disk full');
      },
      stderr: (text) => (stderr += text),
      env: {},
      cwd: '/',
      today: TODAY,
    });
    expect(code).toBe(1);
    expect(stderr).toBe('powermap: internal error (disk full). This is a bug in Powermap; please report it.\n');
  });
});
