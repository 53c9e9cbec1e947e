// How records written by older versions of the database get the fields of newer ones. Used only by
// the upgrades in db.ts; each keeps everything the old record said.
//
// Frozen: each upgrade carries the constants it needs, copied as they were when its version
// shipped, and imports no live code (a lint rule holds it to that), so changing today's defaults
// or lists never changes what an old version's upgrade does.

type Loose = Record<string, unknown>;

// --- Version 4's constants ---

const V4_REMINDER_KINDS = ['follow_up', 'keep_in_touch', 'deliverable', 'payment', 'usage_rights', 'custom'] as const;
const V4_CAMPAIGN_GOALS = ['awareness', 'engagement', 'traffic', 'signups', 'sales'] as const;
const V4_REMINDER_DEFAULTS = { notes: '', source: { type: 'manual', id: null } } as const;

function v4AgreementTerms(currency: string) {
  return {
    deliverables: [] as Loose[],
    fee: null as number | null,
    currency,
    paymentSchedule: [] as Loose[],
    paymentTerms: '',
    usageRights: { channels: ['organic_social'], durationDays: null, whitelistingDays: null },
    exclusivity: { category: '', days: null },
    disclosure: 'Disclose the partnership in the first line (#ad) and with the platform’s paid-partnership label.',
    approvalRounds: 1,
    creativeFreedom: '',
    startAt: null,
    signedAt: null,
    notes: '',
  };
}

function v4CampaignCreator(creatorId: string, addedAt: number, patch: Loose): Loose {
  return {
    creatorId,
    fee: null,
    deliverables: [],
    utm: { source: '', medium: '', campaign: '', content: '' },
    promoCode: '',
    results: { views: null, likes: null, comments: null, clicks: null, signups: null, sales: null, revenue: null },
    resultsUpdatedAt: null,
    addedAt,
    ...patch,
  };
}

const isLoose = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);

/** Version 4: reminders have a kind from a fixed list, notes, a source, and notified/completed times. */
export function upgradeReminder(r: Loose): void {
  if (!(V4_REMINDER_KINDS as readonly unknown[]).includes(r.kind)) r.kind = 'custom';
  r.notes ??= V4_REMINDER_DEFAULTS.notes;
  r.source ??= { ...V4_REMINDER_DEFAULTS.source };
  r.notifiedAt ??= null;
  r.completedAt ??= r.status === 'done' && typeof r.updatedAt === 'number' ? r.updatedAt : null;
}

/** Version 4: an agreement's free-form terms become structured; what does not fit is kept in notes. */
export function upgradeTerms(old: unknown): ReturnType<typeof v4AgreementTerms> {
  const terms = isLoose(old) ? old : {};
  const currency = typeof terms.currency === 'string' && /^[A-Z]{3}$/.test(terms.currency) ? terms.currency : 'EUR';
  const { fee, currency: _currency, ...rest } = terms;
  const upgraded = { ...v4AgreementTerms(currency), fee: numberOrNull(fee) };
  if (Object.keys(rest).length > 0) upgraded.notes = `From an earlier version of this agreement: ${JSON.stringify(rest)}`.slice(0, 20_000);
  return upgraded;
}

/** Version 4: campaigns have one goal from a fixed list, a brief, and full records for their creators. */
export function upgradeCampaign(k: Loose): void {
  const createdAt = typeof k.createdAt === 'number' ? k.createdAt : 0;
  const goal = typeof k.goal === 'string' ? k.goal : '';
  const known = (V4_CAMPAIGN_GOALS as readonly string[]).includes(goal);
  k.goal = known ? goal : 'awareness';
  k.brief ??= { deliverables: '', hashtags: [], disclosures: '', deadlines: '', dos: known || !goal ? '' : `Goal (from an earlier version): ${goal}`, donts: '' };
  const members = Array.isArray(k.creators) ? k.creators.filter(isLoose) : [];
  k.creators = members
    .filter((m) => typeof m.creatorId === 'string')
    .map((m) =>
      v4CampaignCreator(m.creatorId as string, createdAt, {
        fee: numberOrNull(m.fee),
        promoCode: typeof m.promoCode === 'string' ? m.promoCode.slice(0, 60) : '',
      }),
    );
}

// --- Version 9: one deliverable record shared by agreements and campaigns ---

const CAMPAIGN_STAGE: Record<string, string> = { briefed: 'brief_sent', draft: 'draft_received', approved: 'approved', published: 'published' };

/**
 * The deliverable records an agreement's lines and a campaign's creators' deliverables become.
 * Agreement lines keep their id (the agreement still lists them as its scope); a campaign
 * deliverable keeps its id too and leaves the campaign (`moveCampaignDeliverables`). The agreement's
 * campaign is carried over, so its deliverables show in that campaign as well.
 */
