import { describe, expect, it } from 'vitest';
import { SEED_FIXTURE, fixturePath } from '../support/fixtures';
import { expectNoStackTrace, runCli } from './helpers';

const SEED = fixturePath(SEED_FIXTURE);

interface UsageCase {
  readonly argv: readonly string[];
  readonly message: string;
  readonly hint?: string;
}

const USAGE_ERRORS: readonly UsageCase[] = [
  { argv: [], message: 'no command given.' },
  { argv: ['import', SEED, '--format', 'svg'], message: 'unknown command "import"' },
  { argv: ['import'], message: 'unknown command "import"' },
  { argv: ['analyse', SEED], message: 'unknown command "analyse"' },
  { argv: ['--bogus'], message: 'unknown option "--bogus".' },
  { argv: ['validate', SEED, '-x'], message: 'unknown option "-x".', hint: 'powermap validate --help' },
  { argv: ['validate'], message: 'missing the FILE argument.', hint: 'powermap validate --help' },
  { argv: ['analyze', '--json'], message: 'missing the FILE argument.', hint: 'powermap analyze --help' },
  { argv: ['diff', SEED], message: 'missing the NEW argument.', hint: 'powermap diff --help' },
  { argv: ['diff'], message: 'missing the OLD argument.' },
  { argv: ['validate', SEED, SEED], message: `unexpected argument "${SEED}".` },
  { argv: ['diff', SEED, SEED, SEED], message: `unexpected argument "${SEED}".` },
  { argv: ['validate', ''], message: 'the FILE argument must not be empty.' },
  { argv: ['analyze', SEED, '--lang', 'fr'], message: 'unknown language "fr"; use en or zh-CN.' },
  { argv: ['analyze', SEED, '--lang=zh'], message: 'unknown language "zh"' },
  { argv: ['analyze', SEED, '--lang'], message: 'the option --lang needs a value.' },
  { argv: ['analyze', SEED, '--lang', '--json'], message: 'the option --lang needs a value.' },
  {
    argv: ['analyze', SEED, '--as-of', '2026-13-01'],
    message: '--as-of expects a calendar date as YYYY-MM-DD, got "2026-13-01".',
  },
  { argv: ['analyze', SEED, '--as-of', '2026-02-30'], message: 'got "2026-02-30"' },
  { argv: ['analyze', SEED, '--as-of=2026-1-5'], message: 'got "2026-1-5"' },
  { argv: ['analyze', SEED, '--as-of', 'tomorrow'], message: 'got "tomorrow"' },
  { argv: ['diff', SEED, SEED, '--as-of', '2026-00-10'], message: 'got "2026-00-10"' },
  { argv: ['analyze', SEED, '--as-of'], message: 'the option --as-of needs a value.' },
  { argv: ['analyze', SEED, '--json', '--json'], message: 'the option --json is given more than once.' },
  { argv: ['analyze', SEED, '--json=yes'], message: 'the option --json takes no value.' },
  { argv: ['validate', SEED, '--json'], message: 'the option --json does not apply to "validate".' },
  { argv: ['validate', SEED, '--as-of', '2026-01-01'], message: 'the option --as-of does not apply to "validate".' },
  { argv: ['help', 'import'], message: 'unknown command "import"' },
  {
    argv: ['diff', SEED, SEED, '--from', 'h-1'],
    message: '--from and --to compare two versions inside one file; give a single FILE.',
    hint: 'powermap diff --help',
  },
  { argv: ['diff', SEED, SEED, '--to', 'h-1'], message: '--from and --to compare two versions inside one file' },
  { argv: ['diff', SEED, '--to', 'h-1'], message: '--to needs --from: the version to compare from.' },
  { argv: ['diff', '--from', 'h-1'], message: 'missing the FILE argument.' },
  { argv: ['diff', SEED, '--from'], message: 'the option --from needs a value.' },
  { argv: ['diff', SEED, '--from='], message: 'the option --from needs a value.' },
  { argv: ['diff', SEED, '--from', 'a', '--from', 'b'], message: 'the option --from is given more than once.' },
  { argv: ['analyze', SEED, '--from', 'h-1'], message: 'the option --from does not apply to "analyze".' },
  { argv: ['help', 'analyze', 'diff'], message: 'unexpected argument "diff".' },
];

describe('wrong usage exits 2 with one message line and a one-line hint to --help', () => {
  for (const usage of USAGE_ERRORS) {
    it(`powermap ${usage.argv.map((a) => (a === SEED ? 'SEED' : a === '' ? "''" : a)).join(' ')}`, async () => {
      const result = await runCli(usage.argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expectNoStackTrace(result.stderr);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^powermap: /);
      expect(lines[0]).toContain(usage.message);
      const command = ['validate', 'analyze', 'diff'].includes(usage.argv[0] ?? '') ? `${usage.argv[0]} ` : '';
      expect(lines[1]).toContain(usage.hint ?? `powermap ${command}--help`);
      expect(lines[1]).toMatch(/^Run "powermap.*--help" for usage\.$/);
    });
  }

  it('words usage errors in Chinese when --lang zh-CN is given, even beside the error', async () => {
    const result = await runCli(['analyze', SEED, '--lang', 'zh-CN', '--as-of', '2026-13-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'powermap: --as-of 应为 YYYY-MM-DD 格式的有效日期, 实际为 "2026-13-01"。\n运行 "powermap analyze --help" 查看用法。\n',
    );
  });

  it('words usage errors in the language of the environment', async () => {
    const result = await runCli(['import', SEED], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'powermap: 未知命令 "import" (可用命令: validate、analyze、diff、export、pipeline、help)。\n运行 "powermap --help" 查看用法。\n',
    );
  });

  it('does not run the command when the usage is wrong (nothing on stdout)', async () => {
    const result = await runCli(['analyze', SEED, '--json', '--bogus']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
  });

  it('treats everything after -- as file names', async () => {
    const result = await runCli(['validate', '--', '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('--json: no such file.\n');
  });
});
