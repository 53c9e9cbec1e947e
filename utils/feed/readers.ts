// The feed reader of each site that has one. Sites without one (yet) get no chips.
import type { Platform } from '../extract/extraction';
import { blueskyFeed } from './bluesky';
import type { FeedReader } from './types';
import { xFeed } from './x';

const READERS: Partial<Record<Platform, FeedReader>> = { x: xFeed, bluesky: blueskyFeed };

export function feedReaderFor(platform: Platform): FeedReader | null {
  return READERS[platform] ?? null;
}
