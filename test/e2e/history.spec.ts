/**
 * Maps over time (issue 4), end to end in Chromium: a user takes a snapshot before a
 * visit, wins two people over and loses one, then compares the snapshot with the current
 * map and sees the right marks, change list and figures; restores the snapshot (the map it
 * replaced is kept), deletes a snapshot and undoes it, and finds it all after a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { addPerson, card, likelihood, newDeal, savedToDisk } from './helpers';
import { axeViolations as violations } from './axe';

/** `+12` / `−3` / `0` as a number. */
const points = (text: string) => Number(text.trim().replace('\u2212', '-').replace('+', ''));

async function takeSnapshot(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Take a snapshot…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Take a snapshot' });
  await expect(dialog.getByLabel('Label')).toHaveValue(/^Snapshot \d{1,2} \w{3} \d{4}$/);
  await dialog.getByLabel('Label').fill(label);
  await dialog.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.toast', { hasText: `Snapshot “${label}” taken.` })).toBeVisible();
}

async function setAttitude(page: Page, name: string, key: string, attitude: string): Promise<void> {
  // Select the card from the keyboard (new cards fan out over each other, so a click could land on another).
  await card(page, name).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press(key);
  await expect(page.getByLabel('Attitude toward us')).toHaveValue(attitude);
}

/** The labels of the versions listed in the timeline, newest first. */
function versionLabels(page: Page) {
  return page.locator('.ph-version__label').allInnerTexts();
}

/** The text of a card's mark badge on the comparison's map, e.g. `▲ improved` (none: empty). */
async function markOf(page: Page, name: string) {
  const badge = card(page, name).locator('.pm-card__mark');
  return (await badge.count()) === 0 ? '' : badge.innerText();
}

