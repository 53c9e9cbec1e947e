import type * as z from 'zod';
import { campaignMetrics, PAGE_COUNT_FIELDS, roundedOnly, totalResults, type ResultsPrecision } from '@/utils/campaign-metrics';
import type { CampaignDetails } from '@/utils/campaigns/draft';
import { RESULT_FIELD_LABELS, mergePrecision, mergeResults, type ApplyMode, type PartialResults } from '@/utils/campaigns/results-file';
import { totalCost } from '@/utils/campaigns/report';
import { defaultUtm, promoCodeProblem, slugify, uniqueSlug, utmContentProblem } from '@/utils/campaigns/tracking';
import { database, type CreatorScoutDB } from './db';
import { newCampaignCreator } from '@/utils/model/defaults';
import { addInteraction, isCampaignMember } from './creator-detail';
import { updateCreator } from './creators';
import { InvalidFieldError, problemsFromIssues, tooBigSentence, type FieldProblem } from '@/utils/model/errors';
import { newId } from '@/utils/model/ids';
import { CampaignCreatorSchema, CampaignSchema, type Account, type Campaign, type CampaignCreator, type Creator } from '@/utils/model/schemas';

// Campaigns: their details and brief, the creators in them (fee, deliverables, tracking, results),
// and results imported from a file. Every write parses the whole record with CampaignSchema and runs
// in one transaction; adding or removing a creator also goes on their timeline, in the same one.

export interface CampaignSummary {
  campaign: Campaign;
  creators: number;
  /** Sum of the creators' fees; null when no fee is entered. */
  spend: number | null;
  revenue: number | null;
  /** (revenue − spend) ÷ spend over the whole campaign; null when either is unknown. */
  roi: number | null;
}

function summaryOf(campaign: Campaign): CampaignSummary {
  const spend = totalCost(campaign.creators.map((m) => m.fee));
  const results = totalResults(campaign.creators.map((m) => m.results));
  const roi = campaignMetrics(results, spend).find((m) => m.id === 'roi')!.value;
  return { campaign, creators: campaign.creators.length, spend, revenue: results.revenue, roi };
}

const newestFirst = (a: Campaign, b: Campaign) => (b.startAt ?? b.createdAt) - (a.startAt ?? a.createdAt) || b.createdAt - a.createdAt;

/** Every campaign with its totals, newest first (by start date, or creation for undated ones). */
export async function listCampaigns(): Promise<CampaignSummary[]> {
  const campaigns = await database().campaigns.toArray();
  return campaigns.sort(newestFirst).map(summaryOf);
}

/** What a campaign page shows of each creator in it. */
export interface CampaignPerson {
  creatorId: string;
  name: string;
  ambassador: boolean;
  /** Biggest account first: the platform their link starts with. */
  accounts: Array<Pick<Account, 'platform' | 'handle' | 'followers'>>;
  /** False when the creator was deleted from the roster after being added. */
  onRoster: boolean;
}

export interface CampaignView {
  campaign: Campaign;
  people: Record<string, CampaignPerson>;
}

const byFollowers = (a: Pick<Account, 'followers'>, b: Pick<Account, 'followers'>) => (b.followers ?? -1) - (a.followers ?? -1);

async function peopleOf(db: CreatorScoutDB, creatorIds: string[]): Promise<Record<string, CampaignPerson>> {
  const [creators, accounts] = await Promise.all([db.creators.bulkGet(creatorIds), db.accounts.where('creatorId').anyOf(creatorIds).toArray()]);
  const people: Record<string, CampaignPerson> = {};
  creatorIds.forEach((creatorId, i) => {
    const creator = creators[i];
    people[creatorId] = {
      creatorId,
      name: creator?.displayName ?? 'A creator no longer on your roster',
      ambassador: creator?.ambassador ?? false,
      accounts: accounts
        .filter((a) => a.creatorId === creatorId)
        .sort(byFollowers)
        .map(({ platform, handle, followers }) => ({ platform, handle, followers })),
      onRoster: Boolean(creator),
    };
  });
  return people;
}

/** One campaign with who is in it; null when there is no such campaign. */
export async function loadCampaign(campaignId: string): Promise<CampaignView | null> {
  const db = database();
  return db.transaction('r', [db.campaigns, db.creators, db.accounts], async () => {
    const campaign = await db.campaigns.get(campaignId);
    if (!campaign) return null;
    return { campaign, people: await peopleOf(db, campaign.creators.map((m) => m.creatorId)) };
  });
}

// --- Validation: zod issues as sentences naming the field the form shows ---

