import type { PlatformAdapter } from './adapter';
import { hostMatches } from './adapter';
import { instagram } from './instagram';

/** Every supported platform, one line each. */
export const ADAPTERS: readonly PlatformAdapter[] = [instagram];

export function adapterForUrl(url: URL): PlatformAdapter | null {
  return ADAPTERS.find((adapter) => hostMatches(url, adapter.hosts)) ?? null;
}
