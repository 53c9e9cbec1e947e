import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy… and waitFor give up after 1 s by default: on a loaded machine a render can take longer.
// Waiting longer changes no assertion; a test that is wrong still fails (after 15 s).
configure({ asyncUtilTimeout: 15_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
