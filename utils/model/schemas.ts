import * as z from 'zod';
import { FieldSourceSchema, PlatformSchema } from '@/utils/model/reading';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { isPlatformUrl, isSupportedUrl, isWebUrl } from '@/utils/platforms/hosts';

// Every record the database holds, as zod schemas. Records are parsed on the way in (writes,
// imports, upgrades from older versions); the TypeScript types come from these schemas.
// Times are epoch milliseconds (UTC), so sorting and range queries are plain number comparisons
// and time zones only matter when a date is shown.

/** No lone surrogate (it breaks encodeURIComponent and every page that shows it) and no control character. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const wellFormed = (s: string) => s.isWellFormed() && !CONTROL.test(s);
const id = z.string().min(1).max(200).refine(wellFormed, 'must be well-formed text, without control characters');
/** The largest count stored: more than any account's followers or any video's views. */
export const MAX_COUNT = 1e12;
const count = z.number().nonnegative().max(MAX_COUNT);
/** A link a page may open: http(s) only (never javascript:, data:, file:, chrome:). */
const webUrl = z.url().max(2000).refine(isWebUrl, 'must be an http or https address');
/** A link to the platform's own site: https, on that platform's domains (checked against the platform by the record). */
const platformUrl = z.url().max(2000).refine(isSupportedUrl, 'must be an https address on Instagram, TikTok, YouTube, X or Bluesky');
const time = z.number().int().nonnegative();
/** The one limit of a creator's or an account's name: longer names a page shows are cut with an ellipsis. */
export const DISPLAY_NAME_MAX = 300;
const shortText = z.string().max(300);
/** The longest notes, brief or message text. */
export const NOTES_MAX = 20_000;
const longText = z.string().max(NOTES_MAX);
/** The longest team member name (a CouchDB user name, as the team knows them). */
export const MEMBER_NAME_MAX = 100;
/** A teammate, by the name the team knows them by. Records written outside a team have none. */
export const MemberNameSchema = z.string().trim().min(1).max(MEMBER_NAME_MAX).refine(wellFormed, 'must be well-formed text, without control characters');

/** Stored as strings so a user's own stages can be added later; the defaults are in utils/pipeline.ts. */
export const StatusSchema = z.string().min(1).max(60);

export const ObservedCountSchema = z.object({
  value: count,
  precision: z.number().positive(),
  source: FieldSourceSchema,
});
export type ObservedCount = z.infer<typeof ObservedCountSchema>;

export const CreatorSchema = z.object({
  id,
  displayName: z.string().min(1).max(DISPLAY_NAME_MAX),
  status: StatusSchema,
  /** Saved without being looked at yet (e.g. from a link's context menu). */
  toVet: z.boolean(),
  tags: z.array(z.string().min(1).max(60)).max(100),
  strengths: z.array(z.string().min(1).max(60)).max(50),
  contact: z.object({
    email: z.union([z.email().max(300), z.literal('')]),
    other: shortText,
  }),
  location: shortText,
  language: shortText,
  ambassador: z.boolean(),
  notes: longText,
  lastContactedAt: time.nullable(),
  /** "Keep in touch" cadence: a reminder this many days after the last contact (version 4). */
  keepInTouchDays: z.number().int().min(1).max(730).nullable(),
  /**
   * The teammate who looks after this creator; null for nobody. Absent on a creator saved outside a
   * team. Not indexed (the roster filters in memory), so no database version.
   */
  owner: MemberNameSchema.nullable().optional(),
  createdAt: time,
  updatedAt: time,
});
export type Creator = z.infer<typeof CreatorSchema>;

