import { afterAll, describe, expect, it } from 'vitest';
import { attribute, diffDocuments } from '../../shared/diff';
import { parseDocument, type PowermapDocument } from '../../shared/document';
import { SEED_FIXTURE, fixturePath, readFixtureJson } from '../support/fixtures';
import { TODAY, runCli, smallDocument, tempDir } from './helpers';

const SEED = fixturePath(SEED_FIXTURE);
const temp = tempDir();
afterAll(() => temp.cleanup());

type Json = Record<string, unknown>;

/** The seed a month later: the VP won over, 王桑 gone, a new finance head, an influence line. */
function laterSeed(): Json {
  const document = readFixtureJson(SEED_FIXTURE);
  const deal = document['deal'] as Json;
  deal['purchaseStage'] = 'commitment';
  const people = (document['stakeholders'] as Json[]).filter((person) => person['id'] !== 's-wangsang');
  const vp = people.find((person) => person['id'] === 's-vp')!;
  Object.assign(vp, { attitude: 'supporter', closeness: 'close', stage: 'trusted', ownerId: 't-1' });
  people.push({
    id: 's-zhao',
    name: '赵敏',
    title: '财务总监',
    function: 'finance',
    level: 'managerial',
    roles: ['financial'],
    attitude: 'neutral',
  });
  document['stakeholders'] = people;
  document['relationships'] = [
    ...(document['relationships'] as Json[]).filter((line) => line['id'] !== 'r-3'),
    { id: 'r-9', kind: 'influences', from: 's-lijian', to: 's-vp', strength: 3 },
  ];
  return document;
}

function parsed(raw: Json): PowermapDocument {
  const result = parseDocument(raw);
  if (!result.ok) throw new Error('test document does not parse');
  return result.document;
}

const NEW = temp.write('later.powermap', laterSeed());

