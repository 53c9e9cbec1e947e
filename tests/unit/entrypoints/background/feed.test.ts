// @vitest-environment jsdom
// jsdom: the background reads navigator.userAgent, which Node 20 lacks.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFeedHandlers } from '@/entrypoints/background/feed';
import { registerMessageHandlers } from '@/entrypoints/background/messages';
import { logOutreach } from '@/storage/outreach';
import { createTemplate } from '@/storage/templates';
import type { ChipState } from '@/utils/model/views';
import type { Deliverable } from '@/utils/model/schemas';
import { linkedMessage } from '@/utils/deliverables/linked';
import { postReadingOf, profileReadingOf } from '@/utils/feed/readings';
import type { FeedCard } from '@/utils/feed/types';
import { xFeed } from '@/utils/platforms/x/feed';
import { withFreshDatabase } from '../../../helpers/db';
import { makeCampaign } from '../../../helpers/records';
import { listFixtures, parsePage } from '../../../helpers/fixtures';

// The background's feed handlers, driven through the fake browser with the sender a real browser
// attaches to a content script on twitter.com, fed with the cards of a real status page and its replies.

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 10, 20, 10);
const PAGE = 'https://twitter.com/realDonaldTrump/status/1222907250383245320';
const contentScript = { id: fakeBrowser.runtime.id, url: PAGE, tab: { id: 7 } };
let stop: Array<() => void> = [];
let cards: FeedCard[] = [];

beforeAll(() => {
  const fixture = listFixtures().find((f) => f.name === 'x/twitter-status-realDonaldTrump-2023-replies')!;
  const doc = parsePage(fixture.html, PAGE);
  cards = [...doc.querySelectorAll(xFeed.cardSelector)].map((el) => xFeed.read(el, new URL(PAGE), 'en')!);
});
afterEach(() => stop.forEach((fn) => fn()));

async function send(type: string, data: unknown, sender: object = contentScript) {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: NOW }, sender);
  return answers.find(Boolean) as { res?: unknown; err?: { message: string } };
}

const card = (handle: string) => cards.find((c) => c.author.handle === handle)!;
const postOf = (c: FeedCard) => xFeed.readPost(c, new URL(PAGE), 'en');
const postReadings = () => cards.map((c) => postReadingOf(c, postOf(c), 'x', 'en')!);

describe('feed handlers', () => {
  it('saves a creator from a chip with what the card shows: name, link and post; no counts invented', async () => {
    stop = [...registerMessageHandlers(() => NOW), ...registerFeedHandlers(() => NOW)];
    const answer = await send('saveProfile', { reading: profileReadingOf(card('JeffreyGuterman'), postOf(card('JeffreyGuterman')), 'x', 'en') });
    expect(answer.err).toBeUndefined();
    const account = await db().accounts.get('x:jeffreyguterman');
    expect(account).toMatchObject({ url: 'https://twitter.com/JeffreyGuterman', followers: null, verified: true });
    expect((await db().creators.get(account!.creatorId))?.displayName).toBe('Dr. Jeffrey Guterman');
    const posts = await db().posts.where('authorAccountIds').equals('x:jeffreyguterman').toArray();
    expect(posts.map((p) => [p.id, p.counts.likes?.value, p.counts.comments?.value, p.counts.views])).toEqual([
      ['x:1222907314199396352', 828, 117, undefined],
    ]);
  });

  it('records feed posts for roster creators and never the same post twice', async () => {
    stop = [...registerMessageHandlers(() => NOW), ...registerFeedHandlers(() => NOW)];
    await send('saveProfile', { reading: { ...profileReadingOf(card('JeffreyGuterman'), postOf(card('JeffreyGuterman')), 'x', 'en'), posts: [] } });
    const first = await send('feedSeen', { readings: postReadings() });
    expect(first.res).toEqual({ roster: 1, cache: 2, ignored: 0 });
    await send('feedSeen', { readings: postReadings() });
    expect(await db().posts.count()).toBe(1);
  });

  it('brings the posts already seen in a feed when the creator is saved later', async () => {
    stop = [...registerMessageHandlers(() => NOW), ...registerFeedHandlers(() => NOW)];
    await send('feedSeen', { readings: postReadings() });
    expect(await db().posts.count()).toBe(0);
    await send('saveProfile', { reading: { ...profileReadingOf(card('MyDaughtersArmy'), postOf(card('MyDaughtersArmy')), 'x', 'en'), posts: [] } });
    const posts = await db().posts.where('authorAccountIds').equals('x:mydaughtersarmy').toArray();
    expect(posts.map((p) => [p.id, p.counts.likes?.value, p.counts.shares?.value])).toEqual([['x:1222907451726618630', 46, 8]]);
  });

  it('tells the chip who is on the roster, their stage and when and with which template they were contacted', async () => {
    stop = [...registerMessageHandlers(() => NOW), ...registerFeedHandlers(() => NOW)];
    const saved = (await send('saveProfile', { reading: profileReadingOf(card('MyDaughtersArmy'), postOf(card('MyDaughtersArmy')), 'x', 'en') })).res as { creatorId: string };
    const template = await createTemplate({ name: 'First outreach', kind: 'first_outreach', subject: 'Hello', body: 'Hi {{name}}' }, NOW);
    await logOutreach({ creatorId: saved.creatorId, templateId: template.id, channel: 'copy', subject: 'Hello', body: 'Hi' }, NOW + 1000);
    const answer = await send('feedStates', { accountIds: ['x:mydaughtersarmy', 'x:jeffreyguterman'] });
    expect(answer.res).toEqual([
      expect.objectContaining({ saved: true, accountId: 'x:mydaughtersarmy', status: 'shortlisted', displayName: 'Greg Hogben', lastContactedAt: NOW + 1000, lastTemplate: 'First outreach', followers: null }),
      { saved: false, accountId: 'x:jeffreyguterman' },
    ]);
  });

  it('refuses a feed reading of another site, and a stranger, writing nothing', async () => {
    stop = registerFeedHandlers(() => NOW);
    const tiktok = { ...contentScript, url: 'https://www.tiktok.com/foryou' };
    expect((await send('feedSeen', { readings: postReadings() }, tiktok)).err?.message).toMatch(/may only report its own site/);
    const stranger = { id: 'another-extension', url: PAGE, tab: { id: 7 } };
    expect((await send('feedSeen', { readings: postReadings() }, stranger)).err?.message).toMatch(/Refused "feedSeen"/);
    expect((await send('feedSeen', { readings: [{ platform: 'x' }] })).err?.message).toMatch(/malformed/);
    expect(await db().posts.count()).toBe(0);
  });
});