const LABELS: Record<string, string> = {
  name: 'Name',
  goal: 'Goal',
  status: 'Status',
  startAt: 'Start date',
  endAt: 'End date',
  budget: 'Budget',
  currency: 'Currency',
  'brief.deliverables': 'Deliverables',
  'brief.hashtags': 'Hashtags',
  'brief.disclosures': 'Required disclosures',
  'brief.deadlines': 'Deadlines',
  'brief.dos': 'Do',
  'brief.donts': 'Don’t',
  fee: 'Fee',
  deliverables: 'Deliverables',
  promoCode: 'Promo code',
  'utm.source': 'utm_source',
  'utm.medium': 'utm_medium',
  'utm.campaign': 'utm_campaign',
  'utm.content': 'utm_content',
  ...Object.fromEntries(Object.entries(RESULT_FIELD_LABELS).map(([k, v]) => [`results.${k}`, v])),
};

const grouped = new Intl.NumberFormat('en-US');

function fieldOf(path: PropertyKey[]): string {
  const parts = path.map(String);
  // A hashtag is one entry of a list: the form has one field for them all.
  if (parts[0] === 'brief' && parts[1] === 'hashtags') return 'brief.hashtags';
  return parts.join('.') || 'record';
}

function labelOf(field: string): string {
  const deliverable = /^deliverables\.(\d+)\.(\w+)$/.exec(field);
  if (deliverable) return `Deliverable ${Number(deliverable[1]) + 1}: ${deliverable[2] === 'postUrl' ? 'post link' : deliverable[2]}`;
  return LABELS[field] ?? field;
}

function sentenceFor(field: string, issue: z.core.$ZodIssue): string {
  const label = labelOf(field);
  if (field === 'currency') return 'Currency: use a three-letter code such as EUR or USD.';
  if (field.endsWith('.postUrl')) return `${label}: paste the post’s full address, starting with https://, or leave it empty.`;
  if (issue.code === 'too_small') return issue.origin === 'number' ? `${label} cannot be negative.` : `${label} is required.`;
  if (issue.code === 'too_big') {
    if (field === 'brief.hashtags' && issue.origin === 'string') return `Hashtags: each one can be at most ${grouped.format(issue.maximum)} characters long.`;
    return tooBigSentence(label, issue);
  }
  return `${label}: ${issue.message}`;
}

function problemsOf(error: z.ZodError): FieldProblem[] {
  return problemsFromIssues(error, fieldOf, sentenceFor);
}

/** What is wrong with a campaign record, one sentence per field; empty when it can be saved. */
export function campaignProblems(candidate: Campaign): FieldProblem[] {
  const result = CampaignSchema.safeParse(candidate);
  return result.success ? [] : problemsOf(result.error);
}

function parseCampaign(candidate: Campaign): Campaign {
  const result = CampaignSchema.safeParse(candidate);
  if (!result.success) throw new InvalidFieldError(problemsOf(result.error));
  return result.data;
}

async function getCampaign(db: CreatorScoutDB, campaignId: string): Promise<Campaign> {
  const campaign = await db.campaigns.get(campaignId);
  if (!campaign) throw new Error('This campaign no longer exists: it may have been deleted in another tab.');
  return campaign;
}

// --- Writes ---

/** Save a new campaign. Throws InvalidFieldError naming the field when it cannot be saved. */
export async function createCampaign(details: CampaignDetails, now: number): Promise<Campaign> {
  const campaign = parseCampaign({ id: newId(), ...details, landingUrl: '', creators: [], createdAt: now, updatedAt: now });
  await database().campaigns.add(campaign);
  return campaign;
}

/** Save the campaign's details and brief; its creators are kept as they are. */
export async function updateCampaignDetails(campaignId: string, details: CampaignDetails, now: number): Promise<Campaign> {
  const db = database();
  return db.transaction('rw', [db.campaigns], async () => {
    const campaign = await getCampaign(db, campaignId);
    const next = parseCampaign({ ...campaign, ...details, updatedAt: now });
    await db.campaigns.put(next);
    return next;
  });
}

/** Where the campaign's tracked links lead. Throws InvalidFieldError when it is not a web address. */
export async function setCampaignLandingUrl(campaignId: string, landingUrl: string, now: number): Promise<Campaign> {
  const db = database();
  return db.transaction('rw', [db.campaigns], async () => {
    const campaign = await getCampaign(db, campaignId);
    // Typed without its scheme ("shop.example.com/spring"), it is the https page, as the links are built.
    const typed = landingUrl.trim();
    const withScheme = !typed || /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
    const next = parseCampaign({ ...campaign, landingUrl: withScheme, updatedAt: now });
    await db.campaigns.put(next);
    return next;
  });
}

// addInteraction runs its own transaction on these tables: it joins ours when they are included.
const membershipTables = (db: CreatorScoutDB) => [db.campaigns, db.creators, db.accounts, db.interactions, db.reminders, db.deliverables];

