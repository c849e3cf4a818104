/**
 * Two windows on the same deal stay consistent; copy and paste; the what-if mode keeps
 * or drops its changes as a whole.
 */
import { expect, test } from '@playwright/test';
import {
  addPerson,
  card,
  cardsOverlap,
  connect,
  gapMessages,
  likelihood,
  newDeal,
  savedToDisk,
  settled,
} from './helpers';

test('an edit in one window shows up in another window on the same deal', async ({ page, context }) => {
  await newDeal(page, 'Shared deal');
  await addPerson(page, { name: 'Zhou Min', attitude: 'neutral' });
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(card(other, 'Zhou Min')).toBeVisible();

  await card(page, 'Zhou Min').click();
  await page.keyboard.press('5');
  await expect(card(other, 'Zhou Min').locator('.pm-att-champion')).toHaveCount(1);
  await expect(other.getByText('Updated with changes from another window.')).toBeVisible();
  expect(await likelihood(other)).toBe(await likelihood(page));
});

test('people are copied and pasted with the lines between them', async ({ page }) => {
  await newDeal(page, 'Copy deal');
  await addPerson(page, { name: 'Boss', level: 'decision level' });
  await addPerson(page, { name: 'Aide' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Arrange as org chart' }).click();
  await expect.poll(() => cardsOverlap(page)).toBe(false);
  await settled(page);
  await connect(page, 'Aide', 'Boss', 'reports to');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // Select both with the keyboard shortcut, copy and paste.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(page.locator('.pm-card__name', { hasText: 'Boss' })).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});

test('a what-if is dropped or kept as a whole', async ({ page }) => {
  await newDeal(page, 'What-if deal');
  await addPerson(page, { name: 'Decider', level: 'decision level', roles: ['decision-maker'], attitude: 'neutral' });
  const before = await likelihood(page);

  await page.getByRole('button', { name: 'Try a what-if' }).first().click();
  await expect(page.getByText('What-if: changes are not saved until you keep them.')).toBeVisible();
  await card(page, 'Decider').click();
  await page.keyboard.press('5');
  await page.keyboard.press('Shift+Digit4');
  const tried = await likelihood(page);
  expect(tried).toBeGreaterThan(before);

  await page.getByRole('button', { name: 'Drop the what-if changes' }).click();
  expect(await likelihood(page)).toBe(before);
  await expect(page.getByLabel('Attitude toward us')).toHaveValue('neutral');

  await page.getByRole('button', { name: 'Try a what-if' }).first().click();
  await page.keyboard.press('5');
  await page.getByRole('button', { name: 'Keep the what-if changes' }).click();
  await expect(page.getByLabel('Attitude toward us')).toHaveValue('champion');
  await savedToDisk(page);
  await page.reload();
  await card(page, 'Decider').click();
  await expect(page.getByLabel('Attitude toward us')).toHaveValue('champion');
  expect(await gapMessages(page)).not.toContain('We do not know where Decider, a decision-maker, stands on us.');
});
