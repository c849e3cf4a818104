/**
 * The sales step (独孤六剑) and the position against the best supplier in the app: chosen
 * in the deal inspector, read in the analysis panel, with the new gaps (issue 10).
 */
import { expect, test, type Page } from '@playwright/test';
import { seedAtPresentValue } from '../support/salesSeed';
import { gapMessages } from './helpers';

async function importSalesSeed(page: Page): Promise<void> {
  await page.goto('/');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.library-tools button').nth(1).click(),
  ]);
  await chooser.setFiles({ name: 'sales.powermap', mimeType: 'application/json', buffer: seedAtPresentValue() });
  await page.waitForURL(/#\/deal\//);
  await page.locator('.react-flow__node').first().waitFor();
  for (const close of await page.locator('.toast-close').all()) await close.click();
}

test('the sales step view shows where the deal stands, the signs, and the position chart', async ({ page }) => {
  await importSalesSeed(page);
  const view = page.getByTestId('sales-step-view');
  await expect(view).toContainText('Our step: present value');
  await expect(view).toContainText('The map supports: build trust');
  await expect(view).toContainText('We know where every decision-maker stands (not yet: 副总)');
  await expect(view).toContainText('2026-03-01: 更换设备, 年底前完成验收');
  await expect(view).toContainText('The course allows gifts only within the law and company rules');
  await expect(view).toContainText('business meal or tea');
  expect((await gapMessages(page)).some((m) => m.startsWith('We record the step "present value"'))).toBe(true);
  expect((await gapMessages(page)).some((m) => m.includes('product performance (5 against 9)'))).toBe(true);

  const chart = page.getByTestId('position-view');
  await expect(chart).toContainText('Best supplier: Acme');
  await expect(chart.getByRole('row', { name: /product performance/ })).toContainText('5');

  // The deal inspector (nothing selected): choose an earlier step; the gap ahead of the map goes away.
  await page.keyboard.press('Escape');
  await page.getByLabel('Sales step (独孤六剑)').selectOption({ label: 'build trust' });
  await expect(view).toContainText('Our step: build trust');
  await expect.poll(async () => (await gapMessages(page)).some((m) => m.startsWith('We record the step'))).toBe(false);
  // A score off the half-point scale is refused with a reason; a good one moves the chart.
  const brand = page.getByLabel('brand: ours');
  await brand.fill('7.3');
  await expect(page.getByText('A score is 0 to 10, in steps of 0.5.')).toBeVisible();
  await brand.fill('9.5');
  await expect(chart.getByRole('row', { name: /brand/ })).toContainText('9.5');

  await page.getByRole('button', { name: 'Switch language (中文)' }).click();
  await expect(view).toContainText('我们的步骤: 建立信任');
  await expect(chart).toContainText('客户关系 (决策层)');
});

test('the views read well in the dark theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await importSalesSeed(page);
  // Light text on a dark ground in both views: the dark theme reaches them.
  for (const id of ['sales-step-view', 'position-view']) {
    const view = page.getByTestId(id);
    await expect(view).toBeVisible();
    const [text, ground] = await view.evaluate((element) => {
      const luminance = (colour: string) => {
        const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      let node: Element | null = element;
      let background = 'rgba(0, 0, 0, 0)';
      while (node && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
        background = getComputedStyle(node).backgroundColor;
        node = node.parentElement;
      }
      return [luminance(getComputedStyle(element).color), luminance(background)];
    });
    expect(text, id).toBeGreaterThan(ground + 100);
  }
  await context.close();
});