/**
 * Put a creator from the roster in the campaign, with their fee (if known) and a tracked link set
 * up: source = their biggest platform, medium = influencer, campaign = the campaign's slug, content
 * = their own slug (unique in the campaign). A `campaign` entry goes on their timeline.
 */
export async function addCreatorToCampaign(campaignId: string, creatorId: string, now: number, fee: number | null = null): Promise<CampaignCreator> {
  const db = database();
  return db.transaction('rw', membershipTables(db), async () => {
    const campaign = await getCampaign(db, campaignId);
    const creator: Creator | undefined = await db.creators.get(creatorId);
    if (!creator) throw new Error('This creator is no longer on your roster.');
    if (isCampaignMember(campaign, creatorId)) throw new Error(`${creator.displayName} is already in this campaign.`);
    const accounts = (await db.accounts.where('creatorId').equals(creatorId).toArray()).sort(byFollowers);
    const content = uniqueSlug(
      slugify(creator.displayName) || slugify(accounts[0]?.handle ?? ''),
      campaign.creators.map((m) => m.utm.content),
    );
    const member = newCampaignCreator(creatorId, now, {
      fee,
      utm: defaultUtm({ platform: accounts[0]?.platform ?? null, campaignName: campaign.name, creatorSlug: content }),
    });
    await db.campaigns.put(parseCampaign({ ...campaign, creators: [...campaign.creators, member], updatedAt: now }));
    await addInteraction(creatorId, { type: 'campaign', at: now, text: `Added to the campaign “${campaign.name}”.`, details: { campaignId } }, now);
    return member;
  });
}

/** Take a creator out of the campaign, with their fee, deliverables, tracking and results in it. */
export async function removeCreatorFromCampaign(campaignId: string, creatorId: string, now: number): Promise<void> {
  const db = database();
  await db.transaction('rw', membershipTables(db), async () => {
    const campaign = await getCampaign(db, campaignId);
    if (!isCampaignMember(campaign, creatorId)) return;
    await db.campaigns.put(parseCampaign({ ...campaign, creators: campaign.creators.filter((m) => m.creatorId !== creatorId), updatedAt: now }));
    // Their deliverables in it go too; an agreement's stay with the agreement, out of the campaign.
    const theirs = (await db.deliverables.where('campaignId').equals(campaignId).toArray()).filter((d) => d.creatorId === creatorId);
    await db.deliverables.bulkDelete(theirs.filter((d) => !d.agreementId).map((d) => d.id));
    await db.deliverables.bulkPut(theirs.filter((d) => d.agreementId).map((d) => ({ ...d, campaignId: null, updatedAt: now })));
    // A creator deleted from the roster has no timeline left to write on.
    if (await db.creators.get(creatorId)) {
      await addInteraction(creatorId, { type: 'campaign', at: now, text: `Removed from the campaign “${campaign.name}”.`, details: { campaignId } }, now);
    }
  });
}

export interface MemberPatch {
  fee?: number | null;
  deliverables?: CampaignCreator['deliverables'];
  utm?: CampaignCreator['utm'];
  promoCode?: string;
  /** Entered by hand: replaces all seven numbers (null = not known). */
  results?: CampaignCreator['results'];
}

/**
 * Save part of one creator's record in the campaign. A promo code or link content another creator
 * in the campaign already has is refused (their sales or clicks could not be told apart). Throws
 * InvalidFieldError with fields relative to the creator (`fee`, `deliverables.0.postUrl`…).
 */
export async function updateCampaignMember(campaignId: string, creatorId: string, patch: MemberPatch, now: number): Promise<CampaignCreator> {
  const db = database();
  return db.transaction('rw', [db.campaigns, db.creators], async () => {
    const campaign = await getCampaign(db, campaignId);
    const member = campaign.creators.find((m) => m.creatorId === creatorId);
    if (!member) throw new Error('This creator is no longer in the campaign.');
    const next: CampaignCreator = {
      ...member,
      ...(patch.fee !== undefined && { fee: patch.fee }),
      ...(patch.deliverables && { deliverables: patch.deliverables.map((d) => ({ ...d, description: d.description.trim(), postUrl: d.postUrl.trim() })) }),
      ...(patch.utm && { utm: { source: patch.utm.source.trim(), medium: patch.utm.medium.trim(), campaign: patch.utm.campaign.trim(), content: patch.utm.content.trim() } }),
      ...(patch.promoCode !== undefined && { promoCode: patch.promoCode.trim() }),
      ...(patch.results && { results: patch.results, resultsPrecision: keptPrecision(member, patch.results), resultsUpdatedAt: now }),
    };
    const others = campaign.creators.filter((m) => m.creatorId !== creatorId);
    const names = await db.creators.bulkGet(others.map((m) => m.creatorId));
    const named = others.map((m, i) => ({ name: names[i]?.displayName ?? 'another creator', code: m.promoCode, content: m.utm.content }));
    const problems: FieldProblem[] = [];
    if (patch.promoCode !== undefined) {
      const problem = promoCodeProblem(next.promoCode, named);
      if (problem) problems.push({ field: 'promoCode', message: problem });
    }
    if (patch.utm) {
      const problem = utmContentProblem(next.utm.content, named);
      if (problem) problems.push({ field: 'utm.content', message: problem });
    }
    const parsed = CampaignCreatorSchema.safeParse(next);
    if (!parsed.success) problems.push(...problemsOf(parsed.error).filter((p) => !problems.some((q) => q.field === p.field)));
    if (problems.length > 0) throw new InvalidFieldError(problems);
    const saved = parsed.data!;
    await db.campaigns.put(parseCampaign({ ...campaign, creators: campaign.creators.map((m) => (m.creatorId === creatorId ? saved : m)), updatedAt: now }));
    return saved;
  });
}

