/**
 * The pipeline view and closing a deal (issue 12), in Chromium: deals imported from files,
 * one row each; sorting, filtering and search; the keys of the table; closing a deal takes
 * it out of the open pipeline, Undo brings it back; the view passes axe.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { importCourseExample, importDealFile, writeCourseExampleAs } from './helpers';

interface DealSpec {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly currency: string;
  /** Days from today to the decision date (negative: overdue). */
  readonly decidesIn: number;
}

const DEALS: readonly DealSpec[] = [
  { id: 'd-alpha', name: 'Alpha rollout', value: 100_000, currency: 'EUR', decidesIn: 18 },
  { id: 'd-beta', name: 'Beta platform', value: 500_000, currency: 'CNY', decidesIn: 40 },
  { id: 'd-gamma', name: 'Gamma renewal', value: 30_000, currency: 'EUR', decidesIn: -5 },
];

function dayFromToday(days: number): string {
  const now = new Date();
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The course example's map under each deal: its own id, name, value and decision date, imported. */
async function importDeals(page: Page): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'powermap-pipeline-'));
  for (const spec of DEALS) {
    const { decidesIn, ...deal } = spec;
    const decisionDate = dayFromToday(decidesIn);
    await importDealFile(page, await writeCourseExampleAs(dir, { ...deal, account: `${spec.name} Ltd`, decisionDate }));
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
  }
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Deals in the pipeline' });
/** The deals the grid shows, in order (retried until they match). */
const expectRows = (page: Page, names: string[]) => expect(grid(page).locator('.pl-name a')).toHaveText(names);

