// What storage's queries answer and its commands return: plain shapes that the message protocol,
// the templates and the roster filters read, so none of them has to import storage.
import type { Platform } from './reading';
import type { Tier } from './tiers';
import type { Account, Agreement, Campaign, Creator, Deliverable, Interaction, ObservedCount, Post, Reminder, Snapshot } from './schemas';

export interface NewReminder {
  creatorId: string | null;
  title: string;
  dueAt: number;
  kind: Reminder['kind'];
  notes?: string;
  source?: Reminder['source'];
  /** In a team: shared with the team or kept to this user (default personal), and for whom. */
  visibility?: Reminder['visibility'];
  assignee?: string | null;
}

/**
 * What the team knows of a creator, for the badge, the popup and the feed chips: who owns them and
 * who contacted them last. Present only when the user is in a team (a solo user sees none of it).
 */
export interface TeamSeen {
  /** This user's name in the team: a line about them says "you". */
  actor: string;
  owner: string | null;
  /** The latest outreach: who logged it (null when nobody recorded who), when, and its template's name. */
  contact: { by: string | null; at: number; template: string | null } | null;
}

/** What linking a post to a deliverable did. */
export interface PostLinkResult {
  deliverable: Deliverable;
  /** The campaign whose results were filled, and which fields; null without a campaign. */
  filled: { campaignName: string; fields: Array<'views' | 'likes' | 'comments'> } | null;
}

/** A deliverable as the popup offers it. */
export interface DeliverableChoice {
  id: string;
  title: string;
  status: Deliverable['status'];
  campaignName: string | null;
}

export interface RosterMatch {
  creatorId: string;
  displayName: string;
  status: string;
  handles: string[];
}

export interface DueReminder {
  id: string;
  title: string;
  dueAt: number;
  creatorId: string | null;
  creatorName: string | null;
  overdue: boolean;
}

export interface SaveResult {
  creatorId: string;
  accountId: string;
  /** Null when the page showed no numbers (a save from a link). */
  snapshotId: string | null;
  /** False when the account was already saved: the save added a snapshot to it. */
  created: boolean;
}

export interface AccountWithHistory {
  account: Account;
  /** Oldest first: the order a growth chart reads them. */
  snapshots: Snapshot[];
}

export interface CreatorDetail {
  creator: Creator;
  accounts: AccountWithHistory[];
  /** Posts seen on any of the creator's accounts, newest first. */
  posts: Post[];
  /** The timeline, newest first. */
  interactions: Interaction[];
  agreements: Agreement[];
  /** Oldest due first. */
  reminders: Reminder[];
  /** Campaigns the creator is in, newest first. */
  campaigns: Campaign[];
}

export interface RosterRow {
  creator: Creator;
  accounts: Account[];
  platforms: Platform[];
  /** The largest audience among the creator's accounts, and that account's engagement. */
  followers: number | null;
  /** How precisely `followers` is known (1: exact; 100,000 for "6.2M"). */
  followersPrecision: number;
  engagementRate: number | null;
  /** How `engagementRate` was measured: "totals" is a lifetime estimate. */
  engagementMethod: Account['engagementMethod'];
  /** The best fit among the accounts. */
  fitScore: number | null;
  tier: Tier | null;
  /** The earliest pending reminder. */
  nextReminderAt: number | null;
}

/** What a feed chip offers for a creator on the roster: their deliverables a post in the feed could be. */
export interface ChipDeliverables {
  /** Not yet published, on this account's platform (or on none named), approved first. */
  open: DeliverableChoice[];
  /** The posts (`platform:postId`) already linked to one of their deliverables: nothing to offer on those. */
  linkedPostIds: string[];
}

export type ChipState =
  | { saved: false; accountId: string }
  | {
      saved: true;
      accountId: string;
      creatorId: string;
      displayName: string;
      status: string;
      lastContactedAt: number | null;
      /** The template of the latest outreach logged, by name; null when none was used or it is gone. */
      lastTemplate: string | null;
      /** Followers as last seen, with the precision the page showed; null when never seen. */
      followers: ObservedCount | null;
      engagementRate: number | null;
      engagementMethod: 'followers' | 'views' | 'totals' | null;
      fitScore: number | null;
      /** Who on the team owns and contacted them; only in a team. */
      team?: TeamSeen;
      /** Their deliverables a post in the feed could be (added by the background's feed handler). */
      deliverables?: ChipDeliverables;
    };

export interface SaveResult {
  creatorId: string;
  accountId: string;
  /** Null when the page showed no numbers (a save from a link). */
  snapshotId: string | null;
  /** False when the account was already saved: the save added a snapshot to it. */
  created: boolean;
}

export type AccountState =
  | { saved: false; accountId: string }
  | {
      saved: true;
      accountId: string;
      creator: Pick<Creator, 'id' | 'displayName' | 'status'>;
      /** The newest snapshot before this visit, to show what changed since then. */
      lastSnapshot: Snapshot | null;
      /** Who on the team owns and contacted them; only in a team. */
      team?: TeamSeen;
    };
