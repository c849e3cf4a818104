/**
 * `npm run screenshots`: the main screens in both languages, light and dark, taken in
 * headless Chromium from the production build, written to docs/screenshots/ for README.
 * Look at them after a visual change: they are what a new user sees first.
 */
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SEED = 'test/fixtures/seed-shortlisting.powermap.json';
const OUT = 'docs/screenshots';

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

async function main(): Promise<void> {
  const server = await preview({ preview: { port: 4180, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    for (const [lang, locale] of [
      ['en', 'en-US'],
      ['zh-CN', 'zh-CN'],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        if (lang === 'zh-CN' && scheme === 'dark') continue;
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          locale,
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        await page.goto('http://127.0.0.1:4180/');
        await importSeed(page);
        const suffix = `${lang}${scheme === 'dark' ? '-dark' : ''}`;
        // Choose the first gap, so its people are highlighted as a user would see them.
        await page.locator('.pn-gap__choose').first().click();
        await page.screenshot({ path: `${OUT}/editor-${suffix}.png` });
        if (scheme === 'light') {
          await page.locator('.react-flow__node').nth(3).click();
          await page.screenshot({ path: `${OUT}/inspector-${suffix}.png` });
          await page.keyboard.press('Control+2');
          await page.waitForTimeout(200);
          await page.screenshot({ path: `${OUT}/grid-${suffix}.png` });
          await page.goto('http://127.0.0.1:4180/#/');
          await page.locator('.library-table').waitFor();
          await page.screenshot({ path: `${OUT}/library-${suffix}.png` });
        }
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
