import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // A private temporary folder for the run, and a failure when a test leaves a yishi-* folder in it.
    globalSetup: ['tests/helpers/private-tmp.ts'],
    // Removes the folders each test file made with tempDir().
    setupFiles: ['tests/helpers/remove-temp-dirs.ts'],
  },
});
