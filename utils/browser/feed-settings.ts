// Sites where the user switched the feed chips off (like the badge's switch, kept apart from it).
import { browser } from 'wxt/browser';
import type { Platform } from '@/utils/model/reading';
import { platformList } from './settings';

const KEY = 'feedChipsHiddenOn.v1';

export const feedChipsHiddenOn = {
  async get(): Promise<Platform[]> {
    return platformList((await browser.storage.local.get(KEY))[KEY]);
  },
  async set(platforms: Platform[]): Promise<void> {
    await browser.storage.local.set({ [KEY]: platformList([...new Set(platforms)]) });
  },
  watch(onChange: (platforms: Platform[]) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && KEY in changes) onChange(platformList(changes[KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
