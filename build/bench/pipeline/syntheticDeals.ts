/**
 * Deals for the pipeline view's benchmark and screenshots: a few maps with a history (so
 * their rows have trends, gaps and reasons), each copied under its own id with its own name,
 * account, value, currency, decision date and owner (the team's first member), as thousands
 * of deals in a library would be. The benchmark page stores them as the app does
 * (renderer/pipeline/bench/seed.ts) and reads them back through the app's pipeline source.
 */
import type { PowermapDocument } from '../../../shared/document';
import { withDealId } from '../../../shared/history';
import { seededRandom } from '../../../test/support/random';
import { dealWithHistory } from '../syntheticMap';

const CURRENCIES = ['CNY', 'USD', 'EUR'] as const;
const OWNERS = ['Li Na', 'Wang Fang', 'Zhang Wei', 'Chen Jie', '刘洋', '黄敏'];
const ACCOUNTS = ['Harbour Bank', '华东电网', 'Northwind Foods', '城市地铁集团', 'Contoso Health', '远航物流'];
const PROJECTS = ['Data centre', '设备采购', 'Core banking', 'ERP rollout', '安防升级', 'Fleet telematics'];
/** Distinct maps the deals are copies of: enough for varied rows, few enough to build at once. */
const BASE_MAPS = 24;

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `count` deals as of `asOf` (ids `d-0`, `d-1`, ...): decision dates from a month ago to five months on. */
export function syntheticDeals(count: number, asOf: string, seed = 7): PowermapDocument[] {
  const random = seededRandom(seed);
  const base = Array.from({ length: BASE_MAPS }, (_, i) => dealWithHistory(10, 4, i + 1, 8));
  const deals: PowermapDocument[] = [];
  for (let i = 0; i < count; i++) {
    const map = base[i % base.length]!;
    const daysLeft = Math.floor(random() * 180) - 30;
    const hasDate = random() > 0.08;
    const value = random() < 0.05 ? null : Math.round(random() * 400) * 10_000;
    const [first, ...others] = map.team;
    const owner = { ...first!, name: OWNERS[i % OWNERS.length]! };
    const copy: PowermapDocument = {
      ...map,
      deal: {
        ...map.deal,
        name: `${PROJECTS[i % PROJECTS.length]!} ${i + 1}`,
        account: ACCOUNTS[(i * 7) % ACCOUNTS.length]!,
        value,
        currency: CURRENCIES[i % CURRENCIES.length]!,
        decisionDate: hasDate ? addDays(asOf, daysLeft) : null,
      },
      team: [owner, ...others],
    };
    deals.push(withDealId(copy, `d-${i}`));
  }
  return deals;
}
