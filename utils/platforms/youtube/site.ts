import type { SiteFacts } from '../site';

export const youtubeSite = {
  platform: 'youtube',
  name: 'YouTube',
  domains: ['youtube.com'],
  hostPatterns: ['https://*.youtube.com/*'],
  contentMatches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  // Only @handle links: /channel/ and /c/ links do not name the handle the account is saved under.
  profileLinkPatterns: ['https://*.youtube.com/@*'],
  // YouTube handles may be in any script; the adapter decodes the path.
  profileUrl: (handle) => `https://www.youtube.com/@${encodeURIComponent(handle)}`,
  messageProfileUrl: (h) => `https://www.youtube.com/@${h}`,
  messages: { url: null, note: 'YouTube has no direct messages, so this opens their channel: its About section may list a business email.' },
  csvAliases: ['youtube', 'yt'],
  handleHint: 'YouTube handles have letters, digits, “.”, “_” and “-”',
} as const satisfies SiteFacts<'youtube'>;
