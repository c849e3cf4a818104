/**
 * `npm run screenshots`: the main screens in both languages, light and dark, taken in
 * headless Chromium from the production build, written to docs/screenshots/ for README.
 * Look at them after a visual change: they are what a new user sees first.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { translate, type Lang } from '../shared/i18n';
// The screenshots are taken in both languages: every catalogue is loaded.
import '../shared/i18n/catalogue';
import { FIRST_RUN_DONE } from '../renderer/services/firstRun';
import { seedAtPresentValue } from '../test/support/salesSeed';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SEED = 'test/fixtures/seed-shortlisting.powermap.json';
const OUT = 'docs/screenshots';
/** The preview server's port; SCREENSHOTS_PORT chooses another when several checkouts run at once. */
const PORT = Number(process.env['SCREENSHOTS_PORT'] ?? 4180);
const BASE = `http://127.0.0.1:${PORT}`;

async function importSeed(page: Page): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.library-tools button').nth(1).click(),
  ]);
  await chooser.setFiles(SEED);
  await page.waitForURL(/#\/deal\//);
  await page.locator('.react-flow__node').first().waitFor();
  // The "imported" toast is not part of the screen a user works with.
  for (const close of await page.locator('.toast-close').all()) await close.click();
  await page.waitForTimeout(400);
}

type Json = Record<string, unknown>;

/** `days` before now at `hour` o'clock, as a snapshot's `takenAt` (UTC, like the screenshots' browser). */
function daysAgo(days: number, hour: number): string {
  const day = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:30:00+00:00`;
}

/**
 * The course example with a history: three snapshots over six weeks, then a current map
 * where the vice-president was won over, the technical evaluator turned against us and
 * the buyer who gathered the information left the project.
 */
function seedWithHistory(): Buffer {
  const seed = JSON.parse(readFileSync(SEED, 'utf8')) as Json & { stakeholders: Json[]; relationships: Json[] };
  const person = (id: string) => seed.stakeholders.find((p) => p['id'] === id)!;
  const withPeople = (people: Json[], relationships: Json[]) => ({
    deal: seed['deal'],
    team: seed['team'],
    stakeholders: people,
    relationships,
  });
  const [zhang, li, wang, vp] = ['s-zhanghua', 's-lijian', 's-wangsang', 's-vp'].map(person) as [
    Json,
    Json,
    Json,
    Json,
  ];
  const [r1, r2, r3] = seed.relationships as [Json, Json, Json];
  const history = [
    {
      id: 'h-kickoff',
      takenAt: daysAgo(42, 10),
      label: '项目启动 / Kick-off',
      ...withPeople([zhang, { ...li, attitude: 'neutral', closeness: 'distant', stage: 'acquainted' }], [r1]),
    },
    {
      id: 'h-tech',
      takenAt: daysAgo(24, 16),
      label: '技术交流后 / After the tech review',
      ...withPeople([zhang, li, wang, vp], [r1, r2, r3]),
    },
    {
      id: 'h-before-vp',
      takenAt: daysAgo(6, 9),
      label: '拜访副总前 / Before meeting the VP',
      ...withPeople([zhang, li, { ...wang, closeness: 'frequent' }, vp], [r1, r2, r3]),
    },
  ];
  const current = {
    ...seed,
    stakeholders: [
      li,
      { ...wang, attitude: 'opponent' },
      { ...vp, attitude: 'supporter', closeness: 'frequent', stage: 'acquainted', ownerId: 't-1', influence: 60 },
    ],
    relationships: [r2, r3, { id: 'r-4', kind: 'influences', from: 's-wangsang', to: 's-vp', strength: 3 }],
    history,
  };
  return Buffer.from(JSON.stringify(current));
}

/** The analysis panel's sales-step view and position chart, each as its own picture. */
async function salesScreens(page: Page, suffix: string): Promise<void> {
  await page.goto(`${BASE}/#/`);
  await page.locator('.library-table').waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.library-tools button').nth(1).click(),
  ]);
  await chooser.setFiles({
    name: 'sales.powermap',
    mimeType: 'application/json',
    buffer: seedAtPresentValue('更换设备, 年底前完成验收 / Replace the equipment, accepted by year end'),
  });
  await page.waitForURL(/#\/deal\//);
  await page.locator('.react-flow__node').first().waitFor();
  for (const close of await page.locator('.toast-close').all()) await close.click();
  const view = page.getByTestId('sales-step-view');
  await view.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await view.screenshot({ path: `${OUT}/sales-step-${suffix}.png` });
  const chart = page.getByTestId('position-view');
  await chart.scrollIntoViewIfNeeded();
  await chart.screenshot({ path: `${OUT}/position-${suffix}.png` });
}

