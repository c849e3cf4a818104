/** `powermap analyze` shows the sales step (独孤六剑) and the position against the best supplier. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_FIXTURE, readFixtureText } from '../support/fixtures';
import { runCli, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

function seedWithStep(): string {
  const document = JSON.parse(readFixtureText(SEED_FIXTURE)) as { deal: Record<string, unknown> };
  document.deal['salesStep'] = 'present-value';
  document.deal['competitors'] = ['Acme'];
  document.deal['needsRecord'] = { date: '2026-03-01', text: '更换设备, 年底前完成' };
  document.deal['standing'] = {
    bestSupplier: 'Acme',
    scores: { brand: { ours: 6, best: 9 }, performance: { ours: 5, best: 9 }, decisionRelationship: { best: 7 } },
  };
  const file = join(temp.dir, 'seed-step.powermap');
  writeFileSync(file, JSON.stringify(document), 'utf8');
  return file;
}

describe('powermap analyze: sales step and position', () => {
  it('--json gives the recorded, supported and beside steps, the signs and the eight criteria', async () => {
    const result = await runCli(['analyze', seedWithStep(), '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      salesStep: { recorded: string; supported: string; beside: string; end: { sign: string; met: boolean }[] };
      position: { bestSupplier: string; weighing: string; criteria: { criterion: string; ours: number | null }[] };
      gaps: { code: string }[];
    };
    expect(json.salesStep).toMatchObject({
      recorded: 'present-value',
      supported: 'build-trust',
      beside: 'present-value',
    });
    expect(json.salesStep.end).toEqual([expect.objectContaining({ sign: 'valueAccepted', met: false })]);
    expect(json.position.bestSupplier).toBe('Acme');
    expect(json.position.weighing).toBe('quality');
    expect(json.position.criteria).toHaveLength(8);
    expect(json.position.criteria[0]).toMatchObject({ criterion: 'decisionRelationship', ours: 0, fromMap: true });
    expect(json.gaps.map((g) => g.code)).toEqual(expect.arrayContaining(['STEP_AHEAD', 'POSITION_BEHIND']));
  });

  it('the text output has a sales-step section and a position table, in both languages', async () => {
    const file = seedWithStep();
    const en = (await runCli(['analyze', file])).stdout;
    expect(en).toContain('Sales step');
    expect(en).toContain('Our step: present value (the map supports build trust');
    expect(en).toContain('Needs in writing: 2026-03-01: 更换设备, 年底前完成');
    expect(en).toContain('✗ The decision-makers and technical buyers support our solution');
    expect(en).toMatch(/product performance\s+5\s+9/);
    const zh = (await runCli(['analyze', file, '--lang', 'zh-CN'])).stdout;
    expect(zh).toContain('我们的步骤: 呈现价值');
    expect(zh).toContain('客户选择供应商的要素');
    expect(zh).toMatch(/产品性能\s+5\s+9/);
  });

  it('an old file says no step is chosen and nothing is scored yet', async () => {
    const file = join(temp.dir, 'seed.powermap');
    writeFileSync(file, readFixtureText(SEED_FIXTURE), 'utf8');
    const out = (await runCli(['analyze', file])).stdout;
    expect(out).toContain('Our step: not chosen');
    expect(out).toContain('Needs in writing: not recorded');
  });
});
