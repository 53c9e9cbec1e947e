import type { PlatformAdapter } from './adapter';
import { hostMatches } from './adapter';
import { bluesky } from './bluesky';
import { instagram } from './instagram';
import { tiktok } from './tiktok';
import { x } from './x';
import { youtube } from './youtube';

/** Every supported platform, one line each. */
export const ADAPTERS: readonly PlatformAdapter[] = [instagram, tiktok, youtube, x, bluesky];

export function adapterForUrl(url: URL): PlatformAdapter | null {
  return ADAPTERS.find((adapter) => hostMatches(url, adapter.hosts)) ?? null;
}