describe('linking a post seen in a feed to its deliverable', () => {
  const deliverable = (id: string, creatorId: string, patch: Partial<Deliverable> = {}): Deliverable => ({
    id, creatorId, campaignId: 'launch', agreementId: null, type: 'tweet', platform: 'x', count: 1, description: '', draftDueAt: null, publishDueAt: NOW,
    status: 'approved', rounds: [], postUrl: '', postId: null, publishedAt: null, verifiedAt: null, createdAt: NOW, updatedAt: NOW, ...patch,
  });

  async function seed() {
    stop = [...registerMessageHandlers(() => NOW), ...registerFeedHandlers(() => NOW)];
    await send('saveProfile', { reading: { ...profileReadingOf(card('realDonaldTrump'), postOf(card('realDonaldTrump')), 'x', 'en'), posts: [] } });
    await send('saveProfile', { reading: { ...profileReadingOf(card('MyDaughtersArmy'), postOf(card('MyDaughtersArmy')), 'x', 'en'), posts: [] } });
    const trump = (await db().accounts.get('x:realdonaldtrump'))!.creatorId;
    const greg = (await db().accounts.get('x:mydaughtersarmy'))!.creatorId;
    await db().campaigns.add(makeCampaign({ id: 'launch', name: 'Launch', goal: 'engagement' }, [{ creatorId: trump, fee: 1000 }]));
    // An approved tweet, a story on Instagram (not on this feed's site) and one already published.
    await db().deliverables.bulkAdd([
      deliverable('tweet-1', trump),
      deliverable('story-1', trump, { type: 'story', platform: 'instagram' }),
      deliverable('old-1', trump, { status: 'verified', postId: 'x:1', campaignId: null }),
      deliverable('greg-1', greg, { campaignId: null }),
    ]);
    return { trump, greg };
  }

  it('tells the chip the creator’s open deliverables on this site and the posts already linked', async () => {
    await seed();
    const states = (await send('feedStates', { accountIds: ['x:realdonaldtrump', 'x:jeffreyguterman'] })).res as ChipState[];
    expect(states[0]).toMatchObject({
      saved: true,
      deliverables: { open: [{ id: 'tweet-1', title: 'Tweet on X', status: 'approved', campaignName: 'Launch' }], linkedPostIds: ['x:1'] },
    });
    expect(states[1]).toEqual({ saved: false, accountId: 'x:jeffreyguterman' });
  });

  it('links the card’s post from the chip and fills the results with the precision the card showed (78.6K likes)', async () => {
    await seed();
    const answer = await send('linkPost', { deliverableId: 'tweet-1', reading: postReadingOf(card('realDonaldTrump'), postOf(card('realDonaldTrump')), 'x', 'en') });
    expect(answer.err).toBeUndefined();
    expect(linkedMessage(answer.res as never)).toBe('Linked to “Tweet on X”: published and verified. Its likes are in the results of “Launch”.');
    expect(await db().deliverables.get('tweet-1')).toMatchObject({ status: 'verified', postId: 'x:1222907250383245320', postUrl: 'https://twitter.com/realDonaldTrump/status/1222907250383245320' });
    const member = (await db().campaigns.get('launch'))!.creators[0]!;
    expect([member.results.likes, member.results.comments, member.resultsPrecision]).toEqual([78_600, null, { likes: 100 }]);
  });

  it('refuses a post by someone else, and a post of another site, linking nothing', async () => {
    await seed();
    const greg = await send('linkPost', { deliverableId: 'tweet-1', reading: postReadingOf(card('MyDaughtersArmy'), postOf(card('MyDaughtersArmy')), 'x', 'en') });
    expect(greg.err?.message).toBe('This post is not by the creator of this deliverable, so it was not linked.');
    const tiktok = { ...contentScript, url: 'https://www.tiktok.com/foryou' };
    expect((await send('linkPost', { deliverableId: 'tweet-1', reading: postReadingOf(card('realDonaldTrump'), postOf(card('realDonaldTrump')), 'x', 'en') }, tiktok)).err?.message).toMatch(/may only report its own site/);
    expect((await db().deliverables.get('tweet-1'))!.status).toBe('approved');
    expect((await db().campaigns.get('launch'))!.creators[0]!.results.likes).toBeNull();
  });
});

