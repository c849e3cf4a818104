/**
 * Exporting for a deal review, end to end in Chromium against the production build: the
 * course's example is imported, then every format is exported from the Export dialog and
 * the downloaded file is read back for real (the SVG's people, the PNG's size, the deck's
 * slides, the CSV's rows and columns, the .powermap's validity and anonymity, the printed
 * sheet's text through pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parseDocumentText } from '../../shared/document';
import { axeViolations } from './axe';
import { importCourseExample } from './helpers';

const NAMES = ['张华', '李建', '王桑', '副总'];

interface Exported {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Opens the Export dialog with its shortcut, makes the choices and returns the download. */
async function exportAs(
  page: Page,
  format: RegExp,
  options: { personal?: boolean; anonymous?: boolean } = {},
): Promise<Exported> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('checkbox', { name: /personal fields|个人字段/ }).setChecked(options.personal ?? false);
  await dialog.getByRole('checkbox', { name: /Anonymous|匿名/ }).setChecked(options.anonymous ?? false);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^(Export|导出)$/ }).click(),
  ]);
  await expect(dialog).toBeHidden();
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  return {
    width: Number(/\swidth="([\d.]+)"/.exec(root)![1]),
    height: Number(/\sheight="([\d.]+)"/.exec(root)![1]),
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'powermap-pdf-'));
  try {
    const file = path.join(dir, 'sheet.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const today = () => new Date().toISOString().slice(0, 10);

test.describe('export for a deal review', () => {
  test.beforeEach(async ({ page }) => {
    await importCourseExample(page);
  });

  test('the dialog: labelled controls with their hints, modal, closed by Escape', async ({ page }) => {
    const button = page.getByRole('button', { name: 'Export…' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Export “设备采购项目”' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'PNG picture of the map (2x)' })).toBeFocused();
    await expect(dialog.getByRole('radio')).toHaveCount(6);
    await expect(
      dialog.getByRole('checkbox', { name: 'Include personal fields (interests, notes)' }),
    ).not.toBeChecked();
    await expect(
      dialog.getByRole('checkbox', { name: 'Anonymous (names replaced by titles)' }),
    ).toHaveAccessibleDescription(/For sharing outside the team/);
    await expect(dialog.getByText(/^File name: 设备采购项目 \d{4}-\d{2}-\d{2}\.png$/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    // Not during a what-if: the print view would leave the map and drop it.
    await page.getByRole('button', { name: 'Try a what-if' }).first().click();
    await expect(button).toBeDisabled();
    await page.keyboard.press('Control+e');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('SVG and PNG: one card per person, the PNG at twice the drawing’s size', async ({ page }) => {
    const svg = await exportAs(page, /SVG/);
    expect(svg.name).toMatch(/^设备采购项目 \d{4}-\d{2}-\d{2}\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text.match(/<g class="person"/g)).toHaveLength(4);
    for (const name of NAMES) expect(text).toContain(name);

    const png = await exportAs(page, /PNG/);
    expect(png.name).toMatch(/\.png$/);
    const size = svgSize(text);
    expect(pngSize(png.bytes)).toEqual({ width: Math.round(size.width * 2), height: Math.round(size.height * 2) });
  });

  test('CSV: a row per stakeholder, personal columns only when included', async ({ page }) => {
    const plain = await exportAs(page, /CSV/);
    expect(plain.name).toMatch(/\.csv$/);
    expect([...plain.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = plain.bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^Name,Title,/);
    expect(lines[0]).not.toContain('Notes');
    for (const name of NAMES) expect(lines.some((line) => line.startsWith(name))).toBe(true);
    expect(plain.bytes.toString('utf8')).not.toContain('信息收集');

    const personal = await exportAs(page, /CSV/, { personal: true });
    const text = personal.bytes.toString('utf8');
    expect(text.split(/\r?\n/)[0]).toContain('Notes');
    expect(text).toContain('信息收集');

    const anonymous = await exportAs(page, /CSV/, { anonymous: true });
    for (const name of ['张华', '李建', '王桑']) expect(anonymous.bytes.toString('utf8')).not.toContain(name);
  });

  test('.powermap: a valid document; anonymous without any person’s name', async ({ page }) => {
    const named = await exportAs(page, /\.powermap file/);
    expect(named.name).toMatch(/^设备采购项目 \d{4}-\d{2}-\d{2}\.powermap$/);
    const parsed = parseDocumentText(named.bytes.toString('utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.stakeholders.map((p) => p.name)).toEqual(['张华', '李建', '王桑', '副总']);
    // Personal fields are off by default, in the file too.
    expect(parsed.document.stakeholders.every((p) => p.notes === '')).toBe(true);

    const anonymous = await exportAs(page, /\.powermap file/, { anonymous: true });
    const text = anonymous.bytes.toString('utf8');
    const read = parseDocumentText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    for (const person of read.document.stakeholders) expect(NAMES).not.toContain(person.name);
    for (const name of ['张华', '李建', '王桑']) expect(text).not.toContain(name);
    expect(text).not.toContain('示例客户');
  });

  test('PowerPoint: a zip holding the slides', async ({ page }) => {
    const deck = await exportAs(page, /PowerPoint/);
    expect(deck.name).toMatch(/\.pptx$/);
    const files = Object.keys(unzipSync(new Uint8Array(deck.bytes)));
    expect(files.some((file) => /^ppt\/slides\/slide\d+\.xml$/.test(file))).toBe(true);

    const anonymous = unzipSync(new Uint8Array((await exportAs(page, /PowerPoint/, { anonymous: true })).bytes));
    const slides = Object.entries(anonymous)
      .filter(([file]) => file.startsWith('ppt/slides/'))
      .map(([, bytes]) => new TextDecoder().decode(bytes))
      .join('');
    expect(slides).toContain('采购 · 设备科');
    for (const name of ['张华', '李建', '王桑']) expect(slides).not.toContain(name);
  });

  test('PDF: the print view shows the sheet, and prints it with the names, the likelihood and the gaps', async ({
    page,
  }) => {
    const dealUrl = page.url();
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /PDF/ }).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '设备采购项目' })).toBeVisible();
    // The sheet is drawn from the map in memory: the address stays the deal's, nothing is carried in it.
    expect(page.url()).toBe(dealUrl);
    await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();
    await expect(page.locator('.sheet-figure strong')).toHaveText('39%');
    await expect(page.locator('.sheet-table tbody tr')).toHaveCount(4);
    await expect(page.getByRole('img', { name: 'Map of the buying organisation' })).toBeVisible();
    await expect.poll(() => page.locator('img.sheet-map').evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
    expect(await page.title()).toBe(`设备采购项目 ${today()}`);
    expect(await axeViolations(page)).toEqual([]);

    const text = pdfText(await page.pdf({ format: 'A4', landscape: true })).replace(/\s+/g, ' ');
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('39%');
    expect(text).toContain('Nobody on the map is the financial buyer.');
    expect(text).toContain('Next step:');
    expect(text).not.toContain('Print / Save as PDF');
    expect(text).not.toContain('Imported');
    expect(text).toContain('Page 1 of');

    await page.getByRole('button', { name: /Back to the map/ }).click();
    await expect(page).toHaveURL(dealUrl);
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
  });

  test("the map comes back from the print view with its undo, and the print view ignores the map's keys", async ({
    page,
  }) => {
    const person = page.locator('.react-flow__node', { hasText: '王桑' });
    await person.click();
    await page.keyboard.press('5');
    await expect(person.locator('.pm-att-champion')).toHaveCount(1);

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /PDF/ }).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();
    // The editor is hidden underneath: its quick keys must not reach it.
    await page.keyboard.press('1');
    await page.keyboard.press('Control+z');

    await page.getByRole('button', { name: /Back to the map/ }).click();
    await expect(person.locator('.pm-att-champion')).toHaveCount(1);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeEnabled();
    await undo.click();
    await expect(person.locator('.pm-att-champion')).toHaveCount(0);
  });

  test('in Chinese: the dialog, the CSV headers and the printed sheet', async ({ page }) => {
    await page.getByRole('button', { name: 'Switch language (中文)' }).click();
    await page.getByRole('button', { name: '导出…' }).click();
    const dialog = page.getByRole('dialog', { name: '导出“设备采购项目”' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('包含个人字段 (利益、备注)')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const csv = await exportAs(page, /CSV 干系人表/);
    expect(csv.bytes.toString('utf8').slice(1).split(/\r?\n/)[0]).not.toContain('备注');

    await page.keyboard.press('Control+e');
    await page.getByRole('radio', { name: /PDF 项目评审表/ }).check();
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await expect(page.getByRole('button', { name: '打印 / 另存为 PDF' })).toBeVisible();
    await expect.poll(() => page.locator('img.sheet-map').evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
    const text = pdfText(await page.pdf({ format: 'A4', landscape: true })).replace(/\s+/g, '');
    expect(text).toContain('39%');
    expect(text).toContain('图中还没有实际买家');
  });
});
