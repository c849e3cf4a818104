import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_BYTES,
  formatPath,
  formatProblem,
  megabytes,
  parseDocumentText,
  problem,
  type Problem,
  type ProblemCode,
} from '../../shared/document';
import { SEED_FIXTURE, fixturePath } from '../support/fixtures';
import { expectNoStackTrace, runCli, smallDocument, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

function withStakeholder(changes: Record<string, unknown>, index = 0): Record<string, unknown> {
  const document = smallDocument();
  const people = document['stakeholders'] as Record<string, unknown>[];
  people[index] = { ...people[index], ...changes };
  return document;
}

function withRelationship(line: Record<string, unknown>): Record<string, unknown> {
  return { ...smallDocument(), relationships: [line] };
}

describe('powermap validate: a valid document', () => {
  it('exits 0 with one short "valid" line naming the file', async () => {
    const result = await runCli(['validate', fixturePath(SEED_FIXTURE)]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${fixturePath(SEED_FIXTURE)}: valid Powermap document.\n`);
  });

  it('reads a relative path from the working directory', async () => {
    const path = temp.write('ok.powermap', smallDocument());
    const result = await runCli(['validate', 'ok.powermap'], { cwd: temp.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ok.powermap: valid Powermap document.\n');
    expect(path).toContain(temp.dir);
  });

  it('accepts a byte-order mark', async () => {
    const path = temp.write('bom.powermap', `\ufeff${JSON.stringify(smallDocument())}`);
    expect((await runCli(['validate', path])).code).toBe(0);
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    const result = await runCli(['validate', fixturePath(SEED_FIXTURE), '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('有效的 Powermap 文档');
  });
});

/** A document the reader refuses, and the problems (path and code) it must be refused for. */
interface BadDocument {
  readonly name: string;
  readonly content: string | object;
  /** `formatPath` of each problem's path ('' for the whole file) and its code. */
  readonly expected: readonly (readonly [path: string, code: ProblemCode])[];
}

const BAD_DOCUMENTS: readonly BadDocument[] = [
  { name: 'malformed JSON', content: '{"format": "powermap", "version": 1,', expected: [['', 'invalid_json']] },
  { name: 'an empty file', content: '', expected: [['', 'empty']] },
  { name: 'white space only', content: '  \n\t\n', expected: [['', 'empty']] },
  { name: 'a wrong format', content: { ...smallDocument(), format: 'visio' }, expected: [['format', 'wrong_format']] },
  {
    name: 'no format at all',
    content: { version: 1, deal: { id: 'd', name: 'x' } },
    expected: [['format', 'wrong_format']],
  },
  { name: 'a future version', content: { ...smallDocument(), version: 7 }, expected: [['version', 'future_version']] },
  {
    name: 'a version that is not a number',
    content: { ...smallDocument(), version: 'one' },
    expected: [['version', 'bad_version']],
  },
  {
    name: 'a wrong attitude',
    content: withStakeholder({ attitude: 'friendly' }),
    expected: [['stakeholders[0].attitude', 'not_one_of']],
  },
  {
    name: 'a wrong closeness and level',
    content: withStakeholder({ closeness: 'very', level: 'ceo' }, 1),
    expected: [
      ['stakeholders[1].closeness', 'not_one_of'],
      ['stakeholders[1].level', 'not_one_of'],
    ],
  },
  {
    name: 'a wrong relationship kind',
    content: withRelationship({ id: 'r-1', kind: 'friend', from: 's-1', to: 's-2' }),
    expected: [['relationships[0].kind', 'not_one_of']],
  },
  {
    name: 'duplicate stakeholder ids',
    content: withStakeholder({ id: 's-1' }, 1),
    expected: [['stakeholders[1].id', 'duplicate_id']],
  },
  {
    name: 'a dangling relationship',
    content: withRelationship({ id: 'r-1', kind: 'influences', from: 's-1', to: 's-9' }),
    expected: [['relationships[0].to', 'unknown_stakeholder']],
  },
  {
    name: 'a relationship from a person to itself',
    content: withRelationship({ id: 'r-1', kind: 'ally', from: 's-2', to: 's-2' }),
    expected: [['relationships[0].to', 'self_relationship']],
  },
  {
    name: 'influence above 100',
    content: withStakeholder({ influence: 150 }),
    expected: [['stakeholders[0].influence', 'too_big']],
  },
  {
    name: 'influence below 0',
    content: withStakeholder({ influence: -5 }),
    expected: [['stakeholders[0].influence', 'too_small']],
  },
  { name: 'an empty name', content: withStakeholder({ name: '' }), expected: [['stakeholders[0].name', 'blank']] },
  { name: 'a blank name', content: withStakeholder({ name: '   ' }, 1), expected: [['stakeholders[1].name', 'blank']] },
  {
    name: 'a missing deal name',
    content: { ...smallDocument(), deal: { id: 'd-1' } },
    expected: [['deal.name', 'required']],
  },
  { name: 'an array at the root', content: '[{"format": "powermap"}]', expected: [['', 'not_object']] },
  {
    name: 'a __proto__ key',
    content: '{"format":"powermap","version":1,"deal":{"id":"d","name":"x","__proto__":{"polluted":true}}}',
    expected: [['deal.__proto__', 'forbidden_key']],
  },
  { name: 'JSON nested 100,000 levels deep', content: '['.repeat(100_000), expected: [['', 'too_deep']] },
];

/** The file's problems as the document layer finds them, for comparing the CLI's lines with. */
function problemsOf(content: string | object): readonly Problem[] {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  const parsed = parseDocumentText(text);
  if (parsed.ok) throw new Error('expected a bad document');
  return parsed.problems;
}

function expectBadInput(result: { code: number; stdout: string; stderr: string }, file: string) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expectNoStackTrace(result.stderr);
  const lines = result.stderr.trimEnd().split('\n');
  for (const line of lines) expect(line.startsWith(`${file}: `), line).toBe(true);
}

/** The path a problem line names after the file: `stakeholders[0].attitude`, or '' for the whole file. */
function pathOf(problem: Problem): string {
  return formatPath(problem.path);
}

describe('powermap validate: bad input exits 1 with every problem, each naming the file', () => {
  BAD_DOCUMENTS.forEach((bad, index) => {
    it(`refuses ${bad.name}`, async () => {
      const file = `bad-${index}.powermap`;
      temp.write(file, bad.content);
      const result = await runCli(['validate', file], { cwd: temp.dir });
      expectBadInput(result, file);
      const problems = problemsOf(bad.content);
      expect(problems.map((problem) => [pathOf(problem), problem.code])).toEqual(
        expect.arrayContaining([...bad.expected]),
      );
      // Every problem, worded by formatProblem, one per line, naming the file and the path.
      expect(result.stderr).toBe(problems.map((problem) => `${file}: ${formatProblem(problem, 'en')}\n`).join(''));
      for (const [path] of bad.expected) if (path !== '') expect(result.stderr).toContain(`${file}: ${path}: `);
    });
  });

  it('refuses invalid UTF-8, saying where', async () => {
    const file = temp.write(
      'latin1.powermap',
      new Uint8Array([...Buffer.from('{"format":"powermap",\n"x":"'), 0xff, 0xfe, ...Buffer.from('"}')]),
    );
    const result = await runCli(['validate', file]);
    expectBadInput(result, file);
    expect(result.stderr).toBe(
      `${file}: the file is not UTF-8 text (byte 0xFF at offset 27, line 2); save it as UTF-8 and try again.\n`,
    );
  });

  it('refuses a truncated UTF-8 sequence', async () => {
    const file = temp.write('cut.powermap', new Uint8Array([...Buffer.from('{"name":"张'), 0xe5, 0xbc]));
    const result = await runCli(['analyze', file, '--lang', 'zh-CN']);
    expectBadInput(result, file);
    expect(result.stderr).toBe(
      `${file}: 文件不是 UTF-8 文本 (第 1 行, 偏移 12 处的字节 0xE5); 请以 UTF-8 编码保存后重试。\n`,
    );
  });

  it('puts each problem on its own line', async () => {
    const document = withStakeholder({ attitude: 'friendly', influence: 101 });
    (document['stakeholders'] as Record<string, unknown>[])[1]!['closeness'] = 'very';
    const file = temp.write('three.powermap', document);
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.slice(file.length + 2).split(':')[0]).sort()).toEqual([
      'stakeholders[0].attitude',
      'stakeholders[0].influence',
      'stakeholders[1].closeness',
    ]);
  });

  it('summarises past 100 problems in one last line', async () => {
    const people = Array.from({ length: 150 }, (_, i) => ({ id: `s-${i}`, name: `P${i}`, attitude: 'friendly' }));
    const file = temp.write('many.powermap', { ...smallDocument(), stakeholders: people, relationships: [] });
    const result = await runCli(['validate', file]);
    const lines = result.stderr.trimEnd().split('\n');
    const total = problemsOf({ ...smallDocument(), stakeholders: people, relationships: [] }).length;
    expect(total).toBeGreaterThanOrEqual(150);
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe(`… and ${total - 100} more problems.`);
  });

  it('words problems in Chinese with --lang zh-CN', async () => {
    const document = withStakeholder({ influence: 150 });
    const file = temp.write('zh.powermap', document);
    const result = await runCli(['validate', file, '--lang', 'zh-CN']);
    expect(result.code).toBe(1);
    const [problem] = problemsOf(document);
    expect(result.stderr).toBe(`${file}: ${formatProblem(problem!, 'zh-CN')}\n`);
    expect(result.stderr).toMatch(/^\S+: stakeholders\[0\]\.influence: .*[\u4e00-\u9fff]/);
  });

  it('refuses a missing file, naming the path', async () => {
    const file = join(temp.dir, 'nowhere', 'missing.powermap');
    const result = await runCli(['validate', file]);
    expectBadInput(result, file);
    expect(result.stderr).toBe(`${file}: no such file.\n`);
  });

  it('refuses a directory, naming the path', async () => {
    const dir = join(temp.dir, 'a-folder.powermap');
    mkdirSync(dir);
    const result = await runCli(['validate', dir]);
    expectBadInput(result, dir);
    expect(result.stderr).toBe(`${dir}: is a directory, not a file.\n`);
    const zh = await runCli(['validate', dir, '--lang', 'zh-CN']);
    expect(zh.stderr).toBe(`${dir}: 这是一个目录, 不是文件。\n`);
  });

  it('refuses a 20 MB file by its size', async () => {
    const file = join(temp.dir, 'huge.powermap');
    writeFileSync(file, Buffer.alloc(20 * 1024 * 1024, 0x20));
    const result = await runCli(['validate', file]);
    expectBadInput(result, file);
    const tooLarge = problem([], 'too_large', { size: 20, limit: megabytes(MAX_DOCUMENT_BYTES) });
    expect(result.stderr).toBe(`${file}: ${formatProblem(tooLarge, 'en')}\n`);
    expect(result.stderr).toMatch(/\b20\b.*\b16\b/);
  });

  it('accepts a file of exactly the limit as far as size goes', async () => {
    const body = JSON.stringify(smallDocument());
    const file = temp.write('limit.powermap', body + ' '.repeat(MAX_DOCUMENT_BYTES - Buffer.byteLength(body)));
    expect((await runCli(['validate', file])).code).toBe(0);
  });
});

describe('bad input is refused the same way by analyze and diff', () => {
  it('analyze exits 1 with the problems on stderr and nothing on stdout', async () => {
    const file = temp.write('analyze-bad.powermap', withStakeholder({ attitude: 'friendly' }));
    for (const extra of [[], ['--json']]) {
      const result = await runCli(['analyze', file, ...extra]);
      expectBadInput(result, file);
      expect(result.stderr).toContain(`${file}: stakeholders[0].attitude: `);
    }
  });

  it('diff reports both bad files before exiting 1', async () => {
    const bad = temp.write('diff-bad.powermap', '');
    const missing = join(temp.dir, 'diff-missing.powermap');
    const result = await runCli(['diff', bad, missing, '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expectNoStackTrace(result.stderr);
    expect(result.stderr).toBe(`${bad}: ${formatProblem(problem([], 'empty'), 'en')}\n${missing}: no such file.\n`);
  });

  it('diff exits 1 when only the newer file is bad', async () => {
    const bad = temp.write('diff-new-bad.powermap', '[]');
    const result = await runCli(['diff', fixturePath(SEED_FIXTURE), bad]);
    expectBadInput(result, bad);
    expect(result.stderr).toBe(`${bad}: ${formatProblem(problemsOf('[]')[0]!, 'en')}\n`);
  });
});
