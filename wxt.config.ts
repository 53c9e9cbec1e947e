import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './utils/platforms/hosts';

/**
 * PouchDB can compile design-document functions given as text (`scopeEval` in pouchdb-utils: the
 * Function constructor, which Mozilla's linter flags and an extension's CSP forbids). Creator Scout
 * never passes one (the team rules are installed on the server, not run here), so the build replaces
 * it with a clear error; a PouchDB update that moves it fails the build rather than ship it.
 */
const noTextFunctions = {
  name: 'creator-scout:no-text-functions',
  transform(code: string, id: string) {
    if (!/[/\\]pouchdb-utils[/\\]lib[/\\]index-browser\.es\.js$/.test(id)) return null;
    const compiled = 'return Function.apply(null, keys).apply(null, values);';
    if (!code.includes(compiled)) throw new Error('pouchdb-utils changed: scopeEval no longer found; check that no Function constructor is bundled.');
    return { code: code.replace(compiled, "throw new Error('Creator Scout does not run functions given as text.');"), map: null };
  },
};

// Manifest facts that belong to the whole extension. Content scripts declare their own `matches`
// beside their code (entrypoints/*.content.ts).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  vite: () => ({ plugins: [noTextFunctions] }),
  manifest: ({ browser }) => ({
    name: 'Creator Scout',
    // At most 132 characters: the Chrome Web Store rejects a longer one.
    description: 'Vet creators on the page you are viewing, shortlist them in one click, run outreach and follow-ups. Your data stays on your machine.',
    // storage: small preferences. alarms + notifications: follow-up reminders that fire even when
    // no extension page is open. contextMenus: "Save @handle to shortlist" on profile links.
    // unlimitedStorage: the roster and years of snapshots live only in this browser's IndexedDB;
    // the permission exempts it from eviction under disk pressure (no install warning).
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'unlimitedStorage'],
    host_permissions: [...SUPPORTED_HOST_PATTERNS],
    // Team sync (optional): the team's CouchDB server, asked for at run time when the user joins a
    // team, for that one origin only. Installs without a team never hold it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: 'Creator Scout',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox's MV2 has no optional_host_permissions: optional hosts are optional permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'creator-scout@creator-scout.app',
              strict_min_version: '140.0',
              // Firefox's built-in data-consent declaration: this add-on collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection declaration from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
