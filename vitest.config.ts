import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Every language's catalogue, as the command line and the server load them (shared/i18n/catalogue.ts).
    setupFiles: ['test/support/catalogues.ts'],
    // Generous enough for tests that start ESLint with type information or spawn the CLI on a slow CI machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
