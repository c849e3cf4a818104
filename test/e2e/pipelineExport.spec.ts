/**
 * The exports of the review meeting from the pipeline screen (issue 12), in Chromium: the
 * pipeline CSV of the deals the filter selects is downloaded and read back (byte-order mark,
 * CRLF, the Chinese headers, the same rows as the table), and the review pack's print view
 * has its contents and every selected deal's sheet, printed A4 landscape.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../shared/csv';
import { axeViolations } from './axe';
import { importDealFile, writeCourseExampleAs } from './helpers';

const DEALS = [
  { id: 'd-alpha', name: 'Alpha rollout', value: 100_000, currency: 'EUR' },
  { id: 'd-beta', name: 'Beta platform', value: 500_000, currency: 'CNY' },
  { id: 'd-gamma', name: 'Gamma renewal', value: 30_000, currency: 'EUR' },
] as const;

/** The course example's map under each deal, all deciding on one day (their names share the chart's date). */
async function importDeals(page: Page): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'powermap-pipeline-export-'));
  const now = new Date();
  const decisionDate = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-28`;
  for (const spec of DEALS) {
    await importDealFile(page, await writeCourseExampleAs(dir, { ...spec, account: `${spec.name} Ltd`, decisionDate }));
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
  }
}

async function openPipeline(page: Page): Promise<void> {
  await page.goto('/#/pipeline');
  // A reload: the language chosen in storage is read when the app starts.
  await page.reload();
  await expect(page.getByRole('grid')).toBeVisible();
}

function pdfText(pdf: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'powermap-pack-'));
  const file = join(dir, 'pack.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

test.describe('exports of the pipeline', () => {
  // Three deals are imported through the file picker first, and axe reads the whole pack: on a busy machine that is slow.
  test.describe.configure({ timeout: 180_000 });

  test('the CSV of the filtered deals, in Chinese, from the command palette', async ({ page }) => {
    await importDeals(page);
    await page.evaluate(() => localStorage.setItem('powermap.lang', 'zh-CN'));
    await openPipeline(page);
    // Only the EUR deals: the export takes what the filter selects.
    await page.getByRole('searchbox').fill('rollout');
    await expect(page.getByRole('grid').locator('.pl-name a')).toHaveText(['Alpha rollout']);

    await page.keyboard.press('Control+k');
    const palette = page.locator('dialog.palette');
    await palette.getByRole('combobox').fill('CSV');
    // The deal screen's CSV import is listed but greyed here; Enter takes the pipeline's export.
    await expect(palette.getByRole('option', { name: '从 CSV 导入联系人…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(palette.getByRole('option', { name: '导出管道 CSV…' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '将销售管道导出为 CSV' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('当前筛选所选的 1 个项目');
    await expect(dialog.getByRole('checkbox', { name: /个人字段/ })).not.toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: /匿名/ })).not.toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '导出', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^销售管道 \d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain('\r\n');
    const records = parseCsv(text);
    expect(records[0]!.slice(0, 5)).toEqual(['状态', '项目', '客户', '金额', '币种']);
    expect(records[1]!.slice(1, 5)).toEqual(['Alpha rollout', 'Alpha rollout Ltd', '100000', 'EUR']);
    expect(['红灯', '黄灯', '绿灯']).toContain(records[1]![0]);
    // One deal, a blank record, the totals' header and one currency.
    expect(records.slice(2).filter((record) => record.some((cell) => cell !== ''))).toHaveLength(2);
  });

  test('the review pack: its contents and every deal, printed A4 landscape; the anonymous variant names nobody', async ({
    page,
  }) => {
    await importDeals(page);
    await openPipeline(page);
    await page.getByRole('button', { name: 'Review pack…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the review pack' });
    await expect(dialog).toContainText('The 3 deals the current filter selects');
    await dialog.getByRole('checkbox', { name: /Anonymous/ }).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Deal review pack' })).toBeVisible();
    const contents = page.getByRole('navigation', { name: 'Contents' });
    const links = contents.getByRole('link');
    await expect(links).toHaveCount(6);
    await expect(links.nth(0)).toHaveText('Pipeline');
    await expect(links.nth(1)).toHaveText(/^Totals/);
    await expect(links.nth(2)).toHaveText(/^Win likelihood by decision date/);
    // The deals in the review's order (red first, then by date); the client is a placeholder in the anonymous pack.
    const dealLinks = (await links.allTextContents()).slice(3).sort();
    expect(dealLinks).toEqual(['Alpha rollout · Client', 'Beta platform · Client', 'Gamma renewal · Client']);
    await expect(page.locator('.pack-page--dealTop')).toHaveCount(3);
    // Every id on the page once, however many sheets it holds: the contents link to them, headings label sections.
    const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    await expect(page.locator('.pack-page--dealFlow .sheet-table tbody tr').first()).toBeVisible();
    // Each contents entry gives the page its part starts on.
    const numbered = await contents.locator('li').evaluateAll((items) =>
      items.map((item) => ({
        label: item.querySelector('a')!.textContent,
        page: Number(item.querySelector('.pack-page-number')!.textContent),
      })),
    );
    const pageCount = await page.locator('.pack-page').count();
    await expect
      .poll(() =>
        page.locator('img.sheet-map').evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete)),
      )
      .toBe(true);
    expect(await page.title()).toMatch(/^Review pack \d{4}-\d{2}-\d{2}$/);
    // The contents scroll within the page; the address stays the pipeline's.
    await contents.getByRole('link', { name: /^Gamma renewal/ }).click();
    await expect(page).toHaveURL(/#\/pipeline$/);
    expect(await axeViolations(page)).toEqual([]);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true });
    writeFileSync(join(tmpdir(), 'powermap-review-pack.pdf'), pdf);
    const { text, pages } = pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    for (const part of ['Contents', 'Pipeline', 'Currency', 'Alpha rollout', 'Beta platform', 'Gamma renewal']) {
      expect(flat).toContain(part);
    }
    // Contents, pipeline, totals, chart, then at least two pages per deal; no page more than we made.
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBe(pageCount);
    expect(flat).toContain(`Page ${pages} of ${pages}`);
    // The contents' numbers are the printed pages: each starts with its part, or its deal's heading.
    const pdfFile = join(tmpdir(), 'powermap-review-pack.pdf');
    const pageText = (number: number) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(number), '-l', String(number), pdfFile, '-'], {
        encoding: 'utf8',
      });
    expect(numbered.map((entry) => entry.page)).toEqual([...numbered.map((entry) => entry.page)].sort((a, b) => a - b));
    for (const entry of numbered) {
      const printed = pageText(entry.page).replace(/\s+/g, ' ').trim();
      const heading = entry.label.split(' · ')[0]!.slice(0, 20);
      expect(printed, `${entry.label} on page ${entry.page}`).toContain(heading);
      expect(printed).toContain(`Page ${entry.page} of ${pages}`);
    }
    // Pictures of a contents page and of a deal's first page, to look at.
    const dealPage = numbered[3]!.page;
    for (const [number, name] of [
      [1, 'contents'],
      [dealPage, 'deal'],
    ] as const)
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        String(number),
        '-l',
        String(number),
        '-singlefile',
        pdfFile,
        join(tmpdir(), `powermap-pack-${name}`),
      ]);
    expect(flat).not.toContain('Print / Save as PDF');
    // Anonymous: the course example's people are not named.
    for (const name of ['张华', '李建', '王桑']) expect(flat).not.toContain(name);

    await page.getByRole('button', { name: /Back to the pipeline/ }).click();
    await expect(page.getByRole('grid')).toBeVisible();
  });
});
