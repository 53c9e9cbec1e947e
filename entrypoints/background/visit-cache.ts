import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { SnapshotPoint } from '@/utils/scoring/authenticity';

// Follower counts of creators not (yet) on the roster, from the user's own visits: kept in session
// storage (memory only, gone when the browser closes), for a week at most, a few visits per account
// and a few hundred accounts, newest first. Without them every visit to an unsaved creator would be
// its "first", and the popup could never say what changed since the last look. Saved creators keep
// their history as snapshots in the database instead.

const KEY = 'visitCache';
const MAX_ACCOUNTS = 300;
const MAX_VISITS_PER_ACCOUNT = 5;
export const VISIT_CACHE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Visits closer together than this are one visit (a reload is not a new look), as for snapshots. */
export const VISIT_INTERVAL_MS = 60 * 60 * 1000;

const PointSchema = z.object({ takenAt: z.number(), followers: z.number(), precision: z.number() });
const CacheSchema = z.record(z.string(), z.array(PointSchema));
type Cache = z.infer<typeof CacheSchema>;

async function load(now: number): Promise<Cache> {
  const parsed = CacheSchema.safeParse((await browser.storage.session.get(KEY))[KEY] ?? {});
  const cache = parsed.success ? parsed.data : {};
  const fresh: Cache = {};
  for (const [accountId, visits] of Object.entries(cache)) {
    const kept = visits.filter((v) => now - v.takenAt < VISIT_CACHE_TTL_MS);
    if (kept.length) fresh[accountId] = kept;
  }
  return fresh;
}

/**
 * Earlier visits to an unsaved account, oldest first. A look within the last hour is this visit (the
 * badge and then the popup on one page view, or a reload), not an earlier one.
 */
export async function earlierVisits(accountId: string, now: number): Promise<SnapshotPoint[]> {
  return (await load(now))[accountId]?.filter((v) => now - v.takenAt >= VISIT_INTERVAL_MS) ?? [];
}

/** Remember this visit's follower count (at most one visit an hour per account). */
export async function rememberVisit(accountId: string, point: SnapshotPoint, now: number): Promise<void> {
  const cache = await load(now);
  const visits = cache[accountId] ?? [];
  const last = visits.at(-1);
  if (last && point.takenAt - last.takenAt < VISIT_INTERVAL_MS) return;
  cache[accountId] = [...visits, point].slice(-MAX_VISITS_PER_ACCOUNT);
  const newest = Object.entries(cache)
    .sort(([, a], [, b]) => b.at(-1)!.takenAt - a.at(-1)!.takenAt)
    .slice(0, MAX_ACCOUNTS);
  await browser.storage.session.set({ [KEY]: Object.fromEntries(newest) });
}
