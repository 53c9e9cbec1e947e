import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: pure modules, storage on fake-indexeddb, React components in jsdom,
// and entrypoint code against WXT's fake browser. End-to-end tests have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // @webext-core/messaging imports the polyfill directly; in tests it must get the fake browser too.
    alias: { 'webextension-polyfill': 'wxt/testing/fake-browser' },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // A green run must stay green on a loaded machine: no test here measures speed, so a slow
    // render under a CPU hog is not a failure.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
