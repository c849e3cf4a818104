/**
 * A newcomer builds a deal by hand, the way a person would (issue 8): a new deal, people
 * added with the toolbar button, the N key and a double-click, names typed on the cards,
 * lines dropped on the body of a card (not on the handle dot), a line's kind set right
 * after drawing it, then a reload: everything is there. Tagged @dev: it also runs against
 * the Vite dev server.
 */
import { expect, test, type Page } from '@playwright/test';
import { card, cardsOverlap, savedToDisk } from './helpers';

/** The name field on a card, where the cursor goes after adding a person. */
const nameField = (page: Page) => page.getByRole('textbox', { name: 'Name (Enter keeps it, Escape cancels)' });

/** Drags from a card's bottom handle and drops in the middle of another card's body. */
async function dropLineOnCard(page: Page, from: string, to: string): Promise<void> {
  const source = await card(page, from).locator('.react-flow__handle-bottom').boundingBox();
  const target = await card(page, to).boundingBox();
  if (!source || !target) throw new Error(`no handle or card for ${from} → ${to}`);
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  // The middle of the card's body: more than the connection radius away from every handle.
  await page.mouse.move(target.x + target.width / 2 - 30, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('a newcomer builds a deal by hand @dev', async ({ page }) => {
  const warnings: string[] = [];
  page.on('pageerror', (error) => warnings.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') warnings.push(message.text());
  });

  await page.goto('/');
  await page.getByRole('button', { name: 'New deal', exact: true }).click();
  await expect(page).toHaveURL(/#\/deal\//);

  // The toolbar button: the cursor is in the new card's name, ready to type over it.
  await page.getByRole('button', { name: 'Add person', exact: true }).click();
  await expect(nameField(page)).toBeFocused();
  await page.keyboard.type('Wang Wei');
  await page.keyboard.press('Enter');
  await expect(nameField(page)).toHaveCount(0);
  await expect(card(page, 'Wang Wei')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Wang Wei');

  // N adds the next one beside it, never on top of it.
  await page.keyboard.press('n');
  await expect(nameField(page)).toBeFocused();
  await page.keyboard.type('Li Ming');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Li Ming')).toBeVisible();
  expect(await cardsOverlap(page)).toBe(false);

  // A double-click on the empty canvas adds a person there.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  await page.mouse.dblclick(pane.x + 120, pane.y + 120);
  await expect(nameField(page)).toBeFocused();
  await page.keyboard.type('Zhao Gan');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  expect(await cardsOverlap(page)).toBe(false);

  // Renaming on the card: double-click, then Escape cancels; F2, then Enter keeps.
  await card(page, 'Zhao Gan').dblclick();
  await expect(nameField(page)).toBeFocused();
  await page.keyboard.type('Nobody');
  await page.keyboard.press('Escape');
  await expect(card(page, 'Zhao Gan')).toBeVisible();
  await card(page, 'Zhao Gan').click();
  await page.keyboard.press('F2');
  await expect(nameField(page)).toBeFocused();
  await page.keyboard.type('Zhao Gang');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Zhao Gang')).toBeVisible();
  // One rename is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Zhao Gan')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(card(page, 'Zhao Gang')).toBeVisible();

  // A line dropped on the body of a card connects to it, and is selected at once.
  await page.getByLabel('New lines are').selectOption({ label: 'reports to' });
  await dropLineOnCard(page, 'Li Ming', 'Wang Wei');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.getByLabel('Kind of line')).toHaveValue('reports-to');
  await expect(page.getByText('Li Ming reports to Wang Wei')).toBeVisible();

  // The next one's kind is set straight after drawing it.
  await dropLineOnCard(page, 'Zhao Gang', 'Wang Wei');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await page.getByLabel('Kind of line').selectOption({ label: 'influences' });
  await expect(page.getByText('Zhao Gang influences Wang Wei')).toBeVisible();

  // A line dropped on nothing says so.
  const from = await card(page, 'Wang Wei').locator('.react-flow__handle-top').boundingBox();
  if (!from) throw new Error('no handle');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 260, pane.y + 40, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByText('No line drawn: drop the line on a person.')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // Reload: everything is there.
  await savedToDisk(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  for (const name of ['Wang Wei', 'Li Ming', 'Zhao Gang']) await expect(card(page, name)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Li Ming reports to Wang Wei' })).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Zhao Gang influences Wang Wei (medium)' })).toHaveCount(1);
  expect(await cardsOverlap(page)).toBe(false);

  expect(warnings).toEqual([]);
});
