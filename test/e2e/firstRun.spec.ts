/**
 * A newcomer's first screens (issue 8, §2 and §6): the empty library offers the course's
 * example; the first new deal asks the user's own name once, and our team starts with
 * them (or nobody); an empty map says how to add a person and draw a line; the tour has
 * five steps, is skippable, and never comes back once shown: finished, skipped, or left
 * half-way by a reload.
 *
 * Every other test starts with the first run done (playwright.config.ts); these start from
 * an empty storage state, as a new user does.
 */
import { expect, test, type Page } from '@playwright/test';
import { addPerson } from './helpers';

test.use({ storageState: { cookies: [], origins: [] } });

const tour = (page: Page) => page.getByRole('dialog', { name: 'Tour of the deal screen' });

test('the first new deal asks my name once; the team starts with me; the tour walks five steps and stays closed', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No deals yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New deal', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Your name' });
  await expect(ask).toBeVisible();
  await ask.getByLabel('Your name').fill('Mei Lin');
  await ask.getByRole('button', { name: 'Start the deal' }).click();
  await expect(page).toHaveURL(/#\/deal\//);

  // The empty map says how to add a person and how to draw a line.
  await expect(page.getByRole('note')).toContainText('double-click the map, press N');
  await expect(page.getByRole('note')).toContainText('drag from one card onto another card');

  // The tour: five steps, each beside its part; Back and Next; Done closes it for good.
  await expect(tour(page)).toBeVisible();
  const titles: string[] = [];
  for (let step = 1; step <= 5; step++) {
    await expect(tour(page)).toContainText(`Step ${step} of 5`);
    titles.push(await tour(page).getByRole('heading').innerText());
    await tour(page)
      .getByRole('button', { name: step === 5 ? 'Done' : 'Next' })
      .click();
  }
  expect(titles).toEqual(['The map', 'Details', 'Win likelihood', 'Gaps', 'Export']);
  await expect(tour(page)).toHaveCount(0);

  // Our team is me: the owner list names me and never shows "(no name)".
  await addPerson(page, { name: 'Liu Yang' });
  await expect(page.getByRole('note')).toHaveCount(0);
  const owner = page.getByLabel('Our owner');
  await expect(owner.locator('option')).toHaveText(['nobody', 'Mei Lin']);

  // Neither question comes back: not after a reload, not at the next new deal.
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(tour(page)).toHaveCount(0);
  await page.goto('/');
  await page.getByRole('button', { name: 'New deal', exact: true }).click();
  await expect(page).toHaveURL(/#\/deal\//);
  await expect(page.getByRole('dialog', { name: 'Your name' })).toHaveCount(0);
});

test('skipping the name starts with nobody on our team; Escape skips the tour; the example opens as a copy', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New deal', exact: true }).click();
  await page.getByRole('dialog', { name: 'Your name' }).getByRole('button', { name: 'Skip' }).click();
  await expect(page).toHaveURL(/#\/deal\//);
  await expect(tour(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tour(page)).toHaveCount(0);
  await addPerson(page, { name: 'Liu Yang' });
  await expect(page.getByLabel('Our owner').locator('option')).toHaveText(['nobody']);

  // The course example, from an empty library (the deal above is deleted first).
  await page.goto('/');
  await page.getByRole('button', { name: 'Delete New deal' }).click();
  await page.getByRole('button', { name: 'Open the course example' }).click();
  await expect(page).toHaveURL(/#\/deal\//);
  await expect(page.locator('.deal-name')).toHaveText('设备采购项目');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(tour(page)).toHaveCount(0);
});

for (const leave of ['Skip', 'Escape', 'a reload'] as const) {
  test(`the tour counts as seen once shown: left half-way by ${leave}, it does not come back`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'New deal', exact: true }).click();
    await page.getByRole('dialog', { name: 'Your name' }).getByRole('button', { name: 'Skip' }).click();
    await expect(page).toHaveURL(/#\/deal\//);
    await tour(page).getByRole('button', { name: 'Next' }).click();
    await expect(tour(page)).toContainText('Step 2 of 5');
    if (leave === 'Skip') await tour(page).getByRole('button', { name: 'Skip' }).click();
    if (leave === 'Escape') await page.keyboard.press('Escape');
    if (leave !== 'a reload') await expect(tour(page)).toHaveCount(0);

    await page.reload();
    await expect(page.locator('.deal-name')).toHaveText('New deal');
    await expect(tour(page)).toHaveCount(0);
    // Nor at the next deal.
    await page.goto('/');
    await page.getByRole('button', { name: 'New deal', exact: true }).click();
    await expect(page.locator('.deal-name')).toHaveText('New deal');
    await expect(tour(page)).toHaveCount(0);
  });
}
