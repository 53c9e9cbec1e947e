// The background's side of in-feed vetting: the roster state of the creators a feed shows (for
// their chips), and the posts a feed shows, kept per post: for a creator on the roster as their
// posts (stored by post id, so a post seen again updates its counts and is never added twice), for
// anyone else in the short, bounded, expiring post cache, so that saving them later brings the
// posts already seen. Messages are accepted only from our own content scripts, parsed with zod,
// and each reading must be of the sender's own site.
import { chipStates } from '@/storage/feed-states';
import { chipDeliverables } from '@/storage/published';
import { recordPostView } from '@/storage/profiles';
import { accountIdOf } from '@/utils/model/reading-fields';
import { REQUESTS } from '@/utils/browser/messages/requests';
import { onRequest } from '@/utils/browser/messaging';
import { checkOwnSite, withStorageMessages } from './messages';
import { cachePosts } from './post-cache';

export function registerFeedHandlers(now: () => number = Date.now): Array<() => void> {
  return [
    onRequest('feedStates', REQUESTS.feedStates, ['content-script', 'extension-page'], ({ accountIds }) =>
      withStorageMessages(async () => {
        const states = await chipStates(accountIds);
        // With each saved creator's open deliverables, so the chip can offer to link a post to one.
        const deliverables = await chipDeliverables(states.flatMap((s) => (s.saved ? [{ accountId: s.accountId, creatorId: s.creatorId }] : [])));
        return states.map((s) => (s.saved ? { ...s, deliverables: deliverables.get(s.accountId)! } : s));
      }),
    ),
    onRequest('feedSeen', REQUESTS.feedSeen, ['content-script'], ({ readings }, sender) => {
      for (const reading of readings) checkOwnSite('feedSeen', reading.url, sender);
      return withStorageMessages(async () => {
        const at = now();
        const kept = { roster: 0, cache: 0, ignored: 0 };
        for (const reading of readings) {
          if (reading.pageType !== 'post' || !reading.handle || reading.posts.length === 0) kept.ignored += 1;
          else if (await recordPostView(reading, at)) kept.roster += 1;
          else {
            await cachePosts(accountIdOf(reading.platform, reading.handle), reading.posts, at);
            kept.cache += 1;
          }
        }
        return kept;
      });
    }),
  ];
}
