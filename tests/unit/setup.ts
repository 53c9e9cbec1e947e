// Setup for every unit test file (vitest.config.ts): storage on fake-indexeddb and a fresh fake
// browser per test; in the files that run in jsdom, jest-dom's matchers and Testing Library's
// cleanup after each test.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

if (typeof document !== 'undefined') {
  // Loaded only where there is a DOM: Node-only files do not pay for React DOM.
  const { cleanup, configure } = await import('@testing-library/react');
  // findBy… and waitFor give up after 1 s by default: on a loaded machine a render can take longer.
  // Waiting longer changes no assertion; a test that is wrong still fails (after 15 s).
  configure({ asyncUtilTimeout: 15_000 });
  afterEach(() => {
    cleanup();
  });
}
