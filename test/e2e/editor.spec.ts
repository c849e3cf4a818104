/**
 * A new user's first session, end to end in Chromium against the production build:
 * create a deal, add people, draw lines, watch the analysis move, undo and redo, reload,
 * switch to Chinese, import the course's example.
 */
import { expect, test } from '@playwright/test';
import {
  addPerson,
  card,
  connect,
  gapMessages,
  importCourseExample,
  likelihood,
  newDeal,
  savedToDisk,
  settled,
  cardsOverlap,
} from './helpers';

test('a client manager maps a deal, and the analysis follows every edit', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await newDeal(page, 'Core banking upgrade');
  const empty = await likelihood(page);
  expect(await gapMessages(page)).toContain('Nobody on the map is the decision-maker.');

  await addPerson(page, {
    name: 'Wang Wei',
    level: 'decision level',
    roles: ['decision-maker'],
    attitude: 'unknown',
    closeness: 'no contact',
  });
  await expect
    .poll(() => gapMessages(page))
    .toContain('We do not know where Wang Wei, a decision-maker, stands on us.');
  expect(await gapMessages(page)).not.toContain('Nobody on the map is the decision-maker.');

  await addPerson(page, {
    name: 'Li Ming',
    level: 'managerial level',
    roles: ['technical buyer'],
    attitude: 'neutral',
    closeness: 'distant',
  });
  await addPerson(page, {
    name: 'Zhao Gang',
    level: 'managerial level',
    roles: ['financial buyer'],
    attitude: 'opponent',
    closeness: 'no contact',
  });
  await addPerson(page, { name: 'Chen Jing', roles: ['user buyer'], attitude: 'supporter', closeness: 'frequent' });
  await addPerson(page, { name: 'Sun Li', roles: ['coach'], attitude: 'supporter', closeness: 'close' });
  const fivePeople = await likelihood(page);
  expect(fivePeople).not.toBe(empty);
  const gaps = await gapMessages(page);
  expect(gaps.filter((g) => g.startsWith('Nobody on the map is the'))).toEqual([]);

  // Lay the cards out, then draw a reporting line and an influence line.
  // New people are placed in free space, never on top of one another.
  expect(await cardsOverlap(page)).toBe(false);
  const placed = await card(page, 'Sun Li').boundingBox();
  await page.getByRole('button', { name: 'Arrange as org chart' }).click();
  await expect
    .poll(async () => JSON.stringify(await card(page, 'Sun Li').boundingBox()))
    .not.toBe(JSON.stringify(placed));
  await settled(page);
  expect(await cardsOverlap(page)).toBe(false);
  await connect(page, 'Li Ming', 'Wang Wei', 'reports to');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await connect(page, 'Zhao Gang', 'Wang Wei', 'influences');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect.poll(() => gapMessages(page)).toContain('Zhao Gang (opponent) sways decision-maker Wang Wei directly.');
  const withLines = await likelihood(page);
  expect(withLines).toBeLessThan(fivePeople);

  // Undo the influence line: its gap goes; redo brings both back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect
    .poll(() => gapMessages(page))
    .not.toContain('Zhao Gang (opponent) sways decision-maker Wang Wei directly.');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  expect(await likelihood(page)).toBe(withLines);

  // Quick keys: select the decision-maker and make them a supporter with "4".
  await card(page, 'Wang Wei').click();
  await page.keyboard.press('4');
  await expect(page.getByLabel('Attitude toward us')).toHaveValue('supporter');
  await expect.poll(() => likelihood(page)).toBeGreaterThan(withLines);
  const final = await likelihood(page);

  // Reload: everything is still there.
  await savedToDisk(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  expect(await likelihood(page)).toBe(final);
  await expect(page.locator('.deal-name')).toHaveText('Core banking upgrade');

  // Chinese, with the glossary's terms.
  await page.getByRole('button', { name: 'Switch language (中文)' }).click();
  await expect(page.getByText('赢率 (估计)').first()).toBeVisible();
  await expect.poll(() => gapMessages(page)).toContain('Zhao Gang (反对者) 直接影响经济买家Wang Wei。');
  await page.getByRole('button', { name: '切换语言 (English)' }).click();

  expect(errors).toEqual([]);
});

test('the course example imports with its gaps, and bad files are refused with their paths', async ({ page }) => {
  await importCourseExample(page);
  expect(await likelihood(page)).toBe(39);
  const gaps = await gapMessages(page);
  expect(gaps).toEqual([
    'We do not know where 副总, a decision-maker, stands on us.',
    '副总 is a key person: we have no contact, and nobody on our team owns the relationship.',
    'We have no close contact and no trusted relationship with anyone at the decision level.',
    'Nobody on the map is the financial buyer.',
    'Nobody on the map is the coach.',
    '王桑 is a key person: our contact is distant, and nobody on our team owns the relationship.',
    'Nobody on the map is the user buyer.',
  ]);

  // Choosing a gap highlights its people on the map.
  await page.getByRole('button', { name: 'We do not know where 副总, a decision-maker, stands on us.' }).click();
  await expect(card(page, '副总').locator('.pm-card--highlight')).toHaveCount(1);

  // A broken file: every problem with its path, and nothing imported.
  await page.getByRole('button', { name: 'All deals' }).click();
  await expect(page.getByRole('row')).toHaveCount(2);
  const [badChooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import .powermap file' }).click(),
  ]);
  await badChooser.setFiles({
    name: 'broken.powermap',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'powermap',
        version: 1,
        deal: { id: 'd', name: 'Broken' },
        stakeholders: [
          { id: 'a', name: 'A', attitude: 'friendly' },
          { id: 'a', name: 'B' },
        ],
      }),
    ),
  });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Could not import broken.powermap');
  await expect(dialog).toContainText('stakeholders[0].attitude: expected one of');
  await expect(dialog).toContainText('stakeholders[1].id: the id "a" is already used');
  await dialog.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('row')).toHaveCount(2);
});

test('the library searches, duplicates and deletes with undo', async ({ page }) => {
  await newDeal(page, 'Treasury system');
  await page.getByRole('button', { name: 'All deals' }).click();
  await newDeal(page, 'Card platform');
  await page.getByRole('button', { name: 'All deals' }).click();
  await expect(page.getByRole('row')).toHaveCount(3);

  await page.getByLabel('Search deals').fill('treas');
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Search deals').fill('');

  // The row's buttons show a word (no glyph a system may lack a font for); their names say which deal.
  await expect(page.getByRole('button', { name: 'Duplicate Card platform' })).toHaveText('Duplicate');
  await expect(page.getByRole('button', { name: 'Delete Card platform' })).toHaveText('Delete');
  await page.getByRole('button', { name: 'Duplicate Card platform' }).click();
  await expect(page.getByRole('button', { name: 'Open Card platform (copy)' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Treasury system' }).click();
  await expect(page.getByRole('button', { name: 'Open Treasury system' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Open Treasury system' })).toBeVisible();
});
