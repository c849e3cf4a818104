/**
 * Pipeline rows for the view's benchmark and screenshots: a few deals summarized with
 * shared/pipeline (maps with a history, so rows have trends, gaps and reasons), each copied
 * with its own id, name, value, currency, decision date, likelihood and owner, as the
 * summary cache would hand thousands of deals to the view.
 */
import type { PowermapDocument } from '../../../shared/document';
import { takeSnapshot } from '../../../shared/history';
import { summarizeDeal, type PipelineRow } from '../../../shared/pipeline';
import { seededRandom } from '../../../test/support/random';
import { syntheticMap } from '../syntheticMap';

const CURRENCIES = ['CNY', 'USD', 'EUR'] as const;
const OWNERS = ['Li Na', 'Wang Fang', 'Zhang Wei', 'Chen Jie', '刘洋', '黄敏'];
const ACCOUNTS = ['Harbour Bank', '华东电网', 'Northwind Foods', '城市地铁集团', 'Contoso Health', '远航物流'];
const PROJECTS = ['Data centre', '设备采购', 'Core banking', 'ERP rollout', '安防升级', 'Fleet telematics'];

/** A deal of `people` people with a snapshot a month for `months` months, each a small step on. */
function dealWithHistory(people: number, months: number, seed: number): PowermapDocument {
  let doc = syntheticMap(people, seed);
  const attitudes = ['supporter', 'neutral', 'champion', 'opponent'] as const;
  for (let k = 0; k < months; k++) {
    const month = String(k + 8).padStart(2, '0');
    doc = takeSnapshot(doc, { id: `h-${k}`, takenAt: `2026-${month}-01T09:00:00+08:00`, label: '' });
    doc = {
      ...doc,
      stakeholders: doc.stakeholders.map((p, i) =>
        i % months === k ? { ...p, attitude: attitudes[(k + seed) % 4]! } : p,
      ),
    };
  }
  return doc;
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `count` rows as of `asOf`: decision dates from a month ago to five months on. */
export function syntheticRows(count: number, asOf: string, seed = 7): PipelineRow[] {
  const random = seededRandom(seed);
  const base = Array.from({ length: 24 }, (_, i) => summarizeDeal(dealWithHistory(10, 4, i + 1), { asOf }));
  const rows: PipelineRow[] = [];
  for (let i = 0; i < count; i++) {
    const row = base[i % base.length]!;
    const daysLeft = Math.floor(random() * 180) - 30;
    const hasDate = random() > 0.08;
    const name = `${PROJECTS[i % PROJECTS.length]!} ${i + 1}`;
    rows.push({
      ...row,
      dealId: `d-${i}`,
      name,
      account: ACCOUNTS[(i * 7) % ACCOUNTS.length]!,
      value: random() < 0.05 ? null : Math.round(random() * 400) * 10_000,
      currency: CURRENCIES[i % CURRENCIES.length]!,
      decisionDate: hasDate ? addDays(asOf, daysLeft) : null,
      daysLeft: hasDate ? daysLeft : null,
      overdue: hasDate && daysLeft < 0,
      owner: OWNERS[i % OWNERS.length]!,
      lastChange: { at: addDays(asOf, -Math.floor(random() * 20)), by: OWNERS[(i + 1) % OWNERS.length]! },
      searchKey: `${name} ${row.searchKey}`.toLowerCase(),
    });
  }
  return rows;
}
