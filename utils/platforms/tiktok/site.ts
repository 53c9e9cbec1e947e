import type { SiteFacts } from '../site';

export const tiktokSite = {
  platform: 'tiktok',
  name: 'TikTok',
  domains: ['tiktok.com'],
  hostPatterns: ['https://*.tiktok.com/*'],
  contentMatches: ['https://www.tiktok.com/*'],
  profileLinkPatterns: ['https://*.tiktok.com/@*'],
  profileUrl: (handle) => `https://www.tiktok.com/@${handle}`,
  messageProfileUrl: (h) => `https://www.tiktok.com/@${h}`,
  messages: { url: null, note: 'TikTok has no link that opens a message to one person, so this opens their profile: use its Message button.' },
  csvAliases: ['tiktok', 'tt'],
  handleHint: 'TikTok usernames have up to 30 letters, digits, “.” and “_”',
} as const satisfies SiteFacts<'tiktok'>;
