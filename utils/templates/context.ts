// The values a template is filled in with, from what is saved about one creator, the user's own
// details and (optionally) a campaign they are in. Pure: `now` comes in from outside.
import type { AccountWithHistory, CreatorDetail } from '@/utils/model/views';
import type { Campaign, Post } from '@/utils/model/schemas';
import { campaignMetrics } from '@/utils/campaign-metrics';
import { formatCount, formatDate, platformName } from '@/utils/format';
import type { SenderDetails } from '@/utils/model/sender';
import { sliceGraphemes } from '../text';
import type { TemplateContext, VariableName } from './variables';

export interface ContextOptions {
  sender: SenderDetails;
  now: number;
  /** The campaign for `campaign.*` and `results.*`; they are empty without one. */
  campaignId?: string | null;
  /** The account for `account.*`; by default the creator's biggest. */
  accountId?: string | null;
}

export const CAPTION_LENGTH = 120;

/** A caption on one line, cut at a word boundary to about `max` characters, with "…" when cut. */
export function clipCaption(caption: string, max = CAPTION_LENGTH): string {
  const text = caption.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  // Cut between graphemes, never inside an emoji (a lone surrogate breaks encodeURIComponent).
  const cut = sliceGraphemes(text, max + 1);
  const space = cut.lastIndexOf(' ');
  // A single very long word (a link, a run of hashtags without spaces) is cut where it is.
  const clipped = space >= max * 0.6 ? cut.slice(0, space) : sliceGraphemes(text, max);
  return `${clipped.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

/** The account the messages are about by default: the one with the most followers (the first saved on a tie). */
export function primaryAccount(accounts: AccountWithHistory[]): AccountWithHistory | null {
  let best: AccountWithHistory | null = null;
  for (const entry of accounts) if (!best || (entry.account.followers ?? -1) > (best.account.followers ?? -1)) best = entry;
  return best;
}

/** Their most recent captured post; a pinned post (often old) only when there is nothing else. */
export function recentPost(posts: Post[]): Post | null {
  return posts.find((p) => !p.pinned) ?? posts[0] ?? null;
}

const grouped = new Intl.NumberFormat('en-US');
const dateRange = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function count(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : grouped.format(value);
}

export function formatMoneyAmount(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${grouped.format(amount)} ${currency}`;
  }
}

/** A return on investment as a percentage people say out loud: "190%", "5.2%", "-25%". */
export function formatRoi(fraction: number): string {
  const percent = fraction * 100;
  return `${Math.abs(percent) >= 10 ? Math.round(percent) : Number(percent.toFixed(1))}%`;
}

function campaignDates(campaign: Campaign): string {
  const { startAt, endAt } = campaign;
  // Intl puts thin spaces around the dash; plain spaces read the same in every mail app.
  if (startAt !== null && endAt !== null) return endAt >= startAt ? dateRange.formatRange(startAt, endAt).replace(/[\u2009\u202f]/g, ' ') : formatDate(startAt);
  if (startAt !== null) return `from ${formatDate(startAt)}`;
  if (endAt !== null) return `until ${formatDate(endAt)}`;
  return '';
}

function followersOf(entry: AccountWithHistory): string {
  const latest = entry.snapshots.at(-1)?.counts.followers;
  // The latest snapshot knows whether the page showed the count rounded ("12.4K"): say it the same way.
  if (latest && latest.value === entry.account.followers) return formatCount(latest);
  return entry.account.followers === null ? '' : formatCount({ value: entry.account.followers, precision: entry.account.followersPrecision });
}

/** Every variable's value for this creator (empty where it is not known). */
export function buildContext(detail: CreatorDetail, options: ContextOptions): TemplateContext {
  const { creator } = detail;
  const { sender } = options;
  const entry = detail.accounts.find((a) => a.account.id === options.accountId) ?? primaryAccount(detail.accounts);
  const account = entry?.account;
  const post = recentPost(detail.posts);
  const campaign = options.campaignId ? (detail.campaigns.find((c) => c.id === options.campaignId) ?? null) : null;
  const member = campaign?.creators.find((m) => m.creatorId === creator.id) ?? null;
  const results = member?.results ?? null;
  const roi = results ? (campaignMetrics(results, member?.fee ?? null).find((m) => m.id === 'roi')?.value ?? null) : null;
  const name = creator.displayName.trim();

  const values: Record<VariableName, string> = {
    'creator.name': name,
    'creator.firstName': name.replace(/^@/, '').split(/\s+/)[0] ?? '',
    'creator.location': creator.location.trim(),
    'creator.email': creator.contact.email.trim(),
    'account.handle': account ? `@${account.handle}` : '',
    'account.platform': account ? platformName(account.platform) : '',
    'account.followers': entry ? followersOf(entry) : '',
    'account.profileUrl': account?.url ?? '',
    'post.caption': post ? clipCaption(post.caption) : '',
    'post.url': post?.url ?? '',
    'post.date': post?.postedAt != null ? formatDate(post.postedAt) : '',
    'post.likes': post?.counts.likes ? formatCount(post.counts.likes) : '',
    'brand.name': sender.brandName.trim(),
    'brand.website': sender.website.trim(),
    'sender.name': sender.name.trim(),
    'sender.email': sender.email.trim(),
    'sender.title': sender.title.trim(),
    'campaign.name': campaign?.name ?? '',
    'campaign.hashtags': campaign ? campaign.brief.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`)).join(' ') : '',
    'campaign.dates': campaign ? campaignDates(campaign) : '',
    // Views filled from a page that showed them rounded are said as it did ("1.2M"), like followers.
    'results.views': results?.views != null && (member?.resultsPrecision?.views ?? 1) > 1 ? formatCount({ value: results.views, precision: member!.resultsPrecision!.views! }) : count(results?.views),
    'results.clicks': count(results?.clicks),
    'results.sales': count(results?.sales),
    'results.revenue': results?.revenue != null && campaign ? formatMoneyAmount(results.revenue, campaign.currency) : '',
    'results.roi': roi === null ? '' : formatRoi(roi),
    today: formatDate(options.now),
  };
  return values;
}
