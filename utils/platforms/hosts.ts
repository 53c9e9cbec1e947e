import { SITES } from './sites';

/**
 * The sites Creator Scout reads. Host permissions are exactly these and nothing else; every
 * content script matches a subset of them.
 */
export const SUPPORTED_HOST_PATTERNS: readonly string[] = SITES.flatMap((site) => site.hostPatterns);

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

/** Each platform's own domains (a subdomain of one is the platform's too). */
export const PLATFORM_DOMAINS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(SITES.map((site) => [site.platform, site.domains]));

/** An https address on `platform`'s own domains: what an account's or a post's link must be. */
export function isPlatformUrl(platform: string, href: string): boolean {
  const domains: readonly string[] | undefined = Object.hasOwn(PLATFORM_DOMAINS, platform) ? PLATFORM_DOMAINS[platform] : undefined;
  if (!domains || !isSupportedUrl(href)) return false;
  const { hostname } = new URL(href);
  return domains.some((d) => hostname === d || hostname.endsWith(`.${d}`));
}

/** A web address a link may open: http or https, never javascript:, data:, file:, chrome: and the like. */
export function isWebUrl(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