export const AccountSchema = z.object({
  /** `platform:handle`, handle lowercased: the same account can never be saved twice. */
  id,
  creatorId: id,
  platform: PlatformSchema,
  handle: z.string().min(1).max(100),
  url: platformUrl,
  displayName: z.string().max(DISPLAY_NAME_MAX),
  bio: z.string().max(2200),
  verified: z.boolean().nullable(),
  // Latest metrics, denormalized from the newest snapshot for fast lists.
  followers: count.nullable(),
  /** How precisely `followers` is known: 1 when exact, 100,000 for "6.2M" (version 7). */
  followersPrecision: z.number().positive(),
  following: count.nullable(),
  posts: count.nullable(),
  // Latest scores, kept with the account so the roster can sort and filter ten thousand creators
  // without recomputing them (version 2).
  engagementRate: z.number().nonnegative().nullable(),
  engagementMethod: z.enum(['followers', 'views', 'totals']).nullable(),
  fitScore: z.number().min(0).max(100).nullable(),
  scoredAt: time.nullable(),
  firstSeenAt: time,
  lastSeenAt: time,
}).refine((a) => isPlatformUrl(a.platform, a.url), { message: 'must be a link to the account’s own platform', path: ['url'] });
export type Account = z.infer<typeof AccountSchema>;

export const SnapshotSchema = z.object({
  id,
  accountId: id,
  takenAt: time,
  /** "save" when the user saved the profile, "view" when a saved profile was seen again. */
  kind: z.enum(['save', 'view', 'import']),
  counts: z.object({
    followers: ObservedCountSchema.optional(),
    following: ObservedCountSchema.optional(),
    posts: ObservedCountSchema.optional(),
    likes: ObservedCountSchema.optional(),
    views: ObservedCountSchema.optional(),
  }),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** A collaboration credits at most 20 channels (the reader's limit), plus the account it was seen on. */
export const MAX_POST_AUTHORS = 21;
/** The pages a post is remembered to have been seen on, newest kept. */
export const MAX_POST_SEEN_ON = 50;

export const PostSchema = z.object({
  /** `platform:postId` */
  id,
  /**
   * The accounts that wrote the post (`platform:handle`): its author, or every creator credited on a
   * collaboration. Whether or not they are on the roster. A creator's scores count these (version 9).
   */
  authorAccountIds: z.array(id).min(1).max(MAX_POST_AUTHORS),
  /** The saved accounts on whose pages the post was seen (a collab shows on each author's grid). */
  seenOnAccountIds: z.array(id).max(MAX_POST_SEEN_ON),
  url: platformUrl.nullable(),
  postedAt: time.nullable(),
  seenAt: time,
  pinned: z.boolean(),
  sponsored: z.boolean(),
  caption: z.string().max(2200),
  counts: z.object({
    likes: ObservedCountSchema.optional(),
    comments: ObservedCountSchema.optional(),
    shares: ObservedCountSchema.optional(),
    views: ObservedCountSchema.optional(),
    saves: ObservedCountSchema.optional(),
  }),
}).refine((p) => p.url === null || isPlatformUrl(p.id.split(':')[0]!, p.url), { message: 'must be a link to the post’s own platform', path: ['url'] });
export type Post = z.infer<typeof PostSchema>;

export const INTERACTION_TYPES = [
  'note',
  'saved',
  'outreach',
  'reply',
  'gift',
  'payment',
  'status_change',
  'agreement',
  'campaign',
] as const;
export const InteractionSchema = z.object({
  id,
  creatorId: id,
  type: z.enum(INTERACTION_TYPES),
  at: time,
  text: longText,
  /** Structured details that belong to the type: template id, amount and currency, old and new status… */
  details: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])),
  /** The teammate who logged it (who contacted the creator, for an outreach); absent outside a team. */
  by: MemberNameSchema.optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

export const TemplateSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  kind: z.string().min(1).max(60),
  subject: z.string().max(500),
  body: longText,
  createdAt: time,
  updatedAt: time,
});
export type Template = z.infer<typeof TemplateSchema>;

export const DELIVERABLE_TYPES = ['post', 'reel', 'story', 'video', 'short', 'live', 'tweet', 'thread', 'blog', 'other'] as const;
export const USAGE_CHANNELS = ['organic_social', 'paid_ads', 'website', 'email', 'out_of_home', 'print'] as const;

