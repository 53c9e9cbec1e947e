import type { PlatformAdapter } from './adapter';
import { hostMatches } from './adapter';
import { bluesky } from './bluesky/adapter';
import { instagram } from './instagram/adapter';
import { tiktok } from './tiktok/adapter';
import { x } from './x/adapter';
import { youtube } from './youtube/adapter';

/** Every supported platform, one line each. */
export const ADAPTERS: readonly PlatformAdapter[] = [instagram, tiktok, youtube, x, bluesky];

export function adapterForUrl(url: URL): PlatformAdapter | null {
  return ADAPTERS.find((adapter) => hostMatches(url, adapter.hosts)) ?? null;
}
