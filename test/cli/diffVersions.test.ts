/** `powermap diff FILE --from REF [--to REF]`: two versions of one file's history. */
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_FIXTURE, readFixtureJson } from '../support/fixtures';
import { expectNoStackTrace, runCli, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

type Json = Record<string, unknown>;

/** The map content of a raw document: everything but format, version and history. */
function content(document: Json): Json {
  const { format: _format, version: _version, history: _history, ...rest } = document;
  return rest;
}

/** The seed a month later (as in diff.test.ts): the VP won over, 王桑 gone, a new finance head. */
function laterSeed(): Json {
  const document = readFixtureJson(SEED_FIXTURE);
  (document['deal'] as Json)['purchaseStage'] = 'commitment';
  const people = (document['stakeholders'] as Json[]).filter((person) => person['id'] !== 's-wangsang');
  Object.assign(
    people.find((person) => person['id'] === 's-vp')!,
    {
      attitude: 'supporter',
      closeness: 'close',
      stage: 'trusted',
      ownerId: 't-1',
    },
  );
  people.push({ id: 's-zhao', name: '赵敏', title: '财务总监', level: 'managerial', roles: ['financial'] });
  document['stakeholders'] = people;
  document['relationships'] = [
    ...(document['relationships'] as Json[]).filter((line) => line['id'] !== 'r-3'),
    { id: 'r-9', kind: 'influences', from: 's-lijian', to: 's-vp', strength: 3 },
  ];
  return document;
}

/**
 * A file whose history holds the seed ("after first visit"), then two snapshots labelled
 * "review" (ambiguous), and whose current map is the seed a month later.
 */
function withHistory(): Json {
  const seed = readFixtureJson(SEED_FIXTURE);
  const later = laterSeed();
  return {
    ...later,
    history: [
      { id: 'h-1', takenAt: '2026-10-01T09:00:00+08:00', label: 'after first visit', ...content(seed) },
      { id: 'h-2', takenAt: '2026-10-15T09:00:00+08:00', label: 'review', ...content(seed) },
      { id: 'h-3', takenAt: '2026-11-01T09:00:00+08:00', label: 'review', ...content(later) },
    ],
  };
}

const FILE = temp.write('history.powermap', withHistory());
const OLD = temp.write('old.powermap', readFixtureJson(SEED_FIXTURE));
const NEW = temp.write('new.powermap', laterSeed());

/** The JSON of a run, without the fields only the history form has. */
async function comparisonOf(argv: string[]): Promise<Json> {
  const result = await runCli(argv);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const { from: _from, to: _to, ...rest } = JSON.parse(result.stdout) as Json;
  return rest;
}

describe('powermap diff FILE --from REF --to REF', () => {
  it('compares a snapshot with the current map exactly as two files would be compared', async () => {
    const twoFiles = await comparisonOf(['diff', OLD, NEW, '--json']);
    expect(await comparisonOf(['diff', FILE, '--from', 'h-1', '--json'])).toEqual(twoFiles);
    expect(await comparisonOf(['diff', FILE, '--from', 'h-1', '--to', 'current', '--json'])).toEqual(twoFiles);
    expect(await comparisonOf(['diff', FILE, '--from', 'after first visit', '--json'])).toEqual(twoFiles);
    expect(await comparisonOf(['diff', FILE, '--from=#1', '--json'])).toEqual(twoFiles);
    expect(await comparisonOf(['diff', FILE, '--from', 'h-2', '--to', 'h-3', '--json'])).toEqual(twoFiles);
    expect(await comparisonOf(['diff', FILE, '--from', 'current', '--to', 'h-1', '--json'])).toEqual(
      await comparisonOf(['diff', NEW, OLD, '--json']),
    );
  });

  it('names the two versions in --json', async () => {
    const json = JSON.parse((await runCli(['diff', FILE, '--from', '#2', '--json'])).stdout) as Json;
    expect(json['from']).toEqual({ id: 'h-2', index: 1, label: 'review', takenAt: '2026-10-15T09:00:00+08:00' });
    expect(json['to']).toEqual({ id: 'current', index: null, label: '', takenAt: null });
    const attribution = json['attribution'] as { delta: number; rows: { rounded: number }[] };
    expect(attribution.rows.reduce((sum, row) => sum + row.rounded, 0)).toBe(attribution.delta);
    expect(attribution.delta).toBe((json['winLikelihood'] as { delta: number }).delta);
  });

  it('prints the same comparison, titled with the file and the two versions', async () => {
    const result = await runCli(['diff', FILE, '--from', 'after first visit']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [title, ...rest] = result.stdout.split('\n');
    expect(title).toBe(
      `Changes in ${FILE} from snapshot "after first visit" (h-1, 2026-10-01T09:00:00+08:00) to the current map (as of 2026-11-26)`,
    );
    const twoFiles = (await runCli(['diff', OLD, NEW])).stdout.split('\n');
    expect(rest).toEqual(twoFiles.slice(1));
    expect(result.stdout).toContain('What each change moved:');
  });

  it('says "No changes." for a version against itself', async () => {
    expect((await runCli(['diff', FILE, '--from', 'h-3'])).stdout).toBe('No changes.\n');
    expect((await runCli(['diff', FILE, '--from', 'current'])).stdout).toBe('No changes.\n');
  });

  it('speaks Chinese', async () => {
    const result = await runCli(['diff', FILE, '--from', 'h-1', '--to', 'h-3', '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      `${FILE} 中从 快照 "after first visit" (h-1, 2026-10-01T09:00:00+08:00) 到 快照 "review" (h-3, 2026-11-01T09:00:00+08:00) 的变化 (分析日期 2026-11-26)`,
    );
    expect(result.stdout).toContain('每项变化带来的影响:');
    expect(result.stdout).toContain('副总 (变更)');
    expect(result.stdout).toContain('+ 赵敏, 财务总监 (新增)');
    // Naming 赵敏 dilutes nobody: no row for everyone else.
    expect(result.stdout).not.toContain('其他人 (影响比重随之变化)');
  });
});

describe('powermap diff FILE --from REF: bad references and bad files (exit 1)', () => {
  it('refuses an unknown reference, naming the file and what a reference may be', async () => {
    const result = await runCli(['diff', FILE, '--from', 'nope']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `${FILE}: no version "nope" in the history; give "current", a snapshot id, #1 to #3, or a snapshot label.\n`,
    });
  });

  it('reports both references when both are wrong', async () => {
    const result = await runCli(['diff', FILE, '--from', '#4', '--to', 'review']);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `${FILE}: no version "#4" in the history; give "current", a snapshot id, #1 to #3, or a snapshot label.`,
      `${FILE}: the label "review" names 2 snapshots ("h-2", "h-3"); give one of their ids instead.`,
    ]);
  });

  it('says so when the history is empty', async () => {
    const result = await runCli(['diff', OLD, '--from', 'h-1']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(`${OLD}: no version "h-1": the history holds no snapshots, only "current".\n`);
  });

  it('words the reference errors in Chinese', async () => {
    const result = await runCli(['diff', FILE, '--from', 'review', '--lang', 'zh-CN']);
    expect(result.stderr).toBe(`${FILE}: 有 2 个快照的标签为 "review" ("h-2"、"h-3"); 请改用其中一个的 id。\n`);
  });

  it('refuses a file whose history holds a broken entry, with the entry path', async () => {
    const broken = withHistory();
    const history = broken['history'] as Json[];
    (history[1]!['stakeholders'] as Json[])[0]!['attitude'] = 'friendly';
    delete history[2]!['takenAt'];
    const file = temp.write('broken-history.powermap', broken);
    const result = await runCli(['diff', file, '--from', 'h-1']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expectNoStackTrace(result.stderr);
    expect(result.stderr).toContain(`${file}: history[1].stakeholders[0].attitude: `);
    expect(result.stderr).toContain(`${file}: history[2].takenAt: `);
    // The same refusal when the file is one side of a two-file comparison.
    expect((await runCli(['diff', file, NEW])).stderr).toContain('history[1].stakeholders[0].attitude');
  });

  it('refuses a snapshot that names a person it does not hold', async () => {
    const broken = withHistory();
    const snapshot = (broken['history'] as Json[])[0]!;
    snapshot['relationships'] = [{ id: 'r-x', kind: 'reports-to', from: 's-vp', to: 's-ghost' }];
    const file = temp.write('dangling-history.powermap', broken);
    const result = await runCli(['diff', file, '--from', 'h-2']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: history[0].relationships[0].to: `);
  });
});