/** An agreement's terms, as the agreement builder edits them (version 4). */
export const AgreementTermsSchema = z.object({
  deliverables: z
    .array(
      z.object({
        id,
        type: z.enum(DELIVERABLE_TYPES),
        platform: z.enum(PLATFORMS).nullable(),
        count: z.number().int().min(1).max(1000),
        dueAt: time.nullable(),
        notes: shortText,
      }),
    )
    .max(100),
  fee: z.number().nonnegative().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  paymentSchedule: z
    .array(z.object({ id, description: shortText, amount: z.number().nonnegative(), dueAt: time.nullable(), paidAt: time.nullable() }))
    .max(50),
  /** e.g. "Net 30 after each deliverable is published". */
  paymentTerms: shortText,
  usageRights: z.object({
    channels: z.array(z.enum(USAGE_CHANNELS)),
    /** How long the brand may use the content, from the start; null for no limit stated. */
    durationDays: z.number().int().min(1).max(3650).nullable(),
    /** Paid-ad whitelisting window, in days; null for none. */
    whitelistingDays: z.number().int().min(1).max(3650).nullable(),
  }),
  exclusivity: z.object({ category: shortText, days: z.number().int().min(1).max(3650).nullable() }),
  disclosure: shortText,
  approvalRounds: z.number().int().min(0).max(10),
  creativeFreedom: longText,
  startAt: time.nullable(),
  signedAt: time.nullable(),
  notes: longText,
});
export type AgreementTerms = z.infer<typeof AgreementTermsSchema>;

