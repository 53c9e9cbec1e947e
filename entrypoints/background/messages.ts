import { linkPublishedPost, postDeliverableChoices } from '@/storage/published';
import { postRecord } from '@/storage/posts';
import { deliverableTitle } from '@/utils/deliverables/rules';
import { dueReminders, quickEditCreator, searchRoster } from '@/storage/creators';
import { storageErrorMessage } from '@/utils/model/errors';
import { scoreInputs } from '@/storage/score-inputs';
import { teamMemberApplied } from '@/storage/team';
import { getAccountState, recordPostView, recordProfileView, recordScores, saveViewedProfile, type AccountScores } from '@/storage/profiles';
import { accountIdOf, isMeasured, textValue } from '@/utils/model/reading-fields';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { REQUESTS } from '@/utils/browser/messages/requests';
import { onRequest, RefusedMessageError, type SenderInfo, type SenderKind } from '@/utils/browser/messaging';
import { mergePosts, metricsOfReading, scoreProfile, type ProfileScore } from '@/utils/scoring/profile';
import { detectLanguage } from '@/utils/browser/detect-language';
import { nameContextTarget } from './context-menu';
import { cachedPosts, cachePosts, takeCachedPosts } from './post-cache';
import { syncReminders } from './reminders';
import { earlierVisits, rememberVisit } from './visit-cache';
import { rememberLastSeen } from '@/utils/browser/last-seen';
import { BRAND_PROFILE_HASH, openOptionsTab, openRosterTab } from '@/utils/browser/roster-tab';

function sameSite(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const site = (href: string) => new URL(href).hostname.split('.').slice(-2).join('.');
  return site(a) === site(b);
}

/** A content script may only speak for the site it runs on. */
export function checkOwnSite(type: string, readingUrl: string, sender: SenderInfo & { kind: SenderKind }): void {
  if (sender.kind === 'content-script' && !sameSite(readingUrl, sender.url)) {
    throw new RefusedMessageError(`Refused "${type}": a page may only report its own site.`);
  }
}

/** Rethrow a storage failure as a sentence the popup or badge can show as it is. */
export async function withStorageMessages<T>(work: () => Promise<T>): Promise<T> {
  try {
    // A woken background reads who the user is in their team before it writes or answers for them.
    await teamMemberApplied();
    return await work();
  } catch (error) {
    throw new Error(storageErrorMessage(error), { cause: error });
  }
}

function scoresOf(score: ProfileScore): AccountScores {
  return {
    engagementRate: score.engagement.available ? score.engagement.rate : null,
    engagementMethod: score.engagement.available ? score.engagement.method : null,
    fitScore: score.fit.score,
  };
}


/**
 * The background is the only writer on behalf of content scripts and the popup: they cannot (or
 * should not) open the database themselves. Returns the functions that remove the handlers.
 */