/**
 * A rounded count the user left as it was keeps its precision; one they typed anew is exact (the
 * form shows the value in full, so an unchanged field cannot be told from a retyped one).
 */
function keptPrecision(member: CampaignCreator, results: CampaignCreator['results']): ResultsPrecision {
  return roundedOnly(Object.fromEntries(PAGE_COUNT_FIELDS.map((f) => [f, results[f] !== null && results[f] === member.results[f] ? member.resultsPrecision?.[f] : undefined])));
}

export interface ResultsUpdate {
  creatorId: string;
  results: PartialResults;
}

/**
 * Apply the results matched in a file to their creators, all in one write: either every creator's
 * results change or, if any of them cannot be saved (one was taken out of the campaign meanwhile,
 * say), none does. "replace" sets the file's numbers; "add" adds them to what was there.
 */
export async function importCampaignResults(campaignId: string, updates: readonly ResultsUpdate[], mode: ApplyMode, now: number): Promise<Campaign> {
  const db = database();
  return db.transaction('rw', [db.campaigns], async () => {
    const campaign = await getCampaign(db, campaignId);
    const gone = updates.filter((u) => !isCampaignMember(campaign, u.creatorId));
    if (gone.length > 0) {
      throw new Error(
        `${gone.length === 1 ? 'One creator' : `${gone.length} creators`} matched in the file ${gone.length === 1 ? 'is' : 'are'} no longer in this campaign, so nothing was imported. Choose the file again.`,
      );
    }
    const byCreator = new Map(updates.map((u) => [u.creatorId, u.results]));
    const creators = campaign.creators.map((m) => {
      const incoming = byCreator.get(m.creatorId);
      return incoming
        ? { ...m, results: mergeResults(m.results, incoming, mode), resultsPrecision: mergePrecision(m.resultsPrecision, incoming, mode), resultsUpdatedAt: now }
        : m;
    });
    const next = CampaignSchema.parse({ ...campaign, creators, updatedAt: now });
    await db.campaigns.put(next);
    return next;
  });
}

// --- Across campaigns ---

export interface CreatorCampaign {
  campaign: Campaign;
  member: CampaignCreator;
}

/** Of `campaigns`, those the creator was in, with their part in each, newest first. */
export function membershipsOf(campaigns: readonly Campaign[], creatorId: string): CreatorCampaign[] {
  return campaigns
    .filter((c) => isCampaignMember(c, creatorId))
    .sort(newestFirst)
    .map((campaign) => ({ campaign, member: campaign.creators.find((m) => m.creatorId === creatorId)! }));
}

/** The campaigns a creator was in, with their part in each, newest first. */
export async function creatorCampaigns(creatorId: string): Promise<CreatorCampaign[]> {
  return membershipsOf(await database().campaigns.filter((c) => isCampaignMember(c, creatorId)).toArray(), creatorId);
}

export interface PerformanceData {
  campaigns: Campaign[];
  creators: Record<string, Pick<Creator, 'id' | 'displayName' | 'ambassador'>>;
}

/** Every campaign, and the name and ambassador flag of everyone in one. */
export async function loadPerformanceData(): Promise<PerformanceData> {
  const db = database();
  return db.transaction('r', [db.campaigns, db.creators], async () => {
    const campaigns = await db.campaigns.toArray();
    const ids = [...new Set(campaigns.flatMap((c) => c.creators.map((m) => m.creatorId)))];
    const found = await db.creators.bulkGet(ids);
    const creators: PerformanceData['creators'] = {};
    for (const c of found) if (c) creators[c.id] = { id: c.id, displayName: c.displayName, ambassador: c.ambassador };
    return { campaigns, creators };
  });
}

/** Set the creator's ambassador flag (the invitation itself is written on the compose page). */
export async function makeAmbassador(creatorId: string, now: number): Promise<Creator> {
  return updateCreator(creatorId, { ambassador: true }, now);
}
