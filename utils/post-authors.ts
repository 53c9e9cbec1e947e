// Who wrote a post, as opposed to where it was seen: a profile's grid can show a post by someone
// else (an Instagram collab owned by the partner, a Bluesky repost), and a collaboration has several
// authors. Shared by the database (which keeps both) and the scores (which count only a creator's
// own posts).
import type { PostReading } from '@/utils/model/reading';
import { handleKey } from '@/utils/model/reading-fields';

/** A handle an account can be keyed by: not empty, and not a Bluesky DID (accounts are keyed by handle). */
function usableHandle(handle: string | null | undefined): handle is string {
  return typeof handle === 'string' && handleKey(handle) !== '' && !handle.startsWith('did:');
}

/**
 * The handles (lowercased, without "@") of a post's authors: every collaborator the page credits,
 * else the author it names, else the account whose page it was seen on.
 */
export function postAuthorHandles(post: Pick<PostReading, 'author' | 'collaborators'>, seenOnHandle: string): string[] {
  const named = [...(post.collaborators ?? []).map((c) => c.handle), post.author].filter(usableHandle).map(handleKey);
  const unique = [...new Set(named)];
  return unique.length > 0 ? unique : [handleKey(seenOnHandle)];
}

/** Whether the account with this handle is among the post's authors. */
export function isAuthoredBy(post: Pick<PostReading, 'author' | 'collaborators'>, handle: string): boolean {
  return postAuthorHandles(post, handle).includes(handleKey(handle));
}
