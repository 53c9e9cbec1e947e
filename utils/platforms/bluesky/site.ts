import type { SiteFacts } from '../site';

export const blueskySite = {
  platform: 'bluesky',
  name: 'Bluesky',
  domains: ['bsky.app'],
  hostPatterns: ['https://*.bsky.app/*'],
  contentMatches: ['https://bsky.app/*'],
  profileLinkPatterns: ['https://bsky.app/profile/*'],
  profileUrl: (handle) => `https://bsky.app/profile/${handle}`,
  messageProfileUrl: (h) => `https://bsky.app/profile/${h}`,
  messages: { url: null, note: 'Bluesky has no link that opens a chat with a handle, so this opens their profile: use its Message button.' },
  csvAliases: ['bluesky', 'bsky'],
  handleHint: 'Bluesky handles look like a domain, such as name.bsky.social',
} as const satisfies SiteFacts<'bluesky'>;