async function openPipeline(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Pipeline' }).click();
  await expect(page).toHaveURL(/#\/pipeline$/);
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible();
}

test.describe('the pipeline', () => {
  test('shows one row per deal, sorts, filters, searches and moves by keyboard', async ({ page }) => {
    await importDeals(page);
    await openPipeline(page);
    await expect(grid(page).getByRole('row')).toHaveCount(4);
    // Sorted by decision date at first: the overdue deal leads, marked overdue.
    await expectRows(page, ['Gamma renewal', 'Alpha rollout', 'Beta platform']);
    await expect(grid(page).locator('.is-overdue')).toContainText('5 days overdue');

    // Totals per currency, never one sum.
    const totals = page.locator('.pl-totals');
    await expect(totals.getByRole('rowheader')).toHaveText(['CNY', 'EUR']);
    await expect(totals.getByRole('row', { name: /EUR/ })).toContainText('2');

    await grid(page).getByRole('button', { name: 'Value' }).click();
    await expectRows(page, ['Beta platform', 'Alpha rollout', 'Gamma renewal']);
    await expect(grid(page).getByRole('columnheader', { name: 'Value' })).toHaveAttribute('aria-sort', 'descending');
    await grid(page).getByRole('button', { name: 'Value' }).click();
    await expectRows(page, ['Gamma renewal', 'Alpha rollout', 'Beta platform']);

    await page.getByRole('searchbox', { name: 'Search the pipeline' }).fill('beta');
    await expectRows(page, ['Beta platform']);
    await expect(page.getByRole('status').filter({ hasText: 'of 3 deals' })).toHaveText('1 of 3 deals');
    await page.getByRole('searchbox', { name: 'Search the pipeline' }).fill('');
    await page.getByLabel('Likelihood at least (%)').fill('101');
    await page.getByLabel('Likelihood at least (%)').fill('');
    await page.getByLabel('Decides by').fill(dayFromToday(20));
    await expectRows(page, ['Gamma renewal', 'Alpha rollout']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(grid(page).locator('.pl-name a')).toHaveCount(3);

    // The keys: the grid is one tab stop; the arrows, End and Home move; Enter opens.
    await grid(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await expect(grid(page).locator('[aria-selected="true"]')).toContainText('Beta platform');
    await page.keyboard.press('Home');
    await expect(grid(page).locator('[aria-selected="true"]')).toContainText('Gamma renewal');
    await page.keyboard.press('ArrowDown');
    await expect(grid(page).locator('[aria-selected="true"]')).toContainText('Alpha rollout');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/deal\/d-alpha$/);

    await openPipeline(page);
    // Started on the pipeline (a reload there), the entry point reads the rows before the
    // screen mounts (renderer/pipeline/earlyLoad.ts): the same rows, in the same order.
    await page.reload();
    await expectRows(page, ['Gamma renewal', 'Alpha rollout', 'Beta platform']);
    await expect(page.locator('.pl-totals').getByRole('rowheader')).toHaveText(['CNY', 'EUR']);
    await page.screenshot({ path: test.info().outputPath('pipeline.png') });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a closed deal leaves the open pipeline, stays findable, and is undone or reopened in one step', async ({
    page,
  }, testInfo) => {
    await importDeals(page);
    await page.goto('/#/deal/d-alpha');
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await page.getByRole('menuitem', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Close deal…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close “Alpha rollout”' });
    await expect(dialog).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('radio', { name: 'Lost' }).check();
    await dialog.getByLabel('Main reason').selectOption({ label: 'price' });
    await dialog.getByLabel('Competitor who won').fill('Acme');
    // For looking at: the dialog as the user fills it.
    await page.screenshot({ path: testInfo.outputPath('close-dialog.png') });
    await dialog.getByRole('button', { name: 'Close deal' }).click();
    const banner = page.locator('.closed-banner');
    await expect(banner).toContainText('Closed as lost');

    // One undo step: the outcome and the final snapshot go together, and come back together.
    await page.keyboard.press('Control+z');
    await expect(banner).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(banner).toContainText('Closed as lost');
    await expect(page.locator('.save-status')).toHaveText('Saved');

    await openPipeline(page);
    await expectRows(page, ['Gamma renewal', 'Beta platform']);
    await page.getByLabel('Status').selectOption({ label: 'Closed deals' });
    await expectRows(page, ['Alpha rollout']);
    await expect(grid(page).getByRole('row', { name: /Alpha rollout/ })).toContainText('Lost');

    await grid(page).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/deal\/d-alpha$/);
    await banner.getByRole('button', { name: 'Reopen' }).click();
    await expect(banner).toHaveCount(0);
    await expect(page.locator('.save-status')).toHaveText('Saved');
    await openPipeline(page);
    await expectRows(page, ['Gamma renewal', 'Alpha rollout', 'Beta platform']);
  });

  test('the status tip shows whole at the table’s right edge, by pointer and by keys, in Chinese and dark', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1100, height: 700 });
    await importDeals(page);
    await openPipeline(page);
    const viewport = page.viewportSize()!;
    const shown = page.locator('.pl-tip:visible');
    /** The tip is inside the viewport and on top at its four inner corners: nothing of it cut off. */
    const expectWhole = async () => {
      await expect(shown).toHaveCount(1);
      const box = (await shown.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const corners = [
        [box.x + 2, box.y + 2],
        [box.x + box.width - 2, box.y + 2],
        [box.x + 2, box.y + box.height - 2],
        [box.x + box.width - 2, box.y + box.height - 2],
      ];
      for (const [x, y] of corners) {
        const onTop = await page.evaluate(
          ([px, py]) => document.elementFromPoint(px!, py!)?.closest('.pl-tip') !== null,
          [x, y],
        );
        expect(onTop, `the tip at ${x}, ${y}`).toBe(true);
      }
    };
    const gamma = grid(page).getByRole('row', { name: /Gamma renewal/ });
    const reason = (await gamma.locator('.pl-status-cell').getAttribute('data-tip')) ?? '';
    expect(reason).not.toBe('');

    // The pointer: the last column's tip, moved left to end inside the viewport.
    await gamma.locator('.pl-status-cell').hover();
    await expect(shown).toHaveText(reason);
    await expectWhole();
    await page.mouse.move(5, 5);
    await expect(shown).toHaveCount(0);

    // The keys: the current row's tip, gone with Escape.
    await grid(page).focus();
    await page.keyboard.press('Home');
    await expect(shown).toHaveText(reason);
    await expectWhole();
    await page.keyboard.press('Escape');
    await expect(shown).toHaveCount(0);

    // Chinese, dark: the same, readable (the tip's text against its own background).
    await page.evaluate(() => localStorage.setItem('powermap.lang', 'zh-CN'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    const grille = page.getByRole('grid');
    await grille.getByRole('row').nth(1).locator('.pl-status-cell').hover();
    await expectWhole();
    const colours = await shown.evaluate((tip) => [getComputedStyle(tip).color, getComputedStyle(tip).backgroundColor]);
    expect(colours[0]).not.toBe(colours[1]);
    await page.screenshot({ path: test.info().outputPath('status-tip-zh-dark.png') });
    await page.evaluate(() => localStorage.setItem('powermap.lang', 'en'));
  });

  test('ships English in its script, fetches Chinese only to show it, and starts in the remembered language', async ({
    page,
  }) => {
    // The Chinese words are a script of their own (shared/i18n/loaded.ts): zh-CN-….js.
    // Which such scripts the pages fetched since the last look (every page load asks again).
    let fetched = new Set<string>();
    page.on('request', (request) => {
      const name = /\/assets\/(en|zh-CN)-[^/]*\.js$/.exec(new URL(request.url()).pathname);
      if (name) fetched.add(name[1]!);
    });
    const fetchedSinceLastLook = () => {
      const seen = [...fetched].sort();
      fetched = new Set();
      return seen;
    };
    await importCourseExample(page);
    const deal = page.url();
    await openPipeline(page);
    expect(fetchedSinceLastLook()).toEqual([]);

    // Switching fetches the Chinese words, then shows them: no keys in between.
    await page.goto(deal);
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await page.getByRole('button', { name: 'Switch language (中文)' }).click();
    await expect(page.getByRole('button', { name: '切换语言 (English)' })).toBeVisible();
    expect(fetchedSinceLastLook()).toEqual(['zh-CN']);
    await page.goto('/#/pipeline');
    await expect(page.getByRole('heading', { name: '销售管道', level: 1 })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('pipelineApp.');

    // The language is remembered: a new start fetches the Chinese words before drawing.
    await page.reload();
    await expect(page.getByRole('heading', { name: '销售管道', level: 1 })).toBeVisible();
    expect(fetchedSinceLastLook()).toEqual(['zh-CN']);

    // And back to English, which needs nothing fetched.
    await page.goto(deal);
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await page.getByRole('button', { name: '切换语言 (English)' }).click();
    await expect(page.getByRole('button', { name: 'Switch language (中文)' })).toBeVisible();
    await page.goto('/#/pipeline');
    await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible();
    expect(fetchedSinceLastLook()).toEqual([]);
  });
});

test.describe('the pipeline table in a narrow window', () => {
  /**
   * The cells that end past the table's right edge or whose words are cut (an ellipsis): the
   * headings, and the first line of every cell but the free text (deal, account, stage), which
   * may end in an ellipsis. A status's reasons under its word may be cut too: its tip and the
   * line under the table say them whole.
   */
  const cutCells = (page: Page) =>
    page.getByRole('grid').evaluate((table) => {
      const FREE_TEXT = [0, 1, 3];
      const right = table.getBoundingClientRect().right;
      const cut = (part: Element | null) => part !== null && part.scrollWidth > part.clientWidth + 0.5;
      return [...table.querySelectorAll('[role="columnheader"], [role="gridcell"]')]
        .filter((cell) => {
          if (cell.getBoundingClientRect().right > right + 0.5) return true;
          if (cell.getAttribute('role') === 'columnheader') return cut(cell.querySelector('.pl-sort'));
          const column = [...cell.parentElement!.children].indexOf(cell);
          return !FREE_TEXT.includes(column) && cut(cell.querySelector('.pl-status-word') ?? cell.firstElementChild);
        })
        .map((cell) => `${cell.getAttribute('role')}: ${cell.textContent}`);
    });

  test('fits every column from 1,024 to 1,280 px, the status whole, in English and Chinese, light and dark', async ({
    page,
  }) => {
    await importDeals(page);
    for (const [lang, dark] of [
      ['en', false],
      ['zh-CN', false],
      ['en', true],
      ['zh-CN', true],
    ] as const) {
      await page.evaluate((chosen) => localStorage.setItem('powermap.lang', chosen), lang);
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.goto('/#/pipeline');
      await page.reload();
      for (const width of [1024, 1100, 1280]) {
        await page.setViewportSize({ width, height: 720 });
        await expect(page.getByRole('grid').locator('.pl-status-word')).toHaveCount(3);
        expect(await cutCells(page), `${lang} at ${width} px`).toEqual([]);
        const name = `table-${lang}-${dark ? 'dark' : 'light'}-${width}.png`;
        await page.screenshot({ path: test.info().outputPath(name) });
      }
    }
    await page.evaluate(() => localStorage.setItem('powermap.lang', 'en'));
  });
});
