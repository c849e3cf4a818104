/**
 * Every control has an accessible name and the screens pass axe's checks for names,
 * labels, roles and keyboard access (colour contrast is judged by eye in the screenshots).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { card } from './helpers';

const RULES = [
  'button-name',
  'label',
  'select-name',
  'input-button-name',
  'link-name',
  'aria-allowed-attr',
  'aria-required-attr',
  'aria-valid-attr',
  'aria-valid-attr-value',
  'aria-roles',
  'aria-command-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'nested-interactive',
  'duplicate-id-aria',
  'tabindex',
  'html-has-lang',
  'document-title',
  'image-alt',
  'list',
  'listitem',
];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(RULES).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`),
  );
}

test('library, editor, inspector and grid: every control is named and reachable', async ({ page }) => {
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
