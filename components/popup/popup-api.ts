import type { DeliverableChoice, PostLinkResult as LinkResult } from '@/utils/model/views';
import type { QuickEdit } from '@/storage/creators';
import type { DueReminder, RosterMatch } from '@/utils/model/views';
import type { AccountState, SaveResult } from '@/utils/model/views';
import type { Extraction } from '@/utils/model/reading';
import type { FeedHealth } from '@/utils/feed/scanner';
import type { ProfileStatus } from '@/utils/browser/messaging';
import type { ChipState } from '@/utils/model/views';

/**
 * Everything the popup needs from the browser, behind one interface: the popup's entrypoint
 * passes the real one (entrypoints/popup/browser-api.ts), component tests pass a fake.
 */
export interface PopupApi {
  /** The tab the popup is about: `?tabId=N` when given, else the active tab. */
  currentTab(): Promise<{ id: number; url: string | null }>;
  /** Whether the URL is on a site Creator Scout reads. */
  isSupportedUrl(url: string): boolean;
  readPage(tabId: number): Promise<Extraction>;
  /** What the tab's badge last showed for this URL (its reading and scores), if recent; shown until the page is read again. */
  lastSeen?(tabId: number, url: string): Promise<{ reading: Extraction; status: ProfileStatus } | null>;
  /** Scores and roster state of the profile read (records the visit if it is saved). */
  profileSeen(reading: Extraction): Promise<ProfileStatus>;
  accountState(accountId: string): Promise<AccountState>;
  /** Whether and when the account's creator was last contacted, and with which template (as their feed chip says). */
  contactState?(accountId: string): Promise<ChipState>;
  saveProfile(reading: Extraction): Promise<SaveResult>;
  quickEdit(creatorId: string, edit: QuickEdit): Promise<{ status: string; tags: string[] }>;
  searchRoster(query: string): Promise<RosterMatch[]>;
  dueReminders(until: number): Promise<DueReminder[]>;
  openRoster(creatorId?: string): void;
  /** Open the brand profile in the options page (the fit has no criteria until it is set). */
  openBrandProfile(): void;
  /** How the tab's feed reader fares; null where the page has none. */
  feedHealth?(tabId: number): Promise<FeedHealth | null>;
  /** The creator's deliverables the post on the page could be (optional: only the real popup links posts). */
  postDeliverables?(creatorId: string, postId: string): Promise<{ open: DeliverableChoice[]; linked: DeliverableChoice | null }>;
  /** Link the post read on the page to a deliverable and fill the campaign's results. */
  linkPost?(deliverableId: string, reading: Extraction): Promise<{ title: string; filled: LinkResult['filled'] }>;
  now(): number;
}
