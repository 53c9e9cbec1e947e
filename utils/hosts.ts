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

const SUPPORTED_DOMAINS = SUPPORTED_HOST_PATTERNS.map((p) => p.slice('https://*.'.length, -'/*'.length));

/** Whether an address is on one of those sites, as the patterns match it: https, the domain or any subdomain of it. */
export function isSupportedUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && SUPPORTED_DOMAINS.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`));
}
