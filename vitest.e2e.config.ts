import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in a real Chromium, driven by
// playwright-core; the Firefox build (.output/firefox-mv2) in a real Firefox, driven by
// puppeteer-core over WebDriver BiDi (tests/e2e/firefox-*.e2e.ts); the store checks on both builds.
// One browser at a time: these machines have two cores.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
