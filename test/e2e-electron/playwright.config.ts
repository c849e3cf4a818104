import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the desktop shell with Playwright's `_electron`, against the build
 * in dist/ (`npm run build` first). They need the Electron binary, which `npm ci` cannot
 * download without network: when it is missing every test is skipped with the reason and
 * how to provide it (see electronBinary.ts and docs/PACKAGING.md).
 *
 *   npx playwright test -c test/e2e-electron/playwright.config.ts
 */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/e2e-electron',
});
