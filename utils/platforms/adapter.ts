import type { Extraction, PageType, Platform } from '@/utils/model/reading';
import { allMissing, missing } from '@/utils/model/reading-fields';

/** What an adapter reads from a page; the content script adds how long it took. */
export type PageReading = Omit<Extraction, 'tookMs'>;

/**
 * One adapter per platform, registered in one list (utils/platforms/adapters.ts). Adapters are pure:
 * they take a `Document` and a `URL` and never throw on a page they half-understand; whatever they
 * cannot read is reported as missing with a reason, never as 0.
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** Host names this adapter reads, without "www." / "m." / "mobile.". */
  readonly hosts: readonly string[];
  pageType(url: URL): PageType;
  /**
   * The handle (without "@") of the profile a URL points to, from the URL alone; null when the URL
   * is not a profile page. Used where there is no page to read (saving a profile from a link in
   * the context menu, in the background, which has no DOM).
   */
  profileHandle(url: URL): string | null;
  /**
   * A CSS selector that is present once the page has rendered what `extract` reads, for sites that
   * render after load or change the page in place. The content script waits (bounded) for it.
   */
  readySelector(url: URL): string | null;
  extract(doc: Document, url: URL): PageReading;
}

export function metaContent(doc: Document, key: string): string | null {
  const el =
    doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
  const content = el?.getAttribute('content')?.trim();
  return content ? content : null;
}

export function pageLanguage(doc: Document): string | null {
  const lang = doc.documentElement.getAttribute('lang')?.trim();
  return lang ? lang.slice(0, 35) : null;
}

export function hostMatches(url: URL, hosts: readonly string[]): boolean {
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  return hosts.includes(host);
}

/** A reading with nothing found yet: adapters start from this and fill in what the page shows. */
export function emptyReading(platform: Platform, pageType: PageType, url: URL, doc: Document, reason: string): PageReading {
  return {
    platform,
    pageType,
    url: url.href,
    handle: null,
    displayName: missing(reason),
    bio: missing(reason),
    verified: null,
    language: pageLanguage(doc),
    counts: allMissing(reason),
    posts: [],
  };
}
