import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/extension.ts';

// The built manifests ask for exactly what the product needs, for both browsers.

function manifest(dir: string) {
  const file = path.join(ROOT, '.output', dir, 'manifest.json');
  expect(existsSync(file), `${file} (run npm run build and npm run build:firefox)`).toBe(true);
  return JSON.parse(readFileSync(file, 'utf8'));
}

const PERMISSIONS = ['storage', 'alarms', 'notifications', 'contextMenus', 'unlimitedStorage'];
const HOSTS = [
  'https://*.instagram.com/*',
  'https://*.tiktok.com/*',
  'https://*.youtube.com/*',
  'https://*.x.com/*',
  'https://*.twitter.com/*',
  'https://*.bsky.app/*',
];

describe('built manifests', () => {
  it('Chrome: MV3, the fewest permissions, hosts only for the supported sites', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('Creator Scout');
    expect(m.description.length).toBeGreaterThan(20);
    expect(m.permissions.sort()).toEqual([...PERMISSIONS].sort());
    expect(m.host_permissions.sort()).toEqual([...HOSTS].sort());
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
    // Every content script runs only on a host the extension has permission for.
    const domains = HOSTS.map((h) => h.slice('https://*.'.length, -'/*'.length));
    for (const script of m.content_scripts) {
      for (const match of script.matches as string[]) {
        const host = new URL(match.replace('*.', '')).hostname;
        expect(domains.some((d) => host === d || host.endsWith(`.${d}`)), match).toBe(true);
      }
    }
    for (const size of ['16', '32', '48', '128']) {
      expect(existsSync(path.join(ROOT, '.output/chrome-mv3', m.icons[size]))).toBe(true);
    }
  });

  it('Firefox: MV2 with an event page, add-on id and a data-collection declaration of none', () => {
    const m = manifest('firefox-mv2');
    expect(m.manifest_version).toBe(2);
    expect(m.background).toEqual({ scripts: ['background.js'], persistent: false });
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    // Firefox for Android reads the data-collection key from 142 on (web-ext lint warns otherwise).
    expect(m.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
    expect(m.browser_specific_settings.gecko.id).toBe('creator-scout@creator-scout.app');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.permissions.filter((p: string) => !p.startsWith('https://')).sort()).toEqual([...PERMISSIONS].sort());
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>/);
  });
});

describe('built code', () => {
  it('detects the creator’s language only in the background and extension pages, never in a content script', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const root = path.join(ROOT, '.output', dir);
      const scripts = path.join(root, 'content-scripts');
      expect(existsSync(scripts), `${scripts} (run npm run build and npm run build:firefox)`).toBe(true);
      // A call, not the API's name in the polyfill's table of methods.
      const calls = (file: string) => /\.detectLanguage\s*\(/.test(readFileSync(file, 'utf8'));
      const contentScripts = readdirSync(scripts).filter((f) => f.endsWith('.js'));
      expect(contentScripts.length).toBeGreaterThan(0);
      expect(contentScripts.filter((f) => calls(path.join(scripts, f)))).toEqual([]);
      expect(calls(path.join(root, 'background.js'))).toBe(true);
    }
  });
});
