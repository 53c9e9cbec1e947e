import * as z from 'zod';
import { FieldSourceSchema, PlatformSchema } from '@/utils/extract/extraction';

// Every record the database holds, as zod schemas. Records are parsed on the way in (writes,
// imports, upgrades from older versions); the TypeScript types come from these schemas.
// Times are epoch milliseconds (UTC), so sorting and range queries are plain number comparisons
// and time zones only matter when a date is shown.

const id = z.string().min(1).max(200);
const time = z.number().int().nonnegative();
const shortText = z.string().max(300);
const longText = z.string().max(20_000);

/** Stored as strings so a user's own stages can be added later; the defaults are in utils/pipeline.ts. */
export const StatusSchema = z.string().min(1).max(60);

export const ObservedCountSchema = z.object({
  value: z.number().nonnegative(),
  precision: z.number().positive(),
  source: FieldSourceSchema,
});
export type ObservedCount = z.infer<typeof ObservedCountSchema>;

export const CreatorSchema = z.object({
  id,
  displayName: z.string().min(1).max(300),
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
  url: z.url().max(2000),
  displayName: shortText,
  bio: z.string().max(2200),
  verified: z.boolean().nullable(),
  // Latest metrics, denormalized from the newest snapshot for fast lists.
  followers: z.number().nonnegative().nullable(),
  following: z.number().nonnegative().nullable(),
  posts: z.number().nonnegative().nullable(),
  // Latest scores, kept with the account so the roster can sort and filter ten thousand creators
  // without recomputing them (version 2).
  engagementRate: z.number().nonnegative().nullable(),
  engagementMethod: z.enum(['followers', 'views', 'totals']).nullable(),
  fitScore: z.number().min(0).max(100).nullable(),
  scoredAt: time.nullable(),
  firstSeenAt: time,
  lastSeenAt: time,
});
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

export const PostSchema = z.object({
  /** `platform:postId` */
  id,
  accountId: id,
  url: z.url().max(2000).nullable(),
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
});
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

export const AgreementSchema = z.object({
  id,
  creatorId: id,
  campaignId: id.nullable(),
  status: z.enum(['draft', 'sent', 'signed', 'completed', 'cancelled']),
  title: z.string().min(1).max(300),
  /** The agreement's terms (deliverables, fee, usage rights…): shaped by the agreement builder. */
  terms: z.record(z.string(), z.unknown()),
  createdAt: time,
  updatedAt: time,
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const ReminderSchema = z.object({
  id,
  creatorId: id.nullable(),
  title: z.string().min(1).max(300),
  dueAt: time,
  status: z.enum(['pending', 'done', 'cancelled']),
  kind: z.string().min(1).max(60),
  createdAt: time,
  updatedAt: time,
});
export type Reminder = z.infer<typeof ReminderSchema>;

export const CampaignSchema = z.object({
  id,
  name: z.string().min(1).max(300),
  goal: shortText,
  status: z.enum(['planned', 'active', 'completed', 'cancelled']),
  startAt: time.nullable(),
  endAt: time.nullable(),
  budget: z.number().nonnegative().nullable(),
  currency: z.string().length(3),
  /** Creators in the campaign with their fee, deliverables and results: shaped by the campaigns feature. */
  creators: z.array(z.record(z.string(), z.unknown())),
  createdAt: time,
  updatedAt: time,
});
export type Campaign = z.infer<typeof CampaignSchema>;

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
} as const;
export type TableName = keyof typeof RECORD_SCHEMAS;
export const TABLE_NAMES = Object.keys(RECORD_SCHEMAS) as TableName[];
