import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis';
import { parseDocumentText, type PowermapDocument } from '../../shared/document';
import type { Lang } from '../../shared/i18n';
import { SEED_FIXTURE, fixturePath, readFixtureText } from '../support/fixtures';
import { TODAY, runCli, smallDocument, tempDir } from './helpers';

const SEED = fixturePath(SEED_FIXTURE);
const temp = tempDir();
afterAll(() => temp.cleanup());

function seedDocument(): PowermapDocument {
  const parsed = parseDocumentText(readFixtureText(SEED_FIXTURE));
  if (!parsed.ok) throw new Error('the seed fixture does not parse');
  return parsed.document;
}

// eslint-disable-next-line no-control-regex -- looking for ANSI escape sequences
const ANSI = /\u001b\[/;

describe('powermap analyze --json', () => {
  it('prints exactly one JSON object with winLikelihood, explanation and gaps, then salesStep and position', async () => {
    const result = await runCli(['analyze', SEED, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.endsWith('}\n')).toBe(true);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['winLikelihood', 'explanation', 'gaps', 'salesStep', 'position']);
    expect(Number.isInteger(json['winLikelihood'])).toBe(true);
    const explanation = json['explanation'] as { base: number; terms: Record<string, unknown>[] };
    expect(Object.keys(explanation)).toEqual(['base', 'model', 'terms']);
    expect(json['explanation']).toMatchObject({ model: 'standard' });
    for (const term of explanation.terms) {
      expect(typeof term['key']).toBe('string');
      expect(typeof term['label']).toBe('string');
      expect(Number.isInteger(term['points'])).toBe(true);
    }
    const sum = explanation.base + explanation.terms.reduce((total, term) => total + (term['points'] as number), 0);
    expect(sum).toBe(json['winLikelihood']);
  });

  it('gives every gap code, severity, stakeholderIds, message and action, and role for MISSING_ROLE', async () => {
    const json = JSON.parse((await runCli(['analyze', SEED, '--json'])).stdout) as { gaps: Record<string, unknown>[] };
    expect(json.gaps.length).toBeGreaterThan(0);
    for (const gap of json.gaps) {
      expect(typeof gap['code']).toBe('string');
      expect(['critical', 'warning', 'info']).toContain(gap['severity']);
      expect(Array.isArray(gap['stakeholderIds'])).toBe(true);
      expect(typeof gap['message']).toBe('string');
      expect((gap['message'] as string).length).toBeGreaterThan(0);
      expect(typeof gap['action']).toBe('string');
      expect((gap['action'] as string).length).toBeGreaterThan(0);
      if (gap['code'] === 'MISSING_ROLE') expect(typeof gap['role']).toBe('string');
      else expect(gap).not.toHaveProperty('role');
    }
    expect(json.gaps.filter((gap) => gap['code'] === 'MISSING_ROLE').map((gap) => gap['role'])).toEqual(
      expect.arrayContaining(['financial', 'coach', 'user']),
    );
  });

  it.each<Lang>(['en', 'zh-CN'])('matches analyze() of the document in %s', async (lang) => {
    const json = JSON.parse((await runCli(['analyze', SEED, '--json', '--lang', lang])).stdout) as Record<
      string,
      unknown
    >;
    const expected = analyze(seedDocument(), { asOf: TODAY, lang });
    expect(json['winLikelihood']).toBe(expected.winLikelihood);
    expect(json['explanation']).toEqual(JSON.parse(JSON.stringify(expected.explanation)));
    expect(json['gaps']).toEqual(JSON.parse(JSON.stringify(expected.gaps)));
  });

  it('words messages in Chinese with --lang zh-CN', async () => {
    const en = JSON.parse((await runCli(['analyze', SEED, '--json'])).stdout) as { gaps: { message: string }[] };
    const zh = JSON.parse((await runCli(['analyze', SEED, '--json', '--lang', 'zh-CN'])).stdout) as {
      gaps: { message: string }[];
    };
    expect(zh.gaps.map((gap) => gap.message)).not.toEqual(en.gaps.map((gap) => gap.message));
    expect(zh.gaps.some((gap) => /[\u4e00-\u9fff]/.test(gap.message.replace(/副总|王桑|张华|李建/g, '')))).toBe(true);
  });

  it('has no colour codes even on a terminal', async () => {
    const result = await runCli(['analyze', SEED, '--json'], { tty: true });
    expect(result.stdout).not.toMatch(ANSI);
  });
});

describe('powermap analyze --as-of', () => {
  // Wang Wei, the decision-maker, was last met on 2026-01-01.
  const file = temp.write('stale.powermap', smallDocument());
  const staleGaps = async (argv: string[], today = TODAY) => {
    const result = await runCli(['analyze', file, '--json', ...argv], { today });
    expect(result.code).toBe(0);
    return (JSON.parse(result.stdout) as { gaps: { code: string; stakeholderIds: string[] }[] }).gaps.filter(
      (gap) => gap.code === 'STALE',
    );
  };

  it('reaches the analysis: contact 9 days old is not stale, 59 days old is', async () => {
    expect(await staleGaps(['--as-of', '2026-01-10'])).toEqual([]);
    expect(await staleGaps(['--as-of', '2026-03-01'])).toEqual([expect.objectContaining({ stakeholderIds: ['s-2'] })]);
    expect(await staleGaps(['--as-of=2026-03-01'])).toHaveLength(1);
  });

  it("defaults to today's date", async () => {
    expect(await staleGaps([], '2026-01-10')).toEqual([]);
    expect(await staleGaps([], '2026-03-01')).toHaveLength(1);
  });

  it('is shown in the human output', async () => {
    expect((await runCli(['analyze', file, '--as-of', '2026-03-01'])).stdout).toContain('as of 2026-03-01');
    expect((await runCli(['analyze', file], { today: '2026-02-02' })).stdout).toContain('as of 2026-02-02');
  });
});

describe('powermap analyze (human output)', () => {
  it('shows the deal, the likelihood as an estimate, the explanation and the gaps by severity (English)', async () => {
    const result = await runCli(['analyze', SEED]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const expected = analyze(seedDocument(), { asOf: TODAY, lang: 'en' });
    const out = result.stdout;
    expect(out.split('\n')[0]).toBe('设备采购项目 · 示例客户');
    expect(out).toContain('Purchase stage: evaluation');
    expect(out).toContain(`Win likelihood: ${expected.winLikelihood}% (estimate)`);
    expect(out).toMatch(new RegExp(`\\n  base +${expected.explanation.base}\\n`));
    for (const term of expected.explanation.terms) {
      const sign = term.points > 0 ? `+${term.points}` : String(term.points);
      expect(out).toMatch(new RegExp(`\\n  ${escape(term.label)} +${escape(sign)}\\n`));
    }
    expect(out).toMatch(new RegExp(`\\n  win likelihood \\(estimate\\) +${expected.winLikelihood}%\\n`));
    for (const gap of expected.gaps) {
      expect(out).toContain(`• ${gap.message}`);
      expect(out).toContain(`Next: ${gap.action}`);
    }
    const headings = ['Critical', 'Warning', 'Info']
      .map((heading) => out.indexOf(`\n${heading} (`))
      .filter((at) => at >= 0);
    expect(headings.length).toBeGreaterThan(1);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(out).not.toMatch(ANSI);
  });

  it('lines the figures of the explanation up in one column', async () => {
    const out = (await runCli(['analyze', SEED])).stdout;
    const start = out.indexOf('How it adds up\n');
    const block = out.slice(start).split('\n').slice(1);
    const rows = block.slice(0, block.findIndex((line) => line.startsWith('  win likelihood')) + 1);
    const figureEnds = rows.filter((line) => !/^ +-+$/.test(line)).map((line) => displayCells(line));
    // Every row ends in the same column, except a label too long to fit, which pushes its figure right.
    const common = figureEnds.filter((end) => end === figureEnds.at(-1));
    expect(common.length).toBeGreaterThanOrEqual(figureEnds.length - 1);
  });

  it('shows gaps in the same order as the analysis within each severity', async () => {
    const out = (await runCli(['analyze', SEED])).stdout;
    const expected = analyze(seedDocument(), { asOf: TODAY, lang: 'en' });
    const positions = expected.gaps.map((gap) => out.indexOf(gap.message));
    for (const severity of ['critical', 'warning', 'info']) {
      const group = expected.gaps
        .map((gap, i) => [gap, positions[i]!] as const)
        .filter(([gap]) => gap.severity === severity);
      const at = group.map(([, position]) => position);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    const result = await runCli(['analyze', SEED, '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    const expected = analyze(seedDocument(), { asOf: TODAY, lang: 'zh-CN' });
    expect(result.stdout).toContain('采购阶段: 评估比较');
    expect(result.stdout).toContain(`赢率: ${expected.winLikelihood}% (估计)`);
    expect(result.stdout).toContain('赢率构成');
    expect(result.stdout).toMatch(/\n严重 \(\d+\)\n/);
    for (const gap of expected.gaps) {
      expect(result.stdout).toContain(gap.message);
      expect(result.stdout).toContain(`建议: ${gap.action}`);
    }
  });

  it('takes the language from LANG when --lang is not given', async () => {
    const result = await runCli(['analyze', SEED], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(result.stdout).toContain('赢率构成');
  });

  it('uses colour on a terminal, and none with NO_COLOR or TERM=dumb', async () => {
    expect((await runCli(['analyze', SEED], { tty: true, env: {} })).stdout).toMatch(ANSI);
    expect((await runCli(['analyze', SEED], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['analyze', SEED], { tty: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI);
    // no-color.org: an empty NO_COLOR does not count.
    expect((await runCli(['analyze', SEED], { tty: true, env: { NO_COLOR: '' } })).stdout).toMatch(ANSI);
  });

  it('prints the same text with and without colour once the escape codes are removed', async () => {
    const plain = (await runCli(['analyze', SEED])).stdout;
    // eslint-disable-next-line no-control-regex -- removing ANSI escape sequences
    const coloured = (await runCli(['analyze', SEED], { tty: true, env: {} })).stdout.replace(/\u001b\[\d+m/g, '');
    expect(coloured).toBe(plain);
  });

  it('never passes control characters from the document to the terminal', async () => {
    const document = smallDocument();
    (document['deal'] as Record<string, unknown>)['name'] = 'Deal\u001b[2J\u001b]0;pwned\u0007';
    (document['stakeholders'] as Record<string, unknown>[])[0]!['name'] = 'Zhang\u001b[31m Hua\u202e';
    const file = temp.write('escapes.powermap', document);
    const result = await runCli(['analyze', file]);
    expect(result.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- looking for any control character
    expect(result.stdout.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(result.stdout).toContain('Deal\ufffd[2J');
  });

  it('shows the deal name alone when no account is given', async () => {
    const document = smallDocument();
    delete (document['deal'] as Record<string, unknown>)['account'];
    const file = temp.write('no-account.powermap', document);
    expect((await runCli(['analyze', file])).stdout.split('\n')[0]).toBe('Core banking upgrade');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Terminal cells of a line (CJK characters take two). */
function displayCells(line: string): number {
  let cells = 0;
  for (const char of line)
    cells += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uff60]/.test(char) ? 2 : 1;
  return cells;
}
