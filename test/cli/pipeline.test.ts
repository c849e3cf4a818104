/** `powermap pipeline`: the table, why, the closed deals, totals per currency, --since, --json, bad input. */
import { afterAll, describe, expect, it } from 'vitest';
import { greenDeal, lostDeal, redDeal } from '../support/pipelineDeals';
import { expectNoStackTrace, runCli, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());
const green = temp.write('green.powermap', greenDeal());
const red = temp.write('red.powermap', redDeal());
const lost = temp.write('lost.powermap', lostDeal());
const folder = temp.dir;

describe('powermap pipeline', () => {
  it('shows the open deals red first, why, the closed deals and the totals per currency', async () => {
    const result = await runCli(['pipeline', green, red, lost, '--as-of', '2026-11-26']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = result.stdout;
    expect(out).toContain('Pipeline on 2026-11-26');
    expect(out).toContain('Open deals (2)');
    expect(out.indexOf('设备采购')).toBeLessThan(out.indexOf('Data centre'));
    expect(out).toMatch(/Red +设备采购 +示例客户 +CN¥1,200,000 +Commitment +2026-11-01 \(overdue 25 d\) +0%/);
    expect(out).toMatch(/Green +Data centre +Harbour Bank +US\$800,000 +Evaluation +2026-12-20 \(24 d\) +80%/);
    expect(out).toContain('设备采购: A key person is against us: 副总; Nobody at the decision level');
    expect(out).toContain('The decision date passed 25 days ago');
    expect(out).toContain('Closed deals (1)');
    expect(out).toMatch(/Lost \(Acme\) +Old tender/);
    expect(out).toContain('CNY: 1 deal, value CN¥1,200,000, weighted CN¥0');
    expect(out).toContain('USD: 1 deal, value US$800,000, weighted US$640,000');
    // The lost deal's value is in no total.
    expect(out).not.toContain('US$850,000');
  });

  it('reads a folder for its documents, in name order', async () => {
    const byFolder = await runCli(['pipeline', folder, '--as-of', '2026-11-26', '--json']);
    const byFiles = await runCli(['pipeline', green, lost, red, '--as-of', '2026-11-26', '--json']);
    const files = (JSON.parse(byFolder.stdout) as { rows: { file: string }[] }).rows.map((row) => row.file);
    expect(files.sort()).toEqual([green, lost, red].sort());
    const strip = (text: string) => (JSON.parse(text) as { rows: { dealId: string }[] }).rows.map((r) => r.dealId);
    expect(strip(byFolder.stdout)).toEqual(strip(byFiles.stdout));
  });

  it('measures moves, totals and what moved since --since', async () => {
    const result = await runCli(['pipeline', green, red, '--as-of', '2026-11-26', '--since', '2026-11-12']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Pipeline on 2026-11-26, moves since 2026-11-12');
    expect(result.stdout).toMatch(/overdue 25 d\) +0% +-35/);
    // The red deal stood at CN¥1,000,000 then: value +200,000; the green deal is new since.
    expect(result.stdout).toContain('(since 2026-11-12: 0 deals, value +CN¥200,000, weighted -CN¥350,000)');
    expect(result.stdout).toContain('(since 2026-11-12: +1 deal, value +US$800,000, weighted +US$640,000)');
    expect(result.stdout).toContain('What moved since 2026-11-12');
    expect(result.stdout).toMatch(/设备采购: 35% → 0% \(-35\)\n +-34 +副总/);
  });

  it('prints one stable JSON object with --json', async () => {
    const result = await runCli(['pipeline', green, red, lost, '--json', '--as-of', '2026-11-26', '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown> & {
      rows: Record<string, unknown>[];
      totals: { currencies: { currency: string; count: number; value: number; weighted: number }[] };
    };
    expect(Object.keys(json)).toEqual(['asOf', 'since', 'rows', 'totals', 'moved', 'unread']);
    expect(json.rows.map((row) => row['dealId'])).toEqual(['d-red', 'd-green', 'd-lost']);
    expect(Object.keys(json.rows[0]!)).toEqual([
      'file',
      'dealId',
      'name',
      'account',
      'value',
      'currency',
      'purchaseStage',
      'salesStep',
      'decisionDate',
      'daysLeft',
      'overdue',
      'likelihood',
      'trend',
      'criticalGaps',
      'coverage',
      'lastChange',
      'owner',
      'team',
      'status',
      'reasons',
      'outcome',
      'words',
    ]);
    expect(json.rows[0]!['words']).toMatchObject({ status: '红灯' });
    expect(json.rows[2]!['outcome']).toEqual({
      result: 'lost',
      closedOn: '2026-11-15',
      reason: 'price',
      note: '',
      competitor: 'Acme',
    });
    expect(json.totals.currencies).toEqual([
      expect.objectContaining({ currency: 'CNY', count: 1, value: 1200000, weighted: 0 }),
      expect.objectContaining({ currency: 'USD', count: 1, value: 800000, weighted: 640000 }),
    ]);
  });

  it('words the table in Chinese', async () => {
    const result = await runCli(['pipeline', red, '--as-of', '2026-11-26', '--lang', 'zh-CN']);
    expect(result.stdout).toContain('2026-11-26 的项目管道');
    expect(result.stdout).toMatch(/红灯 +设备采购 +示例客户 +¥1,200,000 +购买承诺 +2026-11-01 \(已过 25 天\)/);
    expect(result.stdout).toContain('CNY: 1 个项目, 金额 ¥1,200,000');
  });

  it('reports an unreadable file on stderr, shows the rest and exits 1', async () => {
    const broken = temp.write('broken.txt', '{ nope');
    const result = await runCli(['pipeline', green, broken, '--as-of', '2026-11-26']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${broken}: The file is not valid JSON`);
    expect(result.stdout).toContain('Data centre');
    expect(result.stdout).toContain('1 file could not be read (see above).');
    expectNoStackTrace(result.stderr);
  });

  it('says when a folder holds no document', async () => {
    const empty = tempDir();
    try {
      const result = await runCli(['pipeline', empty.dir, '--as-of', '2026-11-26']);
      expect(result).toMatchObject({ code: 0, stdout: 'Pipeline on 2026-11-26\n\nNo deals.\n' });
      expect(result.stderr).toBe(`${empty.dir}: no .powermap files in this folder\n`);
    } finally {
      empty.cleanup();
    }
  });

  it('exits 2 for a bad --since or no file', async () => {
    const bad = await runCli(['pipeline', green, '--since', '2026-02-30']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('--since expects a calendar date as YYYY-MM-DD, got "2026-02-30"');
    const none = await runCli(['pipeline']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('FILE');
    const wrong = await runCli(['analyze', green, '--since', '2026-11-01']);
    expect(wrong.code).toBe(2);
  });
});
