import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests spawn the built CLI; give slow CI machines room without hiding hangs.
    testTimeout: 30_000,
  },
});
