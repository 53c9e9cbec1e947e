import { roundedOnly, sumPrecision, type ResultsPrecision } from '@/utils/campaign-metrics';
import { deliverableTitle, STAGE_ORDER } from '@/utils/deliverables/rules';
import { addInteraction } from './creator-detail';
import { database } from './db';
import { syncDeliverableReminders } from './deliverables';
import { CampaignSchema, DeliverableSchema, type Deliverable, type Post } from '@/utils/model/schemas';
import { upsertPosts } from './posts';
import type { ChipDeliverables, DeliverableChoice, PostLinkResult as LinkResult } from '@/utils/model/views';


// Published and verified: the creator's post, seen on its page, linked to the deliverable it
// fulfils. Linking marks the deliverable verified (the extension saw the post itself), keeps the
// post, and fills the campaign's results for that creator from the posts of all their linked
// deliverables in the campaign (views, likes, comments: the sums of what the pages showed; a count no
// page showed stays as it was, never 0).

/** A creator's deliverables a seen post could be: not yet published, or already linked to this post. */
export async function deliverablesForPost(creatorId: string, postId: string): Promise<{ open: Deliverable[]; linked: Deliverable | null }> {
  const all = await database().deliverables.where('creatorId').equals(creatorId).toArray();
  const linked = all.find((d) => d.postId === postId) ?? null;
  // Approved ones first (the post is most likely theirs), then by due date.
  const open = all
    .filter((d) => STAGE_ORDER[d.status] < STAGE_ORDER.published)
    .sort((a, b) => Number(b.status === 'approved') - Number(a.status === 'approved') || (a.publishDueAt ?? Infinity) - (b.publishDueAt ?? Infinity));
  return { open, linked };
}

const METRICS = ['views', 'likes', 'comments'] as const;

/** Link `post` (as read from its page) to the deliverable; one transaction. */
export async function linkPublishedPost(deliverableId: string, post: Post, now: number): Promise<LinkResult> {
  const db = database();
  return db.transaction('rw', [db.deliverables, db.posts, db.campaigns, db.creators, db.accounts, db.interactions, db.reminders], async () => {
    const d = await db.deliverables.get(deliverableId);
    if (!d) throw new Error('This deliverable no longer exists: it may have been deleted in another tab.');
    // The post must be by one of the deliverable's creator's accounts (a feed shows everyone's posts).
    const authors = await db.accounts.bulkGet(post.authorAccountIds);
    if (!authors.some((a) => a?.creatorId === d.creatorId)) throw new Error('This post is not by the creator of this deliverable, so it was not linked.');
    const other = (await db.deliverables.where('creatorId').equals(d.creatorId).toArray()).find((x) => x.postId === post.id && x.id !== d.id);
    if (other) throw new Error(`This post is already linked to “${deliverableTitle(other)}”.`);
    await upsertPosts(db, [post]);
    const next = DeliverableSchema.parse({
      ...d,
      status: 'verified',
      postUrl: post.url ?? d.postUrl,
      postId: post.id,
      publishedAt: post.postedAt ?? d.publishedAt ?? now,
      verifiedAt: now,
      updatedAt: now,
    } satisfies Deliverable);
    await db.deliverables.put(next);
    // Published: its draft and publish reminders are no longer needed.
    await syncDeliverableReminders(next.id, now);
    if (await db.creators.get(d.creatorId)) {
      await addInteraction(d.creatorId, { type: d.agreementId ? 'agreement' : 'campaign', at: now, text: `Published: ${deliverableTitle(d)} — ${next.postUrl}`, details: { deliverableId: d.id, postId: post.id } }, now);
    }
    let filled: LinkResult['filled'] = null;
    const campaign = d.campaignId ? await db.campaigns.get(d.campaignId) : undefined;
    const member = campaign?.creators.find((m) => m.creatorId === d.creatorId);
    if (campaign && member) {
      const theirs = (await db.deliverables.where('campaignId').equals(campaign.id).toArray()).filter((x) => x.creatorId === d.creatorId && x.postId);
      const posts = (await db.posts.bulkGet(theirs.map((x) => x.postId!))).filter((p): p is Post => Boolean(p));
      const results = { ...member.results };
      // A count a page showed rounded ("1.2M views") keeps its precision, and so does their sum.
      const precision: ResultsPrecision = { ...member.resultsPrecision };
      const fields: Array<(typeof METRICS)[number]> = [];
      for (const key of METRICS) {
        const seen = posts.flatMap((p) => (p.counts[key] ? [p.counts[key]] : []));
        if (seen.length === 0) continue;
        results[key] = seen.reduce((a, b) => a + b.value, 0);
        precision[key] = sumPrecision(...seen);
        fields.push(key);
      }
      const creators = campaign.creators.map((m) => (m.creatorId === d.creatorId ? { ...m, results, resultsPrecision: roundedOnly(precision), resultsUpdatedAt: now } : m));
      await db.campaigns.put(CampaignSchema.parse({ ...campaign, creators, updatedAt: now }));
      filled = { campaignName: campaign.name, fields };
    }
    return { deliverable: next, filled };
  });
}

/** What the popup shows on a post page of a creator on the roster. */
export async function postDeliverableChoices(creatorId: string, postId: string): Promise<{ open: DeliverableChoice[]; linked: DeliverableChoice | null }> {
  const { open, linked } = await deliverablesForPost(creatorId, postId);
  const campaigns = await database().campaigns.bulkGet([...new Set([...open, ...(linked ? [linked] : [])].flatMap((d) => (d.campaignId ? [d.campaignId] : [])))]);
  const names = new Map(campaigns.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
  const choice = (d: Deliverable): DeliverableChoice => ({ id: d.id, title: deliverableTitle(d), status: d.status, campaignName: d.campaignId ? (names.get(d.campaignId) ?? null) : null });
  return { open: open.map(choice), linked: linked ? choice(linked) : null };
}

/**
 * Each saved account's deliverables for the feed chips, keyed by account id (`platform:handle`).
 * One read of the deliverables and campaigns of the creators given.
 */
export async function chipDeliverables(accounts: ReadonlyArray<{ accountId: string; creatorId: string }>): Promise<Map<string, ChipDeliverables>> {
  const db = database();
  return db.transaction('r', [db.deliverables, db.campaigns], async () => {
    const creatorIds = [...new Set(accounts.map((a) => a.creatorId))];
    const all = await db.deliverables.where('creatorId').anyOf(creatorIds).toArray();
    const campaigns = await db.campaigns.bulkGet([...new Set(all.flatMap((d) => (d.campaignId ? [d.campaignId] : [])))]);
    const names = new Map(campaigns.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
    const out = new Map<string, ChipDeliverables>();
    for (const { accountId, creatorId } of accounts) {
      const platform = accountId.split(':')[0];
      const theirs = all.filter((d) => d.creatorId === creatorId);
      const open = theirs
        .filter((d) => STAGE_ORDER[d.status] < STAGE_ORDER.published && (d.platform === null || d.platform === platform))
        .sort((a, b) => Number(b.status === 'approved') - Number(a.status === 'approved') || (a.publishDueAt ?? Infinity) - (b.publishDueAt ?? Infinity));
      out.set(accountId, {
        open: open.map((d) => ({ id: d.id, title: deliverableTitle(d), status: d.status, campaignName: d.campaignId ? (names.get(d.campaignId) ?? null) : null })),
        linkedPostIds: theirs.flatMap((d) => (d.postId ? [d.postId] : [])),
      });
    }
    return out;
  });
}
