// Where the tests find a Chromium to drive. Never downloads one: CI and developers use the
// system's (Debian: `apt-get install -y chromium`), or point CHROMIUM_PATH at any Chrome/Chromium.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT = [
  'No Chromium found for the end-to-end tests.',
  'Install one, then run the tests again:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  Elsewhere:      set CHROMIUM_PATH=/path/to/chrome-or-chromium',
  '(.ci/run installs it automatically on a fresh Debian machine.)',
].join('\n');

/** The path of a Chromium executable; throws with install instructions if there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.\n\n${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}
