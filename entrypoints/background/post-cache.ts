import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { PostReadingSchema, type PostReading } from '@/utils/model/reading';

// Posts seen on post pages of creators not (yet) on the roster: kept for a day in session storage
// (memory only, gone when the browser closes), so that saving the creator later picks them up and
// engagement builds from real posts. Capped, oldest accounts first out, also when session storage's
// quota (10 MB in Firefox and in Chrome) would be exceeded: long captions can fill it before the caps.

const KEY = 'postCache';
const MAX_ACCOUNTS = 300;
const MAX_POSTS_PER_ACCOUNT = 30;
export const POST_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

const CacheSchema = z.record(z.string(), z.object({ at: z.number(), posts: z.array(PostReadingSchema) }));
type Cache = z.infer<typeof CacheSchema>;

async function load(): Promise<Cache> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  const parsed = CacheSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

function fresh(cache: Cache, now: number): Cache {
  return Object.fromEntries(Object.entries(cache).filter(([, entry]) => now - entry.at < POST_CACHE_TTL_MS));
}

export async function cachePosts(accountId: string, posts: PostReading[], now: number): Promise<void> {
  const cache = fresh(await load(), now);
  const before = cache[accountId]?.posts ?? [];
  const ids = new Set(posts.map((p) => p.id));
  cache[accountId] = { at: now, posts: [...posts, ...before.filter((p) => !ids.has(p.id))].slice(0, MAX_POSTS_PER_ACCOUNT) };
  const entries = Object.entries(cache).sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_ACCOUNTS);
  await storeNewestThatFit(entries);
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));
}

/** Store the cache (newest first); past the quota, keep the newer half of the accounts until it fits. */
async function storeNewestThatFit(entries: Array<[string, Cache[string]]>): Promise<void> {
  let kept = entries;
  for (;;) {
    try {
      await browser.storage.session.set({ [KEY]: Object.fromEntries(kept) });
      return;
    } catch (error) {
      if (!isQuotaError(error) || kept.length <= 1) throw error;
      kept = kept.slice(0, Math.ceil(kept.length / 2));
    }
  }
}

export async function cachedPosts(accountId: string, now: number): Promise<PostReading[]> {
  return fresh(await load(), now)[accountId]?.posts ?? [];
}

/** Take an account's cached posts out of the cache (they are being saved with it). */
export async function takeCachedPosts(accountId: string, now: number): Promise<PostReading[]> {
  const cache = fresh(await load(), now);
  const posts = cache[accountId]?.posts ?? [];
  if (posts.length) {
    delete cache[accountId];
    await browser.storage.session.set({ [KEY]: cache });
  }
  return posts;
}
