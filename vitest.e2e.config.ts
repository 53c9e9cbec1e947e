import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in a real Chromium, driven by
// playwright-core; the Firefox build (.output/firefox-mv2) in a real Firefox, driven by
// puppeteer-core over WebDriver BiDi (tests/e2e/firefox-*.e2e.ts); the store checks on both builds.
// Two files at a time, one browser each: every file launches its own browser with its own temporary
// profile, debugging pipe or port 0, and temporary folders, so files share nothing; much of a file's
// time is spent waiting (browser start, alarms coming due), which the other file's browser uses.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