export const AgreementSchema = z.object({
  id,
  creatorId: id,
  campaignId: id.nullable(),
  status: z.enum(['draft', 'sent', 'signed', 'completed', 'cancelled']),
  title: z.string().min(1).max(300),
  terms: AgreementTermsSchema,
  createdAt: time,
  updatedAt: time,
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const REMINDER_KINDS = ['follow_up', 'keep_in_touch', 'deliverable', 'payment', 'usage_rights', 'custom'] as const;

export const REMINDER_VISIBILITIES = ['personal', 'team'] as const;

export const ReminderSchema = z.object({
  id,
  creatorId: id.nullable(),
  title: z.string().min(1).max(300),
  dueAt: time,
  status: z.enum(['pending', 'done', 'cancelled']),
  kind: z.enum(REMINDER_KINDS),
  notes: z.string().max(2000),
  /** What made it: an outreach (cancelled when a reply is logged), an agreement, the cadence… */
  source: z.object({ type: z.enum(['manual', 'interaction', 'agreement', 'campaign', 'cadence', 'deliverable']), id: id.nullable() }),
  /** When the user was told it was due (the alarm fired, or it was shown as missed); null until then. */
  notifiedAt: time.nullable(),
  completedAt: time.nullable(),
  /**
   * Who may see it: a personal reminder stays in this browser, a team one is shared with the team
   * (absent means personal: every reminder is personal until the user says otherwise).
   */
  visibility: z.enum(REMINDER_VISIBILITIES).optional(),
  /** The teammate it is for; null or absent for nobody in particular. Not indexed. */
  assignee: MemberNameSchema.nullable().optional(),
  createdAt: time,
  updatedAt: time,
});
export type Reminder = z.infer<typeof ReminderSchema>;
export type ReminderVisibility = (typeof REMINDER_VISIBILITIES)[number];
/** A reminder as the team sees it: the one home of its team fields is the Reminder itself. */
export type TeamReminder = Reminder;

export const CAMPAIGN_GOALS = ['awareness', 'engagement', 'traffic', 'signups', 'sales'] as const;
export const DELIVERABLE_STATUSES = ['briefed', 'draft', 'approved', 'published'] as const;
const metric = count.nullable();
const precision = z.number().positive().max(MAX_COUNT);

/** A creator in a campaign: fee, deliverables, tracking and results (version 4). */
export const CampaignCreatorSchema = z.object({
  creatorId: id,
  fee: z.number().nonnegative().nullable(),
  deliverables: z
    .array(z.object({ id, description: shortText, status: z.enum(DELIVERABLE_STATUSES), postUrl: z.union([z.url().max(2000), z.literal('')]) }))
    .max(100),
  utm: z.object({ source: shortText, medium: shortText, campaign: shortText, content: shortText }),
  promoCode: z.string().max(60),
  results: z.object({ views: metric, likes: metric, comments: metric, clicks: metric, signups: metric, sales: metric, revenue: metric }),
  /**
   * How precise the counts filled from the creator's posts are, as the pages showed them: views of
   * "1.2M" are 1,200,000 to the nearest 100,000. Only rounded ones are listed; a count without an
   * entry is exact (typed by hand, imported from a file, or read exact from its pages). Not indexed,
   * so no database version: records saved before it have none, and none of theirs was rounded (see
   * utils/campaign-metrics.ts).
   */
  resultsPrecision: z.object({ views: precision, likes: precision, comments: precision }).partial().optional(),
  resultsUpdatedAt: time.nullable(),
  addedAt: time,
});
export type CampaignCreator = z.infer<typeof CampaignCreatorSchema>;

export const CampaignSchema = z.object({
  id,
  name: z.string().min(1).max(300),
  /** The one main goal, decided before the campaign. */
  goal: z.enum(CAMPAIGN_GOALS),
  brief: z.object({
    deliverables: longText,
    hashtags: z.array(z.string().min(1).max(100)).max(50),
    disclosures: shortText,
    deadlines: shortText,
    dos: longText,
    donts: longText,
  }),
  status: z.enum(['planned', 'active', 'completed', 'cancelled']),
  startAt: time.nullable(),
  endAt: time.nullable(),
  budget: z.number().nonnegative().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The brand's page the creators' tracked links point to (version 5). */
  landingUrl: z.union([webUrl, z.literal('')]),
  creators: z.array(CampaignCreatorSchema).max(1000),
  createdAt: time,
  updatedAt: time,
});
export type Campaign = z.infer<typeof CampaignSchema>;

/** Where a deliverable is in its life, in order (version 8). */
export const DELIVERABLE_STAGES = ['brief_sent', 'draft_received', 'changes_requested', 'approved', 'published', 'verified'] as const;
const link = z.union([z.url().max(2000), z.literal('')]);

/** One draft the creator sent, and what the brand said about it. */
export const ApprovalRoundSchema = z.object({
  /** 1 for the first draft. */
  number: z.number().int().min(1).max(100),
  receivedAt: time,
  draftUrl: link,
  draftNotes: z.string().max(5000),
  outcome: z.enum(['pending', 'changes_requested', 'approved']),
  /** The changes asked for (or a note with the approval). */
  feedback: z.string().max(5000),
  decidedAt: time.nullable(),
  /** When the changed draft is due back (changes requested only). */
  resubmitDueAt: time.nullable(),
});
export type ApprovalRound = z.infer<typeof ApprovalRoundSchema>;

/**
 * One piece of content a creator makes, shared by agreements and campaigns (version 8): an
 * agreement's deliverable line is one record (its id is the line's id), a campaign creator's
 * deliverable another; a deliverable of an agreement that belongs to a campaign is in both.
 */
export const DeliverableSchema = z.object({
  id,
  creatorId: id,
  campaignId: id.nullable(),
  agreementId: id.nullable(),
  type: z.enum(DELIVERABLE_TYPES),
  platform: z.enum(PLATFORMS).nullable(),
  /** How many of this kind (an agreement line may say "3 stories"). */
  count: z.number().int().min(1).max(1000),
  description: shortText,
  /** Calendar days (local midnight), like an agreement's dates. */
  draftDueAt: time.nullable(),
  publishDueAt: time.nullable(),
  status: z.enum(DELIVERABLE_STAGES),
  rounds: z.array(ApprovalRoundSchema).max(100),
  postUrl: link,
  /** The post read from the page (`platform:postId`) once it is linked. */
  postId: id.nullable(),
  publishedAt: time.nullable(),
  verifiedAt: time.nullable(),
  createdAt: time,
  updatedAt: time,
});
export type Deliverable = z.infer<typeof DeliverableSchema>;
export type DeliverableStage = Deliverable['status'];

/** The schema of each table's records, by table name: used by imports and upgrade tests. */
export const RECORD_SCHEMAS = {
  creators: CreatorSchema,
  accounts: AccountSchema,
  snapshots: SnapshotSchema,
  posts: PostSchema,
  interactions: InteractionSchema,
  templates: TemplateSchema,
  agreements: AgreementSchema,
  reminders: ReminderSchema,
  campaigns: CampaignSchema,
  deliverables: DeliverableSchema,
} as const;
export type TableName = keyof typeof RECORD_SCHEMAS;
export const TABLE_NAMES = Object.keys(RECORD_SCHEMAS) as TableName[];
