import { existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../harness/chromium.ts';
import { EXTENSION_DIR } from '../harness/extension.ts';
import { findFirefox, FIREFOX_EXTENSION_DIR } from '../harness/firefox.ts';

// Fail early, with what to do, rather than obscurely inside a test.
export default function setup() {
  findChromium();
  findFirefox();
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` (npm run test:e2e does).`);
  }
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox add-on at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` (npm run test:e2e does).`);
  }
}
