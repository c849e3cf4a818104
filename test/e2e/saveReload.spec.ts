/**
 * Saving, end to end: an edit that says "Saved" survives a reload. Tagged `@dev`, so it
 * also runs against the Vite dev server of `npm run web`, where React StrictMode mounts
 * the deal screen twice (issue 8: there every edit was lost while the header said "Saved").
 */
import { expect, test } from '@playwright/test';
import { addPerson, card, newDeal, savedToDisk } from './helpers';

test('an edited deal is still there after a reload, and in the library @dev', async ({ page }) => {
  await newDeal(page, 'Reload check');
  await addPerson(page, { name: 'Liu Yang', attitude: 'supporter' });
  await addPerson(page, { name: 'Chen Jie' });
  await savedToDisk(page);
  await page.reload();
  await expect(page.locator('.deal-name')).toHaveText('Reload check');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(card(page, 'Liu Yang')).toHaveAttribute('aria-label', /Attitude supporter/);

  // The library reads the same database.
  await page.goto('/');
  const row = page.getByRole('row').filter({ hasText: 'Reload check' });
  await expect(row).toContainText('2 people');
});