export function deliverablesOfAgreement(a: Loose): Loose[] {
  const terms = isLoose(a.terms) ? a.terms : {};
  const lines = Array.isArray(terms.deliverables) ? terms.deliverables.filter(isLoose) : [];
  const at = typeof a.updatedAt === 'number' ? a.updatedAt : 0;
  return lines.map((line) => ({
    id: line.id,
    creatorId: a.creatorId,
    campaignId: a.campaignId ?? null,
    agreementId: a.id,
    type: line.type,
    platform: line.platform ?? null,
    count: line.count ?? 1,
    description: typeof line.notes === 'string' ? line.notes : '',
    draftDueAt: null,
    publishDueAt: numberOrNull(line.dueAt),
    status: 'brief_sent',
    rounds: [],
    postUrl: '',
    postId: null,
    publishedAt: null,
    verifiedAt: null,
    createdAt: typeof a.createdAt === 'number' ? a.createdAt : at,
    updatedAt: at,
  }));
}

/** Takes the deliverables out of a campaign's creators (in place) and returns them as records. */
export function moveCampaignDeliverables(k: Loose): Loose[] {
  const members = Array.isArray(k.creators) ? k.creators.filter(isLoose) : [];
  const at = typeof k.updatedAt === 'number' ? k.updatedAt : 0;
  const moved: Loose[] = [];
  for (const m of members) {
    const list = Array.isArray(m.deliverables) ? m.deliverables.filter(isLoose) : [];
    for (const d of list) {
      const status = CAMPAIGN_STAGE[String(d.status)] ?? 'brief_sent';
      moved.push({
        id: d.id,
        creatorId: m.creatorId,
        campaignId: k.id,
        agreementId: null,
        type: 'other',
        platform: null,
        count: 1,
        description: typeof d.description === 'string' ? d.description : '',
        draftDueAt: null,
        publishDueAt: null,
        status,
        rounds: [],
        postUrl: typeof d.postUrl === 'string' ? d.postUrl : '',
        postId: null,
        publishedAt: null,
        verifiedAt: null,
        createdAt: typeof m.addedAt === 'number' ? m.addedAt : at,
        updatedAt: at,
      });
    }
    m.deliverables = [];
  }
  return moved;
}

export const DELIVERABLES_VERSION = 8;

/** A backup made before version 8: its deliverables move out of agreements and campaigns as the database upgrade moves them. */
export function upgradeBackupDeliverables(tables: { agreements: unknown[]; campaigns: unknown[]; deliverables: unknown[] }): void {
  for (const a of tables.agreements) if (isLoose(a)) tables.deliverables.push(...deliverablesOfAgreement(a));
  for (const k of tables.campaigns) if (isLoose(k)) tables.deliverables.push(...moveCampaignDeliverables(k));
}

export const PRECISION_VERSION = 7;

/**
 * A backup made before version 7: each account gets the precision its follower count was shown with,
 * as the database upgrade gives it — from the newest snapshot that showed that very count, else exact.
 */
export function upgradeBackupPrecision(tables: { accounts: unknown[]; snapshots: unknown[] }): void {
  const precisionOf = new Map<string, { takenAt: number; precision: number }>();
  for (const s of tables.snapshots) {
    if (!isLoose(s) || typeof s.accountId !== 'string' || typeof s.takenAt !== 'number' || !isLoose(s.counts)) continue;
    const followers = s.counts.followers;
    if (!isLoose(followers) || typeof followers.value !== 'number' || typeof followers.precision !== 'number') continue;
    const key = `${s.accountId}\u0000${followers.value}`;
    const known = precisionOf.get(key);
    if (!known || known.takenAt <= s.takenAt) precisionOf.set(key, { takenAt: s.takenAt, precision: followers.precision });
  }
  for (const a of tables.accounts) {
    if (!isLoose(a) || (typeof a.followersPrecision === 'number' && a.followersPrecision > 0)) continue;
    a.followersPrecision = typeof a.followers === 'number' ? (precisionOf.get(`${String(a.id)}\u0000${a.followers}`)?.precision ?? 1) : 1;
  }
}

export const POST_AUTHORS_VERSION = 9;

/** A backup made before version 9: a post's one account becomes its author and where it was seen, as the database upgrade does. */
export function upgradeBackupPosts(tables: { posts: unknown[] }): void {
  for (const p of tables.posts) {
    if (!isLoose(p)) continue;
    const known = typeof p.accountId === 'string' ? [p.accountId] : [];
    if (!Array.isArray(p.authorAccountIds)) p.authorAccountIds = known;
    if (!Array.isArray(p.seenOnAccountIds)) p.seenOnAccountIds = known;
    delete p.accountId;
  }
}
