// Reading feed chips and the roster in end-to-end tests. The chips live in closed shadow roots, so
// a test reads them the way assistive technology does (the browser's accessibility tree), and reads
// the roster from the extension's database, in its service worker.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension.ts';

/** Names of the buttons the accessibility tree shows (closed shadow roots included). */
export async function buttonNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value: string }; name?: { value: string } }> };
  await cdp.detach();
  return nodes.filter((n) => n.role?.value === 'button').map((n) => n.name?.value ?? '');
}

export interface StoredPost {
  id: string;
  authorAccountIds: string[];
  seenAt: number;
  counts: { likes?: { value: number }; views?: { value: number; precision: number } };
}

/** The roster's account ids and every stored post. */
export async function roster(browser: ExtensionBrowser): Promise<{ accounts: string[]; posts: StoredPost[] }> {
  return browser.worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['accounts', 'posts'], 'readonly');
          const accounts = tx.objectStore('accounts').getAllKeys();
          const posts = tx.objectStore('posts').getAll();
          tx.oncomplete = () => {
            resolve({ accounts: accounts.result as string[], posts: posts.result as StoredPost[] });
            db.close();
          };
        };
      }),
  );
}
