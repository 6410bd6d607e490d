import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // better-sqlite3 is a native addon; forks keep each test file in its own process.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
