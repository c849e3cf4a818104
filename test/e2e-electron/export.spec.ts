/**
 * Exporting in real Electron: the course example is opened through the stubbed open
 * dialog, then exported from the Export dialog: a CSV through saveExport (save dialog
 * stubbed in the main process, bytes written atomically), the PDF through the print view
 * and printToPdf (a real %PDF file, A4 landscape), and the file lands in File > Open Recent.
 * Skipped, with the reason, where the Electron binary or a display is missing.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, missingDisplay } from './electronBinary';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'dist/electron/main.cjs');
const SEED = path.join(ROOT, 'test/fixtures/seed-shortlisting.powermap.json');

const binary = findElectronBinary();
const skipReason = binary.found ? missingDisplay() : binary.reason;
if (skipReason) console.warn(`[e2e-electron] skipping the Electron export tests: ${skipReason}`);

let app: ElectronApplication;
let page: Page;
let work: string;

/** Makes the main process's save dialog answer `filePath` (and remember that it was asked). */
async function stubSaveDialog(filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: target });
  }, filePath);
}

test.describe('exporting on the desktop', () => {
  test.skip(skipReason !== undefined, skipReason ?? '');

  test.beforeEach(async () => {
    if (!existsSync(MAIN)) throw new Error('dist/electron/main.cjs is missing: run `npm run build` first.');
    work = mkdtempSync(path.join(tmpdir(), 'powermap-e2e-electron-export-'));
    app = await electron.launch({
      executablePath: binary.found ? binary.executablePath : '',
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN],
      env: { ...process.env, POWERMAP_USER_DATA_DIR: path.join(work, 'user-data') },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const source = path.join(work, 'seed.powermap');
    copyFileSync(SEED, source);
    await app.evaluate(({ dialog }, file) => {
      dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [file] });
    }, source);
    await page.getByRole('button', { name: 'Import .powermap file' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('a CSV goes through the save dialog; the PDF is printed from the print view', async () => {
    const csv = path.join(work, 'table');
    await stubSaveDialog(csv);
    await page.keyboard.press('Control+e');
    await page.getByRole('radio', { name: 'CSV stakeholder table' }).check();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => existsSync(`${csv}.csv`)).toBe(true);
    expect(readFileSync(`${csv}.csv`, 'utf8')).toContain('张华');

    const pdf = path.join(work, 'sheet.pdf');
    await stubSaveDialog(pdf);
    await page.keyboard.press('Control+e');
    await page.getByRole('radio', { name: 'PDF deal-review sheet' }).check();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => existsSync(pdf), { timeout: 20_000 }).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Back on the map once the PDF is saved.
    await expect(page.locator('.react-flow__node')).toHaveCount(4);

    const recent = await app.evaluate(({ Menu }) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById('file.openRecent');
      return item?.submenu?.items.map((entry) => entry.label) ?? [];
    });
    expect(recent.some((label) => label.startsWith('seed.powermap'))).toBe(true);
  });
});