test('a user compares the map before a visit with the map after it, restores it, and keeps every version', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await newDeal(page, 'Hospital equipment');
  await addPerson(page, {
    name: 'Wang Wei',
    level: 'decision level',
    roles: ['decision-maker'],
    attitude: 'neutral',
    closeness: 'distant',
  });
  await addPerson(page, {
    name: 'Li Ming',
    level: 'managerial level',
    roles: ['technical buyer'],
    attitude: 'neutral',
  });
  await addPerson(page, {
    name: 'Zhao Gang',
    roles: ['financial buyer'],
    attitude: 'supporter',
    closeness: 'frequent',
  });
  const before = await likelihood(page);

  await takeSnapshot(page, 'before the visit');

  // After the visit: two people won over, one lost.
  await setAttitude(page, 'Wang Wei', '4', 'supporter');
  await setAttitude(page, 'Li Ming', '5', 'champion');
  await setAttitude(page, 'Zhao Gang', '2', 'opponent');
  await expect.poll(() => likelihood(page)).not.toBe(before);
  const after = await likelihood(page);

  // The history view compares the newest snapshot with the current map.
  await page.getByRole('button', { name: 'History and comparison' }).click();
  const compare = page.getByRole('region', { name: 'Comparison' });
  await expect(compare.getByLabel('From')).toHaveValue(/^h-/);
  await expect(compare.getByLabel('From').locator('option:checked')).toHaveText(/^before the visit · /);
  await expect(compare.getByLabel('To')).toHaveValue('current');

  // The likelihood, old → new, is the analysis panel's before and after.
  await expect(compare.locator('.ph-likelihood__old')).toHaveText(`${before}%`);
  await expect(compare.locator('.ph-likelihood__new')).toHaveText(`${after}%`);
  const delta = points(await compare.locator('.ph-likelihood__delta').innerText());
  expect(delta).toBe(after - before);
  await expect(compare.getByText(`Win likelihood went from ${before}% to ${after}%`)).toBeAttached();

  // The change list: two people improved and one worsened, field by field.
  const people = compare.locator('.ph-group--people');
  const improved = people.locator('.ph-change--improved');
  await expect(improved).toHaveCount(2);
  await expect(improved.filter({ hasText: 'Wang Wei' })).toContainText('attitude: neutral → supporter');
  await expect(improved.filter({ hasText: 'Li Ming' })).toContainText('attitude: neutral → champion');
  const worsened = people.locator('.ph-change--worsened');
  await expect(worsened).toHaveCount(1);
  await expect(worsened).toContainText('Zhao Gang');
  await expect(worsened).toContainText('attitude: supporter → opponent');
  await expect(worsened).toContainText('▼ worsened');
  await expect(people.locator('.ph-change')).toHaveCount(3);

  // The attribution: each of the three moved the likelihood, and the rows add up to the delta.
  const rows = compare.locator('.ph-attribution__row');
  const names = await rows.locator('.ph-attribution__name').allInnerTexts();
  expect(names).toEqual(expect.arrayContaining(['Wang Wei', 'Li Ming', 'Zhao Gang']));
  const figures = (await rows.locator('.pn-term__points > [aria-hidden="true"]').allInnerTexts()).map(points);
  expect(figures.reduce((sum, n) => sum + n, 0)).toBe(delta);
  await expect(compare.locator('.ph-attribution__total [aria-hidden="true"]')).toHaveText(
    delta > 0 ? `+${delta}` : delta < 0 ? `\u2212${-delta}` : '0',
  );
  const zhao = rows.filter({ hasText: 'Zhao Gang' }).locator('.pn-term__points > [aria-hidden="true"]');
  expect(points(await zhao.innerText())).toBeLessThan(0);
  const wang = rows.filter({ hasText: 'Wang Wei' }).locator('.pn-term__points > [aria-hidden="true"]');
  expect(points(await wang.innerText())).toBeGreaterThan(0);

  // The map of the comparison marks them.
  const legend = page.getByRole('group', { name: 'Changes marked on the map' });
  await expect(legend.locator('[data-mark="improved"]')).toHaveText('▲ improved: 2');
  await expect(legend.locator('[data-mark="worsened"]')).toHaveText('▼ worsened: 1');
  await expect.poll(() => markOf(page, 'Wang Wei')).toBe('▲ improved');
  await expect.poll(() => markOf(page, 'Li Ming')).toBe('▲ improved');
  await expect.poll(() => markOf(page, 'Zhao Gang')).toBe('▼ worsened');
  // The card itself says so to assistive technology.
  await expect(card(page, 'Zhao Gang')).toHaveAttribute('aria-label', /Since the older version: worsened\.$/);

  await page.getByText('Show the figures as a table').click();
  expect(await violations(page)).toEqual([]);

  // The timeline lists both versions with their likelihood and draws them.
  const timelinePanel = page.getByRole('region', { name: 'Timeline' });
  await expect(timelinePanel.getByRole('img', { name: 'Win likelihood over time' })).toBeVisible();
  await expect(timelinePanel.locator('.ph-chart__point')).toHaveCount(2);
  expect(await versionLabels(page)).toEqual(['Current map', 'before the visit']);
  await expect(timelinePanel.locator('.ph-version').nth(1).locator('.ph-version__value [aria-hidden]')).toHaveText(
    `${before}%`,
  );

  // Restore the snapshot: the map goes back, and the map it replaced is kept.
  await timelinePanel.getByRole('button', { name: 'Restore “before the visit”' }).click();
  await expect(page.locator('.toast', { hasText: 'Restored “before the visit”.' })).toBeVisible();
  await expect
    .poll(() => versionLabels(page))
    .toEqual(['Current map', 'Replaced by restoring “before the visit”', 'before the visit']);
  await expect(timelinePanel.locator('.ph-version').nth(0).locator('.ph-version__value [aria-hidden]')).toHaveText(
    `${before}%`,
  );
  await expect(timelinePanel.locator('.ph-version').nth(1).locator('.ph-version__value [aria-hidden]')).toHaveText(
    `${after}%`,
  );
  await page.keyboard.press('Control+1');
  await expect.poll(() => likelihood(page)).toBe(before);
  await page.getByRole('button', { name: 'History and comparison' }).click();

  // Rename one, delete the other and undo the delete.
  await timelinePanel.getByRole('button', { name: 'Rename “before the visit”' }).click();
  await timelinePanel.getByLabel('New label of “before the visit”').fill('before the first visit');
  await timelinePanel.getByLabel('New label of “before the visit”').press('Enter');
  await expect
    .poll(() => versionLabels(page))
    .toEqual(['Current map', 'Replaced by restoring “before the visit”', 'before the first visit']);
  await timelinePanel.getByRole('button', { name: 'Delete “Replaced by restoring “before the visit”' }).click();
  await expect.poll(() => versionLabels(page)).toEqual(['Current map', 'before the first visit']);
  const toast = page.locator('.toast', { hasText: 'Deleted snapshot “Replaced by restoring “before the visit””.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => versionLabels(page))
    .toEqual(['Current map', 'Replaced by restoring “before the visit”', 'before the first visit']);

  // Saved: a reload finds every snapshot.
  await savedToDisk(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  expect(await likelihood(page)).toBe(before);
  await page.keyboard.press('Control+3');
  await expect
    .poll(() => versionLabels(page))
    .toEqual(['Current map', 'Replaced by restoring “before the visit”', 'before the first visit']);

  // The replaced map is there to compare with: the same three people, the other way round.
  await page
    .getByRole('button', { name: 'Compare “Replaced by restoring “before the visit”” with the current map' })
    .click();
  const again = page.getByRole('region', { name: 'Comparison' });
  await expect(again.locator('.ph-likelihood__old')).toHaveText(`${after}%`);
  await expect(again.locator('.ph-likelihood__new')).toHaveText(`${before}%`);
  await expect(again.locator('.ph-group--people .ph-change--worsened')).toHaveCount(2);
  await expect(again.locator('.ph-group--people .ph-change--improved')).toHaveCount(1);

  expect(errors).toEqual([]);
});

test('the history view in Chinese, and a snapshot before the automatic layout', async ({ page }) => {
  await newDeal(page, 'Lab systems');
  await addPerson(page, { name: 'Sun Li', roles: ['coach'], attitude: 'supporter' });
  await addPerson(page, { name: 'Zhou Yu', roles: ['user buyer'], attitude: 'neutral' });
  await page.getByRole('button', { name: 'Arrange as org chart' }).click();
  await page.getByRole('button', { name: 'History and comparison' }).click();
  await expect.poll(() => versionLabels(page)).toEqual(['Current map', 'Before automatic layout']);
  // Only cards moved: nothing to list but the count, and one undo removes layout and snapshot together.
  const compare = page.getByRole('region', { name: 'Comparison' });
  await expect(compare.getByText('Cards moved on the map: 2')).toBeVisible();
  await page.locator('.toolbar').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => versionLabels(page)).toEqual(['Current map']);
  await expect(page.getByText('Take a snapshot first; then compare it with the current map.')).toBeVisible();

  await page.getByRole('button', { name: 'Take snapshot', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Take a snapshot' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Take snapshot' }).click();
  // Switching the language keeps the view.
  await page.getByRole('button', { name: 'Switch language (中文)' }).click();
  await expect(page.getByRole('region', { name: '时间线' })).toBeVisible();
  await expect(page.getByRole('region', { name: '对比' }).getByLabel('从')).toBeVisible();
  await expect(page.getByRole('img', { name: '赢率随时间的变化' })).toBeVisible();
  expect((await versionLabels(page))[0]).toBe('当前关系图');
  await expect(page.getByRole('button', { name: /^恢复“Snapshot / })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: '切换语言 (English)' }).click();
});
