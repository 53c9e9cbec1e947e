/**
 * The sites Creator Scout reads. Host permissions are exactly these and nothing else; every
 * content script matches a subset of them.
 */
export const SUPPORTED_HOST_PATTERNS = [
  'https://*.instagram.com/*',
  'https://*.tiktok.com/*',
  'https://*.youtube.com/*',
  'https://*.x.com/*',
  'https://*.twitter.com/*',
  'https://*.bsky.app/*',
] as const;
