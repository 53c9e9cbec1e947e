import { existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../harness/chromium.ts';
import { EXTENSION_DIR } from '../harness/extension.ts';

// Fail early, with what to do, rather than obscurely inside a test.
export default function setup() {
  findChromium();
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` (npm run test:e2e does).`);
  }
}
