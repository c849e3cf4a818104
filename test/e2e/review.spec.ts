/**
 * The win/loss review (issue 12), in Chromium: generated closed deals imported through the
 * library's import, the review opened from the library; too few deals says so with the
 * minimum, enough deals give the figures, the chart and the gaps; the fit runs when asked;
 * a deal on the team's model says so in its explanation. Screenshots in English, Chinese
 * and the dark theme.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PURCHASE_STAGES } from '../../shared/document';
import { generateClosedDeals } from '../support/closedDeals';
import { axeViolations } from './axe';
import { importDealFile, writeCourseExampleAs } from './helpers';

async function writeDeals(count: number, seed: number): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'powermap-review-'));
  const docs = generateClosedDeals({ count, seed, undecidedShare: 0.1 });
  return Promise.all(
    docs.map(async (doc, i) => {
      const file = join(dir, `closed-${i}.powermap`);
      await writeFile(file, JSON.stringify(doc));
      return file;
    }),
  );
}

async function openReview(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Win/loss review' }).click();
  await expect(page).toHaveURL(/#\/review$/);
  await expect(page.getByRole('heading', { name: 'Win/loss review', level: 1 })).toBeVisible();
}

test('a few closed deals: the review says plainly there are too few to judge, with the minimum', async ({ page }) => {
  for (const file of await writeDeals(4, 5)) await importDealFile(page, file);
  await openReview(page);
  await expect(
    page.getByText(/Too few closed deals to judge: \d+ won or lost .*at least 45 are needed, 5 of each/),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /Reliability/ })).toHaveCount(0);
  // Every stage is judged by the same rule.
  await expect(page.getByRole('cell', { name: 'too few to judge' })).toHaveCount(PURCHASE_STAGES.length);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('review-too-few.png'), fullPage: true });
});

test('enough closed deals: the figures, the reliability chart with its counts, the gaps and the fit on demand', async ({
  page,
}) => {
  test.setTimeout(240_000);
  for (const file of await writeDeals(60, 21)) await importDealFile(page, file);
  await openReview(page);
  await expect(page.getByRole('term').filter({ hasText: 'Brier score' })).toBeVisible();
  await expect(page.getByText(/always forecasting the share won: 0\.\d{3}/)).toBeVisible();
  const chart = page.getByRole('img', { name: 'Reliability: the likelihood given against the share won' });
  await expect(chart).toBeVisible();
  // Each drawn band carries its deal count; together they are the deals read.
  const counts = (await chart.locator('.rv-count').allTextContents()).map(Number);
  expect(counts.length).toBeGreaterThan(0);
  const read = counts.reduce((s, n) => s + n, 0);
  expect(read).toBeGreaterThanOrEqual(45);
  await expect(page.getByText(/Not scored: \d+ closed with no decision, \d+ withdrawn\./)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Gaps against outcomes' })).toBeVisible();
  // The fit runs only when asked; under its minimum it says so.
  await expect(page.getByText(/No advice yet/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Fit the model to these deals' }).click();
  await expect(
    page.getByText(/No advice yet: \d+ won or lost deals; a fit needs at least 100, 20 of each\./),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('review-en.png'), fullPage: true });

  await page.evaluate(() => localStorage.setItem('powermap.lang', 'zh-CN'));
  await page.reload();
  await expect(page.getByRole('heading', { name: '赢单/丢单复盘', level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: '可靠性：给出的可能性与实际赢单比例' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('review-zh-CN.png'), fullPage: true });

  await page.evaluate(() => localStorage.setItem('powermap.lang', 'en'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.getByRole('img', { name: /Reliability/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('review-dark.png'), fullPage: true });
});

test("a deal on the team's model says so in its explanation, and the review returns it to the standard model after asking", async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'powermap-review-'));
  const file = await writeCourseExampleAs(dir, {
    id: 'd-team-model',
    likelihoodModel: {
      base: 44,
      gapCosts: { 'UNCOVERED.critical': 15 },
      adoptedBy: 'Wang Li',
      adoptedAt: '2026-11-30T09:00:00+08:00',
      fittedFrom: { won: 80, lost: 70, point: 'last' },
    },
  });
  await importDealFile(page, file);
  await expect(
    page.getByText('Uses the team model (base 44), not the standard one. Adopted by Wang Li.'),
  ).toBeVisible();

  await openReview(page);
  await expect(
    page.getByText(/The team uses its own model: base 44, adopted by Wang Li on .*80 won and 70 lost/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Return to the standard model…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Return to the standard model?' });
  await expect(dialog).toContainText('The 1 deal in this library will compute');
  expect(await axeViolations(page)).toEqual([]);
  // Cancelling writes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(/The team uses its own model/)).toBeVisible();
  await page.getByRole('button', { name: 'Return to the standard model…' }).click();
  await dialog.getByRole('button', { name: 'Return to the standard model' }).click();
  await expect(page.getByText('1 deal is back on the standard model.')).toBeVisible();
  await expect(page.getByText('The team uses the standard model.')).toBeVisible();
  await page.goto('/#/deal/d-team-model');
  await expect(page.getByRole('region', { name: 'Analysis' }).getByText('How it adds up')).toBeVisible();
  await expect(page.getByText(/Uses the team model/)).toHaveCount(0);
});
