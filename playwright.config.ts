import { defineConfig } from '@playwright/test';
import { FIRST_RUN_DONE } from './renderer/services/firstRun';

/**
 * End-to-end tests of the renderer in Debian's Chromium (`npx playwright install` cannot
 * download browsers here), against the production build served by `vite preview`; the
 * tests tagged `@dev` run a second time against the Vite dev server of `npm run web`,
 * where React StrictMode mounts every screen twice (issue 8: edits were lost there only).
 */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The preview server's port; another can be chosen when several checkouts test at once. */
const PORT = Number(process.env['PW_PORT'] ?? 4173);
/** The dev server's port (`npm run web`), for the tests tagged `@dev`. */
const DEV_PORT = Number(process.env['PW_DEV_PORT'] ?? 5174);
const REUSE = !process.env['CI'];

/**
 * Every test starts as a user who has answered the first-run questions (own name skipped,
 * tour closed), so the prompts never stand in a test's way; a test of the first run itself
 * starts from an empty storage state (`test.use({ storageState: EMPTY_STORAGE })`).
 */
function firstRunDone(port: number) {
  return {
    cookies: [],
    origins: [{ origin: `http://127.0.0.1:${port}`, localStorage: [...FIRST_RUN_DONE] }],
  };
}

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  projects: [
    {
      name: 'build',
      // Tests that load a module by its source path, which only the dev server serves.
      grepInvert: /@dev-only/,
      use: { baseURL: `http://127.0.0.1:${PORT}`, storageState: firstRunDone(PORT) },
    },
    {
      name: 'dev',
      grep: /@dev/,
      use: { baseURL: `http://127.0.0.1:${DEV_PORT}`, storageState: firstRunDone(DEV_PORT) },
    },
  ],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    acceptDownloads: true,
    // No zoom animations: positions are final as soon as the canvas settles.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: REUSE,
      timeout: 60_000,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: REUSE,
      timeout: 120_000,
    },
  ],
});
