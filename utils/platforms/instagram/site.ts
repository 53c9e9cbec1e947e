import type { SiteFacts } from '../site';

export const instagramSite = {
  platform: 'instagram',
  name: 'Instagram',
  domains: ['instagram.com'],
  hostPatterns: ['https://*.instagram.com/*'],
  contentMatches: ['https://www.instagram.com/*'],
  profileLinkPatterns: ['https://*.instagram.com/*'],
  profileUrl: (handle) => `https://www.instagram.com/${handle}/`,
  messageProfileUrl: (h) => `https://www.instagram.com/${h}/`,
  messages: { url: (h) => `https://ig.me/m/${h}` },
  csvAliases: ['instagram', 'insta', 'ig'],
  handleHint: 'Instagram usernames have up to 30 letters, digits, “.” and “_”',
} as const satisfies SiteFacts<'instagram'>;
