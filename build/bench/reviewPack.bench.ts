/**
 * The review pack of 50 deals (issue 12: under 15 s), written by the command line's own
 * code path (`powermap export DIR --format pack -o OUT`, run in-process): reading the 50
 * files, the privacy views, the rows, the sheets, the font and the PDF, written to disk.
 * Each deal has 30 people (some with Chinese names: the CJK font is embedded) and 6 monthly
 * snapshots, so the trend is computed too. Run alone with `npx tsx build/bench/reviewPack.bench.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../cli/main';
import { serializeDocument, type PowermapDocument } from '../../shared/document';
import { takeSnapshot } from '../../shared/history';
import { measureAsync, report, type Timing } from './measure';
import { syntheticMap } from './syntheticMap';

const AS_OF = '2026-11-26';
const DEALS = 50;

export const REVIEW_PACK_GOALS: Readonly<Record<string, number>> = {
  'review pack of 50 deals, CLI, written': 15000,
};

function deal(i: number): PowermapDocument {
  let doc = syntheticMap(30, 100 + i);
  const month = String(1 + (i % 3) + 9).padStart(2, '0');
  doc = {
    ...doc,
    deal: {
      ...doc.deal,
      id: `d-${i}`,
      name: i % 2 === 0 ? `数据中心 ${i}` : `Deal ${i}`,
      value: 100_000 * (i + 1),
      currency: i % 3 === 0 ? 'CNY' : 'USD',
      decisionDate: `2026-${month}-${String(1 + (i % 28)).padStart(2, '0')}`,
    },
  };
  for (let k = 0; k < 6; k++) {
    doc = takeSnapshot(doc, { id: `h-${k}`, takenAt: `2026-0${k + 4}-01T09:00:00+08:00`, label: '' });
    doc = {
      ...doc,
      stakeholders: doc.stakeholders.map((p, j) => (j % 6 === k ? { ...p, attitude: 'supporter' as const } : p)),
    };
  }
  return doc;
}

export async function reviewPackBenchmarks(): Promise<Timing[]> {
  const dir = mkdtempSync(join(tmpdir(), 'powermap-pack-bench-'));
  try {
    for (let i = 0; i < DEALS; i++) {
      writeFileSync(join(dir, `deal-${String(i).padStart(2, '0')}.powermap`), serializeDocument(deal(i)));
    }
    const io = {
      stdout: () => undefined,
      stderr: (text: string) => process.stderr.write(text),
      env: process.env,
      cwd: dir,
      today: AS_OF,
    };
    const pack = async () => {
      const code = await run(['export', '.', '--format', 'pack', '-o', 'pack.pdf', '--lang', 'zh-CN'], io);
      if (code !== 0) throw new Error(`powermap export --format pack failed (${code})`);
    };
    return [await measureAsync('review pack of 50 deals, CLI, written', pack, 5, 1)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await reviewPackBenchmarks(), REVIEW_PACK_GOALS);
