// Every supported platform's facts, one line each (their order is the order lists show them in).
// A sixth platform adds its folder, a line here and one in ./adapters.ts, and its content script.
import { blueskySite } from './bluesky/site';
import { instagramSite } from './instagram/site';
import { tiktokSite } from './tiktok/site';
import type { SiteFacts } from './site';
import { xSite } from './x/site';
import { youtubeSite } from './youtube/site';

export const SITES = [instagramSite, tiktokSite, youtubeSite, xSite, blueskySite] as const;

type Sites = typeof SITES;
/** The tuple of ids of a tuple of sites (a generic mapped type keeps a tuple a tuple). */
type PlatformIds<T extends readonly { platform: string }[]> = { readonly [K in keyof T]: T[K]['platform'] };
export type PlatformId = Sites[number]['platform'];

/** The platforms' ids, in the order of SITES: `['instagram', 'tiktok', 'youtube', 'x', 'bluesky']`. */
export const PLATFORMS = SITES.map((s) => s.platform) as unknown as PlatformIds<Sites>;

const BY_ID = new Map<string, SiteFacts>(SITES.map((s) => [s.platform, s]));

export function siteOf(platform: PlatformId): SiteFacts<PlatformId> {
  return BY_ID.get(platform) as SiteFacts<PlatformId>;
}
