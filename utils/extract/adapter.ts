import type { Extraction, PageType, Platform } from './extraction';

/** What an adapter reads from a page; the content script adds how long it took. */
export type PageReading = Omit<Extraction, 'tookMs'>;

/**
 * One adapter per platform, registered in one list (utils/extract/adapters.ts). Adapters are pure:
 * they take a `Document` and a `URL` and never throw on a page they half-understand; whatever they
 * cannot read is reported as missing with a reason.
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** Host names this adapter reads, without "www.". */
  readonly hosts: readonly string[];
  pageType(url: URL): PageType;
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