export function registerMessageHandlers(now: () => number = Date.now): Array<() => void> {
  const both = ['extension-page', 'content-script'] as const;
  return [
    onRequest('saveProfile', REQUESTS.saveProfile, both, ({ reading }, sender) => {
      checkOwnSite('saveProfile', reading.url, sender);
      return withStorageMessages(async () => {
        const at = now();
        const accountId = reading.handle ? accountIdOf(reading.platform, reading.handle) : null;
        const earlierPosts = accountId ? await takeCachedPosts(accountId, at) : [];
        const language = await detectLanguage([textValue(reading.bio), ...[...earlierPosts, ...reading.posts].map((p) => p.caption)]);
        const result = await saveViewedProfile(reading, { now: at, earlierPosts, language });
        // Score it now, so the roster has its engagement and fit from the start: the same inputs,
        // and so the same fit, as the badge and the popup showed a moment ago.
        const [stored, profile] = await Promise.all([scoreInputs(result.accountId), brandProfile.get()]);
        const score = scoreProfile(reading, { now: at, earlierPosts: stored.posts, history: stored.history, profile, creator: stored.creator, detectedLanguage: language });
        await recordScores(result.accountId, scoresOf(score), at);
        return result;
      });
    }),
    onRequest('accountState', REQUESTS.accountState, both, ({ accountId }) => withStorageMessages(() => getAccountState(accountId))),
    onRequest('profileSeen', REQUESTS.profileSeen, both, ({ reading }, sender) => {
      checkOwnSite('profileSeen', reading.url, sender);
      return withStorageMessages(async () => {
        const at = now();
        // Read before recording this visit: its snapshot must not count as an earlier one.
        const accountId = accountIdOf(reading.platform, reading.handle ?? '');
        const [stored, profile] = await Promise.all([scoreInputs(accountId), brandProfile.get()]);
        const saved = stored.creator !== null;
        const earlierPosts = saved ? stored.posts : (await cachedPosts(accountId, at)).map(metricsOfReading);
        const captions = mergePosts(reading.posts.map(metricsOfReading), earlierPosts).map((p) => p.caption);
        const detectedLanguage = stored.creator?.language ? null : await detectLanguage([textValue(reading.bio), ...captions]);
        // An unsaved creator's earlier visits come from the short visit cache, so a second look says what changed.
        const history = saved ? stored.history : await earlierVisits(accountId, at);
        const score = scoreProfile(reading, { now: at, earlierPosts, history, profile, creator: stored.creator, detectedLanguage });
        const followers = reading.counts.followers;
        if (!saved && reading.handle && isMeasured(followers)) await rememberVisit(accountId, { takenAt: at, followers: followers.value, precision: followers.precision }, at);
        // The visit and, for a saved account, its new scores in one write: one change for open pages to follow.
        const state = await recordProfileView(reading, at, saved ? scoresOf(score) : undefined);
        // What the badge shows, for the popup opened on this tab to show at once (then refresh).
        const tabId = sender.tab?.id;
        if (sender.kind === 'content-script' && tabId !== undefined && sender.url) {
          void rememberLastSeen(tabId, { url: sender.url, at, reading, status: { state, score } }).catch(() => undefined);
        }
        return { state, score };
      });
    }),
    onRequest('postSeen', REQUESTS.postSeen, ['content-script'], ({ reading }, sender) => {
      checkOwnSite('postSeen', reading.url, sender);
      return withStorageMessages(async () => {
        if (reading.pageType !== 'post' || !reading.handle || reading.posts.length === 0) return { kept: 'ignored' as const };
        const at = now();
        if (await recordPostView(reading, at)) return { kept: 'roster' as const };
        await cachePosts(accountIdOf(reading.platform, reading.handle), reading.posts, at);
        return { kept: 'cache' as const };
      });
    }),
    onRequest('openRoster', REQUESTS.openRoster, both, ({ creatorId }) => {
      openRosterTab(creatorId);
      return null;
    }),
    onRequest('openBrandProfile', REQUESTS.openBrandProfile, both, () => {
      openOptionsTab(BRAND_PROFILE_HASH);
      return null;
    }),
    onRequest('contextTarget', REQUESTS.contextTarget, ['content-script'], ({ url }) => {
      nameContextTarget(url);
      return null;
    }),
    onRequest('quickEdit', REQUESTS.quickEdit, ['extension-page'], ({ creatorId, ...edit }) =>
      withStorageMessages(async () => {
        const creator = await quickEditCreator(creatorId, edit, now());
        return { status: creator.status, tags: creator.tags };
      }),
    ),
    onRequest('searchRoster', REQUESTS.searchRoster, ['extension-page'], ({ query }) => withStorageMessages(() => searchRoster(query))),
    onRequest('dueReminders', REQUESTS.dueReminders, ['extension-page'], ({ until }) => withStorageMessages(() => dueReminders(now(), until))),
    onRequest('syncReminders', REQUESTS.syncReminders, ['extension-page'], () => withStorageMessages(() => syncReminders(now()))),
    onRequest('postDeliverables', REQUESTS.postDeliverables, ['extension-page'], ({ creatorId, postId }) => withStorageMessages(() => postDeliverableChoices(creatorId, postId))),
    // From the popup on a post page, or from a feed chip (a content script, for a post of its own site).
    onRequest('linkPost', REQUESTS.linkPost, both, ({ deliverableId, reading }, sender) => {
      checkOwnSite('linkPost', reading.url, sender);
      return withStorageMessages(async () => {
        const post = reading.posts[0];
        if (reading.pageType !== 'post' || !post || !reading.handle) throw new Error('This page shows no post to link.');
        const at = now();
        const result = await linkPublishedPost(deliverableId, postRecord(reading.platform, accountIdOf(reading.platform, reading.handle), post, at), at);
        await syncReminders(at);
        return { title: deliverableTitle(result.deliverable), filled: result.filled };
      });
    }),
  ];
}
