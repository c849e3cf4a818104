/**
 * Every control has an accessible name and the screens pass axe's checks for names,
 * labels, roles and keyboard access (colour contrast is judged by eye in the screenshots).
 */
import { expect, test } from '@playwright/test';
import { card } from './helpers';
import { axeViolations as violations } from './axe';

test('library, editor, inspector and grid: every control is named and reachable', async ({ page }) => {
  // Five full axe scans: each takes seconds on a busy two-core machine, so this test gets
  // three times the usual minute (it failed on time, never on a finding, under load).
  test.slow();
  await page.goto('/');
  expect(await violations(page)).toEqual([]);

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import .powermap file' }).click(),
  ]);
  await chooser.setFiles('test/fixtures/seed-shortlisting.powermap.json');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  expect(await violations(page)).toEqual([]);

  await card(page, '李建').click();
  expect(await violations(page)).toEqual([]);

  await page.keyboard.press('Control+2');
  await expect(page.locator('.pn-grid')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
