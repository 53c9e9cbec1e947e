import type { Extraction } from '@/utils/model/reading';
import type { ProfileStatus } from '@/utils/browser/messaging';
import { definePreference } from './preference';

// What the badge last showed in each tab: the page's reading and its scores, as the background
// computed them for the badge. The popup opened on that tab shows them at once, then reads the page
// again and refreshes (issue 16: the scored card from what the badge already computed). Kept in
// session storage (memory only, extension pages and the background only), for a few tabs.

const MAX_TABS = 20;
/** Older than this, a badge's scores are not shown even for a moment. */
export const LAST_SEEN_TTL_MS = 30 * 60 * 1000;

export interface LastSeen {
  url: string;
  at: number;
  reading: Extraction;
  status: ProfileStatus;
}
type Entries = Record<string, LastSeen>;

const stored = definePreference<Entries>('session:lastSeen.v1', {
  read: (value) => (value && typeof value === 'object' ? (value as Entries) : {}),
});
const entries = stored.get;

/** Keep what the badge of tab `tabId` shows now (the newest MAX_TABS tabs are kept). */
export async function rememberLastSeen(tabId: number, seen: LastSeen): Promise<void> {
  const all: Entries = { ...(await entries()), [tabId]: seen };
  const newest = Object.entries(all)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_TABS);
  await stored.set(Object.fromEntries(newest));
}

/**
 * What the badge of tab `tabId` last showed, if it was for `url` and recent; else null. The caller
 * checks the reading's shape (the popup parses it with its schema).
 */
export async function lastSeenIn(tabId: number, url: string, now: number): Promise<{ reading: unknown; status: ProfileStatus } | null> {
  const seen = (await entries())[tabId];
  if (!seen || typeof seen !== 'object' || seen.url !== url || typeof seen.at !== 'number' || now - seen.at > LAST_SEEN_TTL_MS || seen.at > now + 60_000) return null;
  const status = seen.status as Partial<ProfileStatus> | undefined;
  if (!status || typeof status !== 'object' || typeof status.state !== 'object' || typeof status.score !== 'object' || status.state === null || status.score === null) return null;
  return { reading: seen.reading, status: status as ProfileStatus };
}

/** Forget every tab's badge scores: they were computed with a brand profile that has just changed. */
export async function forgetLastSeen(): Promise<void> {
  await stored.set(null);
}
