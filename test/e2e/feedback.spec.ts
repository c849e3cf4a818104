/**
 * Feedback and accessibility (issue 8, §5): deleting a person says so with Undo, from the
 * inspector and the Person menu; export messages do not pile up; the menus are a real
 * menu bar driven by the keyboard; the legend is a button.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations as violations } from './axe';
import { addPerson, card, importCourseExample, newDeal } from './helpers';

async function importSeed(page: Page): Promise<void> {
  await importCourseExample(page);
  for (const close of await page.getByRole('button', { name: 'Close' }).all()) await close.click();
}

test('deleting a person shows a message with Undo, from the inspector and from the Person menu', async ({ page }) => {
  await newDeal(page, 'Delete check');
  await addPerson(page, { name: 'Liu Yang' });
  await page.getByRole('button', { name: 'Delete person' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const toast = page.locator('.toast', { hasText: '“Liu Yang” deleted.' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Liu Yang')).toBeVisible();

  // The same through Person › Delete person.
  await card(page, 'Liu Yang').click();
  await page.getByRole('menuitem', { name: 'Person' }).click();
  await page.getByRole('menu', { name: 'Person' }).getByRole('menuitem', { name: 'Delete person' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.locator('.toast', { hasText: '“Liu Yang” deleted.' })).toHaveCount(1);
});

test('export messages replace each other and do not cover the print view', async ({ page }) => {
  await importSeed(page);
  for (const format of [/CSV/, /SVG/, /CSV/]) {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: format }).check();
    await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Export$/ }).click()]);
    await expect(dialog).toBeHidden();
  }
  await expect(page.locator('.toast', { hasText: 'Exported' })).toHaveCount(1);

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /PDF/ }).check();
  await dialog.getByRole('button', { name: /^Export$/ }).click();
  await expect(page.locator('.print-view')).toBeVisible();
  await expect(page.locator('.toast')).toHaveCount(0);
});

test('the menus are a menu bar: arrows, Home, End, Escape; the legend is a button', async ({ page }) => {
  await importSeed(page);
  const bar = page.getByRole('menubar');
  await expect(bar.getByRole('menuitem')).toHaveText(['File', 'Edit', 'Map', 'Person', 'View']);

  await bar.getByRole('menuitem', { name: 'File', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('menuitem', { name: 'Edit', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(bar.getByRole('menuitem', { name: 'View', exact: true })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(bar.getByRole('menuitem', { name: 'File', exact: true })).toBeFocused();

  // Down opens the menu at its first entry; Up and Down move inside, End and Home go to the ends.
  await page.keyboard.press('ArrowDown');
  const file = page.getByRole('menu', { name: 'File' });
  await expect(file).toBeVisible();
  await expect(bar.getByRole('menuitem', { name: 'File', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(file.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(file.getByRole('menuitem').nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(file.locator('[role="menuitem"]:not(:disabled)').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(file.getByRole('menuitem').first()).toBeFocused();
  expect(await violations(page)).toEqual([]);

  // Right moves to the next menu, opened; Escape closes it and gives the focus back.
  await page.keyboard.press('ArrowRight');
  const edit = page.getByRole('menu', { name: 'Edit' });
  await expect(edit).toBeVisible();
  await expect(file).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(file).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(file).toHaveCount(0);
  await expect(bar.getByRole('menuitem', { name: 'File', exact: true })).toBeFocused();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);

  // The legend.
  const legend = page.getByRole('button', { name: 'Legend' });
  await expect(legend).toHaveAttribute('aria-expanded', 'false');
  await legend.click();
  await expect(legend).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: /Attitude/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
