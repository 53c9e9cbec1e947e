// Small preferences the content scripts read, kept in extension storage through ./preference.ts.
// A value that does not parse reads as the default, never as an error.
import type { Platform } from '@/utils/model/reading';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { definePreference, type Preference } from './preference';
import type { StorageItemKey } from 'wxt/utils/storage';

/** Read a platform list defensively: storage can hold anything an older version wrote. */
export function platformList(value: unknown): Platform[] {
  return Array.isArray(value) ? value.filter((p): p is Platform => (PLATFORMS as readonly string[]).includes(p)) : [];
}

/** A list of sites kept as a preference (each site once). */
export function platformPreference(key: StorageItemKey): Omit<Preference<Platform[]>, 'set'> & { set(platforms: Platform[]): Promise<void> } {
  const stored = definePreference(key, { read: platformList });
  return { ...stored, set: (platforms) => stored.set(platformList([...new Set(platforms)])) };
}

/** Sites where the user switched the in-page badge off. */
export const badgeHiddenOn = platformPreference('local:badgeHiddenOn.v1');
