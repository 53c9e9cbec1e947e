// Which account a cell of a spreadsheet names: a platform and a handle, or a profile address.
// The platform adapters decide what a valid handle is, so an import accepts exactly the accounts
// the extension itself could have saved from a page.
import { adapterForUrl } from '@/utils/platforms/adapters';
import type { Platform } from '@/utils/model/reading';
import { accountIdOf, PLATFORMS } from '@/utils/model/reading-fields';
import { platformName } from '@/utils/format';
import { SITES, siteOf } from '@/utils/platforms/sites';

export interface AccountRef {
  id: string;
  platform: Platform;
  handle: string;
  /** The profile's address as the site links to it (tracking parameters and the like dropped). */
  url: string;
}

// What people write in a "platform" column, lowercased with spaces and punctuation removed.
const PLATFORM_ALIASES: ReadonlyMap<string, Platform> = new Map(SITES.flatMap((site) => site.csvAliases.map((alias) => [alias, site.platform] as const)));

/** "Instagram", "IG", "X (Twitter)", "Bsky" → the platform; null for anything else. */
export function platformFromText(text: string): Platform | null {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  return PLATFORM_ALIASES.get(key) ?? null;
}

export const PLATFORM_LIST_TEXT = PLATFORMS.map(platformName).join(', ');

/** The address of a profile as the site itself links to it. */
export function profileUrlFor(platform: Platform, handle: string): string {
  return siteOf(platform).profileUrl(handle);
}

function toUrl(text: string): URL | null {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  // Spreadsheets often hold "instagram.com/ana" without the scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The profile a cell that reads like an address points to ("https://www.tiktok.com/@ana", "instagram.com/ana"). */
export function accountFromUrl(text: string): AccountRef | null {
  const url = toUrl(text);
  const adapter = url ? adapterForUrl(url) : null;
  if (!url || !adapter || adapter.pageType(url) !== 'profile') return null;
  const handle = adapter.profileHandle(url);
  if (!handle) return null;
  return { id: accountIdOf(adapter.platform, handle), platform: adapter.platform, handle, url: profileUrlFor(adapter.platform, handle) };
}

/** Whether a cell holds an address rather than a bare handle. */
export function looksLikeUrl(text: string): boolean {
  const t = text.trim().toLowerCase();
  return /^[a-z][a-z0-9+.-]*:\/\//.test(t) || /^(www\.|m\.|mobile\.)?[a-z0-9-]+\.[a-z]{2,}\//.test(t);
}


export type HandleCheck = { ok: true; account: AccountRef } | { ok: false; reason: string };

/** A platform and a handle as typed ("@Ana.Travels") → the account, or why the handle cannot be one. */
export function accountFromHandle(platform: Platform, typed: string): HandleCheck {
  const handle = typed.trim().replace(/^@/, '');
  const found = accountFromUrl(profileUrlFor(platform, handle));
  // The adapter reads the handle back from the address only if every character is valid there.
  if (!handle || !found || found.platform !== platform || found.handle.toLowerCase() !== handle.toLowerCase()) {
    return { ok: false, reason: `“${typed.trim()}” is not a valid ${platformName(platform)} handle (${siteOf(platform).handleHint}).` };
  }
  return { ok: true, account: { id: accountIdOf(platform, handle), platform, handle, url: profileUrlFor(platform, handle) } };
}
