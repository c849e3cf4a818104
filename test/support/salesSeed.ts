/**
 * The course example as a user would record it at the present-value step, its needs in
 * writing and scored against a rival: the file the sales-step tests import and the
 * screenshots show (issue 10). A deal id of its own, so importing it does not ask to
 * replace the example.
 */
import { readFileSync } from 'node:fs';
import { fixturePath, SEED_FIXTURE } from './fixtures';

export function seedAtPresentValue(needs = '更换设备, 年底前完成验收'): Buffer {
  const seed = JSON.parse(readFileSync(fixturePath(SEED_FIXTURE), 'utf8')) as { deal: Record<string, unknown> };
  const deal = {
    ...seed.deal,
    id: 'seed-sales',
    competitors: ['Acme'],
    salesStep: 'present-value',
    needsRecord: { date: '2026-03-01', text: needs },
    standing: {
      bestSupplier: 'Acme',
      scores: {
        decisionRelationship: { best: 7 },
        brand: { ours: 6, best: 9 },
        industryStandards: { ours: 8, best: 8 },
        afterSales: { ours: 8, best: 7 },
        performance: { ours: 5, best: 9 },
        fastSolutions: { ours: 7, best: 6 },
        supplyCapacity: { ours: 6, best: 8 },
        price: { ours: 7, best: 6.5 },
      },
    },
  };
  return Buffer.from(JSON.stringify({ ...seed, deal }));
}
