// Small preferences, kept in extension storage (DESIGN.md): everything a user would miss if lost
// lives in the database instead. This module is the one way code reaches them. Each key carries
// its format version; a value that does not parse reads as the default, never as an error.
// (Plain storage calls rather than a storage library: this ships in every content script.)
import { browser } from 'wxt/browser';
import type { Platform } from '@/utils/model/reading';
import { PLATFORMS } from '@/utils/model/reading-fields';

const BADGE_HIDDEN_KEY = 'badgeHiddenOn.v1';

/** Read a platform list defensively: storage can hold anything an older version wrote. */
export function platformList(value: unknown): Platform[] {
  return Array.isArray(value) ? value.filter((p): p is Platform => (PLATFORMS as readonly string[]).includes(p)) : [];
}

/** Sites where the user switched the in-page badge off. */
export const badgeHiddenOn = {
  async get(): Promise<Platform[]> {
    return platformList((await browser.storage.local.get(BADGE_HIDDEN_KEY))[BADGE_HIDDEN_KEY]);
  },
  async set(platforms: Platform[]): Promise<void> {
    await browser.storage.local.set({ [BADGE_HIDDEN_KEY]: platformList([...new Set(platforms)]) });
  },
  /** Call `onChange` with the new list whenever it changes (in any tab); returns the unsubscribe function. */
  watch(onChange: (platforms: Platform[]) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && BADGE_HIDDEN_KEY in changes) onChange(platformList(changes[BADGE_HIDDEN_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
