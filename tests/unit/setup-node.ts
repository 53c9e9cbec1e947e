// Setup for the unit tests that run without a DOM (vitest.config.ts, project "node"): storage on
// fake-indexeddb and a fresh fake browser per test.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