/** The Export dialog, then the print view of the deal-review sheet (the whole page, as it prints). */
async function exportScreens(page: Page, suffix: string): Promise<void> {
  await page.keyboard.press('Control+e');
  const dialog = page.locator('dialog.export-dialog');
  await dialog.waitFor();
  await dialog.locator('input[value="pdf"]').check();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/export-${suffix}.png` });
  await dialog.locator('button.primary').click();
  await page.locator('img.sheet-map').waitFor();
  await page.waitForFunction(() => document.querySelector<HTMLImageElement>('img.sheet-map')?.complete === true);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/print-${suffix}.png`, fullPage: true });
  await page.locator('.print-toolbar button').first().click();
  await page.locator('.react-flow__node').first().waitFor();
  await page.waitForTimeout(400);
}

/** The question before importing over a deal, then the history view of the course example: the timeline, and a comparison. */
async function historyScreens(page: Page, suffix: string): Promise<void> {
  await page.goto(`${BASE}/#/`);
  await page.locator('.library-table').waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.library-tools button').nth(1).click(),
  ]);
  await chooser.setFiles({ name: 'history.powermap', mimeType: 'application/json', buffer: seedWithHistory() });
  // The course example is in the library already: the import asks whether to replace it.
  const question = page.locator('dialog.import-over');
  await question.waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/import-over-${suffix}.png` });
  // A new deal, so the history shown is the file's own.
  await question.locator('.import-over__choice').nth(1).click();
  await page.waitForURL(/#\/deal\//);
  await page.locator('.react-flow__node').first().waitFor();
  for (const close of await page.locator('.toast-close').all()) await close.click();
  await page.keyboard.press('Control+3');
  await page.locator('.ph-timeline').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/history-${suffix}.png` });
  // The whole way since the kick-off, with the figures as a table.
  await page.locator('.ph-compare-panel select').first().selectOption('h-kickoff');
  await page.locator('.ph-table-toggle summary').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/compare-${suffix}.png` });
}

/**
 * The contacts import of a CRM export (GB18030, Chinese headers, bad rows) over the course
 * example: the columns step, then the preview with its problems.
 */
async function csvImportScreens(page: Page, lang: Lang, suffix: string): Promise<void> {
  await page.getByRole('button', { name: translate(lang, 'action.file.importCsv') }).click();
  const dialog = page.locator('dialog.ci-dialog');
  await dialog.locator('input[type=file]').setInputFiles('test/fixtures/contacts-gb18030.csv');
  await dialog.locator('.ci-mapping').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/csv-mapping-${suffix}.png` });
  await dialog.locator('.ci-dialog__buttons .primary').click();
  await dialog.locator('.ci-preview').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/csv-preview-${suffix}.png` });
  await page.keyboard.press('Escape');
}

/** The first screens of a new user (no first-run memory): the empty library, a tour step, the empty map. */
async function firstRunScreens(browser: Browser, locale: string, suffix: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.locator('.library-first').waitFor();
  await page.screenshot({ path: `${OUT}/library-empty-${suffix}.png` });
  await page.locator('.library-tools button.primary').click();
  await page.locator('dialog[open] button[type="button"]').click();
  await page.locator('.tour-card').waitFor();
  // The likelihood step: the card beside the analysis panel.
  await page.locator('.tour-card button.primary').click();
  await page.locator('.tour-card button.primary').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/tour-${suffix}.png` });
  await page.keyboard.press('Escape');
  await page.locator('.empty-map-hint').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/canvas-empty-${suffix}.png` });
  await context.close();
}

async function main(): Promise<void> {
  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    for (const [lang, locale] of [
      ['en', 'en-US'],
      ['zh-CN', 'zh-CN'],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        if (lang === 'zh-CN' && scheme === 'dark') continue;
        if (scheme === 'light') await firstRunScreens(browser, locale, lang);
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          locale,
          colorScheme: scheme,
          reducedMotion: 'reduce',
          // A user past the first run: no name question, no tour.
          storageState: { cookies: [], origins: [{ origin: BASE, localStorage: [...FIRST_RUN_DONE] }] },
        });
        const page = await context.newPage();
        await page.goto(`${BASE}/`);
        await importSeed(page);
        const suffix = `${lang}${scheme === 'dark' ? '-dark' : ''}`;
        // Choose the first gap, so its people are highlighted as a user would see them.
        await page.locator('.pn-gap__choose').first().click();
        await page.screenshot({ path: `${OUT}/editor-${suffix}.png` });
        if (scheme === 'light') {
          await csvImportScreens(page, lang, suffix);
          await exportScreens(page, suffix);
          await page.locator('.react-flow__node').nth(3).click();
          await page.screenshot({ path: `${OUT}/inspector-${suffix}.png` });
          await page.keyboard.press('Control+2');
          await page.waitForTimeout(200);
          await page.screenshot({ path: `${OUT}/grid-${suffix}.png` });
          await page.goto(`${BASE}/#/`);
          await page.locator('.library-table').waitFor();
          await page.screenshot({ path: `${OUT}/library-${suffix}.png` });
          await historyScreens(page, suffix);
        }
        await salesScreens(page, suffix);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  console.log(`screenshots written to ${OUT}/`);
}

await main();
