import type { SiteFacts } from '../site';

export const xSite = {
  platform: 'x',
  name: 'X',
  domains: ['x.com', 'twitter.com'],
  hostPatterns: ['https://*.x.com/*', 'https://*.twitter.com/*'],
  contentMatches: ['https://x.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  profileLinkPatterns: ['https://*.x.com/*', 'https://*.twitter.com/*'],
  profileUrl: (handle) => `https://x.com/${handle}`,
  messageProfileUrl: (h) => `https://x.com/${h}`,
  messages: { url: null, note: 'X has no link that opens a message to a handle, so this opens their profile: use its message button.' },
  csvAliases: ['xtwitter', 'twitterx', 'twitter', 'x'],
  handleHint: 'X usernames have up to 15 letters, digits and “_”',
} as const satisfies SiteFacts<'x'>;
