import { browser } from 'wxt/browser';
import { getAccountState, saveViewedProfile } from '@/storage/profiles';
import { teamMemberApplied } from '@/storage/team';
import { storageErrorMessage } from '@/utils/model/errors';
import { adapterForUrl } from '@/utils/platforms/adapters';
import type { Extraction } from '@/utils/model/reading';
import { accountIdOf, allMissing, missing } from '@/utils/model/reading-fields';
import { platformName } from '@/utils/format';
import { SUPPORTED_HOST_PATTERNS } from '@/utils/platforms/hosts';
import { SITES } from '@/utils/platforms/sites';

// "Save @handle to shortlist" on links to profiles anywhere on the supported sites: saves the account
// marked "to vet", without opening it.

export const MENU_ID = 'save-profile-link';
const DEFAULT_TITLE = 'Save creator to shortlist';

/** Links that can be profiles; the click handler checks the exact URL with the site's adapter. */
const PROFILE_LINK_PATTERNS = SITES.flatMap((site) => site.profileLinkPatterns);

/** The profile a link points to, as a reading with nothing read yet, or null if it is not a profile link. */
export function readingFromLink(href: string): Extraction | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const adapter = adapterForUrl(url);
  const handle = adapter && adapter.pageType(url) === 'profile' ? adapter.profileHandle(url) : null;
  if (!adapter || !handle) return null;
  const reason = 'Saved from a link: open the profile to read its numbers.';
  return {
    platform: adapter.platform,
    pageType: 'profile',
    url: url.href,
    handle,
    displayName: missing(reason),
    bio: missing(reason),
    verified: null,
    language: null,
    counts: allMissing(reason),
    posts: [],
    tookMs: 0,
  };
}

export function createContextMenu(): void {
  browser.contextMenus.create({
    id: MENU_ID,
    title: DEFAULT_TITLE,
    contexts: ['link'],
    targetUrlPatterns: PROFILE_LINK_PATTERNS,
    documentUrlPatterns: [...SUPPORTED_HOST_PATTERNS],
  });
}

/** Name the creator in the menu before it shows (the content script reports the right-clicked link). */
export function nameContextTarget(href: string): void {
  const reading = readingFromLink(href);
  void browser.contextMenus.update(MENU_ID, { title: reading ? `Save @${reading.handle} to shortlist` : DEFAULT_TITLE });
}

function notify(title: string, message: string): void {
  void browser.notifications.create({ type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
}

export async function saveLinkedProfile(linkUrl: string | undefined, now: number): Promise<void> {
  const reading = linkUrl ? readingFromLink(linkUrl) : null;
  if (!reading) {
    notify('Not a creator’s profile', 'Creator Scout can save links to profiles on Instagram, TikTok, YouTube, X and Bluesky.');
    return;
  }
  try {
    await teamMemberApplied();
    const state = await getAccountState(accountIdOf(reading.platform, reading.handle!));
    if (state.saved) {
      notify(`@${reading.handle} is already on your roster`, `As ${state.creator.displayName}. Nothing was changed.`);
      return;
    }
    await saveViewedProfile(reading, { now, status: 'prospect', toVet: true });
    notify(`Saved @${reading.handle}`, `On your shortlist from ${platformName(reading.platform)}, marked “to vet”.`);
  } catch (error) {
    notify('Could not save', storageErrorMessage(error));
  }
}
