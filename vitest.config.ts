import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Generous enough for tests that start ESLint with type information or spawn the CLI on a slow CI machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
