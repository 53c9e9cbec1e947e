// Constants and small helpers for extraction results, without the zod schemas (./extraction.ts):
// content scripts import these, and must not carry the schemas (zod's code is most of their size).
import type { CountField, Counts, MeasuredCount, Missing, Platform, PostCounts, TextField } from './reading';

export { PLATFORMS } from '../platforms/sites';

export const COUNT_KEYS = ['followers', 'following', 'posts', 'likes', 'comments', 'shares', 'views'] as const;

export const POST_COUNT_KEYS = ['likes', 'comments', 'shares', 'views'] as const;

export const MAX_TEXT = 2200;
export const MAX_POSTS = 200;

export function isMeasured(field: CountField): field is MeasuredCount {
  return 'value' in field;
}

export function textValue(field: TextField): string | null {
  return 'value' in field ? field.value : null;
}

export function missing(reason: string): Missing {
  return { missing: reason };
}

/** Every count marked missing with the same reason; adapters fill in what they find. */
export function allMissing(reason: string): Counts {
  const counts = {} as Counts;
  for (const key of COUNT_KEYS) counts[key] = missing(reason);
  return counts;
}

export function allPostCountsMissing(reason: string): PostCounts {
  return { likes: missing(reason), comments: missing(reason), shares: missing(reason), views: missing(reason) };
}

/** A handle as accounts are keyed: without a leading "@", lowercased ("@KikoBeats" → "kikobeats"). */
export function handleKey(handle: string): string {
  return handle.replace(/^@/, '').toLowerCase();
}

/** Account ids are `platform:handle`, handle lowercased, so the same account is never saved twice. */
export function accountIdOf(platform: Platform, handle: string): string {
  return `${platform}:${handleKey(handle)}`;
}

/**
 * Whether two handles (or Bluesky DIDs) name the same account: a leading "@" and letter case do not
 * count. False unless both are non-empty strings.
 */
export function sameHandle(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && a !== '' && b !== '' && handleKey(a) === handleKey(b);
}
