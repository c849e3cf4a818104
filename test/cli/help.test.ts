import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { runCli } from './helpers';

describe('help and version', () => {
  for (const argv of [['--help'], ['-h'], ['help'], ['help', '--help']]) {
    it(`powermap ${argv.join(' ')} prints the general help on stdout and exits 0`, async () => {
      const result = await runCli(argv);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(/^Usage: powermap COMMAND/);
      for (const command of [
        'validate FILE',
        'analyze FILE',
        'diff OLD NEW',
        'export FILE',
        'pipeline FILE…|DIR',
        'help [COMMAND]',
      ]) {
        expect(result.stdout).toContain(command);
      }
    });
  }

  for (const command of ['validate', 'analyze', 'diff', 'export', 'pipeline']) {
    it(`shows the help of ${command} for "help ${command}" and "${command} --help"`, async () => {
      const viaHelp = await runCli(['help', command]);
      const viaFlag = await runCli([command, '--help']);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: powermap ${command} `));
      expect(viaFlag).toEqual(viaHelp);
    });
  }

  it('documents the analyze options', async () => {
    const { stdout } = await runCli(['analyze', '-h']);
    for (const option of ['--json', '--lang en|zh-CN', '--as-of YYYY-MM-DD']) expect(stdout).toContain(option);
  });

  it('documents the diff options, the history form among them', async () => {
    const { stdout } = await runCli(['diff', '-h']);
    for (const option of ['powermap diff FILE --from REF [--to REF]', '--from REF', '--to REF', '#N', '--json']) {
      expect(stdout).toContain(option);
    }
    const zh = (await runCli(['diff', '-h', '--lang', 'zh-CN'])).stdout;
    for (const option of ['--from', '--to', 'current', '#N']) expect(zh).toContain(option);
    expect((await runCli(['--help'])).stdout).toContain('diff FILE --from REF [--to REF]');
  });

  it('--help wins over missing arguments', async () => {
    expect((await runCli(['diff', '--help'])).code).toBe(0);
  });

  it('prints the version from package.json', async () => {
    const result = await runCli(['--version']);
    expect(result).toEqual({ code: 0, stdout: `powermap ${packageJson.version}\n`, stderr: '' });
  });
});

describe('the interface language', () => {
  const chinese = /^用法: powermap 命令/;
  const english = /^Usage: powermap COMMAND/;

  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, chinese],
    [{ LANG: 'zh_TW.UTF-8' }, chinese],
    [{ LANG: 'zh' }, chinese],
    [{ LC_ALL: 'zh_CN.GB18030', LANG: 'en_US.UTF-8' }, chinese],
    [{ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, english],
    [{ LC_ALL: '', LANG: 'zh_CN.UTF-8' }, chinese],
    [{ LANG: 'C' }, english],
    [{ LANG: 'C.UTF-8' }, english],
    [{ LANG: 'zu_ZA.UTF-8' }, english],
    [{}, english],
  ])('follows the environment %o', async (env, expected) => {
    expect((await runCli(['--help'], { env })).stdout).toMatch(expected);
  });

  it('--lang wins over the environment, both ways', async () => {
    expect((await runCli(['--help', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toMatch(english);
    expect((await runCli(['--help', '--lang=zh-CN'], { env: { LANG: 'en_US.UTF-8' } })).stdout).toMatch(chinese);
  });
});