describe('powermap diff (human output)', () => {
  it('says "No changes." for the same document twice', async () => {
    const result = await runCli(['diff', SEED, SEED]);
    expect(result).toEqual({ code: 0, stdout: 'No changes.\n', stderr: '' });
    const zh = await runCli(['diff', SEED, SEED, '--lang', 'zh-CN']);
    expect(zh.stdout).toBe('没有变化。\n');
  });

  it('shows the likelihood old → new with the terms that moved it', async () => {
    const result = await runCli(['diff', SEED, NEW]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const expected = diffDocuments(parsed(readFixtureJson(SEED_FIXTURE)), parsed(laterSeed()), {
      asOf: TODAY,
      lang: 'en',
    });
    const { old, new: next } = expected.winLikelihood;
    const delta = next - old > 0 ? `+${next - old}` : String(next - old);
    expect(result.stdout).toContain(`Win likelihood: ${old}% → ${next}% (${delta}, estimate)`);
    expect(result.stdout).toContain('What moved it:');
    for (const term of expected.winLikelihood.terms) expect(result.stdout).toContain(term.label);
  });

  it('shows what each change moved, in whole points that add up to the change shown', async () => {
    const out = (await runCli(['diff', SEED, NEW])).stdout;
    const old = parsed(readFixtureJson(SEED_FIXTURE));
    const next = parsed(laterSeed());
    const diff = diffDocuments(old, next, { asOf: TODAY, lang: 'en' });
    const { rows } = attribute(diff, { old, new: next });
    const section = out.slice(out.indexOf('What each change moved:\n'), out.indexOf('\n\nDeal\n'));
    const lines = section.split('\n').slice(1);
    expect(lines).toHaveLength(rows.filter((row) => row.rounded !== 0).length + 1);
    expect(lines[0]).toMatch(/^ {2}副总 \(changed\) +\+\d+$/);
    expect(section).toContain('赵敏 (added)');
    // The weights are entered, so naming 赵敏 and the new purchase stage move nobody else's stake.
    expect(section).not.toContain('Everyone else (shares of influence shifted)');
    const shown = lines.map((line) => Number(/([+-]?\d+)$/.exec(line)![1]));
    expect(shown.reduce((a, b) => a + b, 0)).toBe(diff.winLikelihood.delta);
  });

  it('lists people added, removed and changed, each field old → new with its direction', async () => {
    const out = (await runCli(['diff', SEED, NEW])).stdout;
    expect(out).toContain('\nPeople\n');
    expect(out).toContain('+ 赵敏, 财务总监 (added)');
    expect(out).toContain('- 王桑, 评标 (removed)');
    expect(out).toMatch(/~ 副总 \(improved\)\n/);
    expect(out).toContain('attitude: unknown → supporter (improved)');
    expect(out).toContain('closeness: no contact → close (improved)');
    expect(out).toContain('relationship stage: no relationship → trusted (improved)');
    expect(out).toContain('our owner: (none) → "客户经理"');
  });

  it('lists the deal changes and relationships added and removed, by name', async () => {
    const out = (await runCli(['diff', SEED, NEW])).stdout;
    expect(out).toContain('\nDeal\n  purchase stage: evaluation → commitment');
    expect(out).toContain('\nRelationships\n');
    expect(out).toContain('+ 李建 → 副总 (influences, strong) (added)');
    expect(out).toContain('- 王桑 → 副总 (reports to) (removed)');
  });

  it('lists gaps opened and closed', async () => {
    const expected = diffDocuments(parsed(readFixtureJson(SEED_FIXTURE)), parsed(laterSeed()), {
      asOf: TODAY,
      lang: 'en',
    });
    const out = (await runCli(['diff', SEED, NEW])).stdout;
    expect(expected.gaps.closed.length).toBeGreaterThan(0);
    expect(out).toContain(`Gaps closed (${expected.gaps.closed.length})`);
    for (const gap of expected.gaps.closed) expect(out).toContain(`- [${gap.severity}] ${gap.message}`);
    if (expected.gaps.opened.length > 0) {
      expect(out).toContain(`Gaps opened (${expected.gaps.opened.length})`);
      for (const gap of expected.gaps.opened) expect(out).toContain(`+ [${gap.severity}] ${gap.message}`);
    }
  });

  it('marks a worsening move as worsened', async () => {
    const worse = readFixtureJson(SEED_FIXTURE);
    const zhang = (worse['stakeholders'] as Json[])[0]!;
    zhang['attitude'] = 'opponent';
    const file = temp.write('worse.powermap', worse);
    const out = (await runCli(['diff', SEED, file])).stdout;
    expect(out).toContain('attitude: supporter → opponent (worsened)');
    expect(out).toMatch(/Win likelihood: (\d+)% → (\d+)% \(-\d+, estimate\)/);
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    const out = (await runCli(['diff', SEED, NEW, '--lang', 'zh-CN'])).stdout;
    expect(out).toMatch(/赢率: \d+% → \d+% \([+-]?\d+, 估计\)/);
    expect(out).toContain('\n人员\n');
    expect(out).toContain('态度: 不清楚 → 支持者 (改善)');
    expect(out).toContain('+ 赵敏, 财务总监 (新增)');
    expect(out).toContain('采购阶段: 评估比较 → 购买承诺');
    expect(out).toContain('李建 → 副总 (影响, 强) (新增)');
  });
});

describe('powermap diff --json', () => {
  it('prints the DocumentDiff with the attribution beside it', async () => {
    const result = await runCli(['diff', SEED, NEW, '--json', '--as-of', '2026-12-01']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const old = parsed(readFixtureJson(SEED_FIXTURE));
    const next = parsed(laterSeed());
    const expected = diffDocuments(old, next, { asOf: '2026-12-01', lang: 'en' });
    const attribution = attribute(expected, { old, new: next, lang: 'en' });
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify({ ...expected, attribution })));
  });

  it('says unchanged for the same document', async () => {
    const json = JSON.parse((await runCli(['diff', SEED, SEED, '--json'])).stdout) as { unchanged: boolean };
    expect(json.unchanged).toBe(true);
  });

  it('passes --as-of to both analyses (a stale contact closes when it is renewed)', async () => {
    const old = smallDocument();
    const renewed = smallDocument();
    (renewed['stakeholders'] as Json[])[1]!['lastContact'] = '2026-02-20';
    const oldFile = temp.write('contact-old.powermap', old);
    const newFile = temp.write('contact-new.powermap', renewed);
    const closedCodes = async (argv: string[], today = TODAY) => {
      const out = (await runCli(['diff', oldFile, newFile, '--json', ...argv], { today })).stdout;
      return (JSON.parse(out) as { gaps: { closed: { code: string }[] } }).gaps.closed.map((gap) => gap.code);
    };
    expect(await closedCodes(['--as-of', '2026-03-01'])).toContain('STALE');
    expect(await closedCodes(['--as-of', '2026-01-15'])).not.toContain('STALE');
    // Without --as-of, today: by 2026-11-26 both contacts are stale.
    expect(await closedCodes([], '2026-03-01')).toContain('STALE');
    expect(await closedCodes([])).not.toContain('STALE');
  });
});
