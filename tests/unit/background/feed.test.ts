import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFeedHandlers } from '@/entrypoints/background/feed';
import { registerMessageHandlers } from '@/entrypoints/background/messages';
import { logOutreach } from '@/storage/outreach';
import { createTemplate } from '@/storage/templates';
import { postReadingOf, profileReadingOf } from '@/utils/feed/readings';
import type { FeedCard } from '@/utils/feed/types';
import { xFeed } from '@/utils/platforms/x/feed';
import { withFreshDatabase } from '../../helpers/db';
import { listFixtures, parsePage } from '../../helpers/fixtures';

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
const postReadings = () => cards.map((c) => postReadingOf(c, 'x', 'en')!);

describe('feed handlers', () => {
  it('saves a creator from a chip with what the card shows: name, link and post; no counts invented', async () => {
    stop = [...registerMessageHandlers(() => NOW), ...registerFeedHandlers(() => NOW)];
    const answer = await send('saveProfile', { reading: profileReadingOf(card('JeffreyGuterman'), 'x', 'en') });
    expect(answer.err).toBeUndefined();
    const account = await db().accounts.get('x:jeffreyguterman');
    expect(account).toMatchObject({ url: 'https://twitter.com/JeffreyGuterman', followers: null, verified: true });
    expect((await db().creators.get(account!.creatorId))?.displayName).toBe('Dr. Jeffrey Guterman');
    const posts = await db().posts.where('accountId').equals('x:jeffreyguterman').toArray();
    expect(posts.map((p) => [p.id, p.counts.likes?.value, p.counts.comments?.value, p.counts.views])).toEqual([
      ['x:1222907314199396352', 828, 117, undefined],
    ]);
  });

  it('records feed posts for roster creators and never the same post twice', async () => {
    stop = [...registerMessageHandlers(() => NOW), ...registerFeedHandlers(() => NOW)];
    await send('saveProfile', { reading: { ...profileReadingOf(card('JeffreyGuterman'), 'x', 'en'), posts: [] } });
    const first = await send('feedSeen', { readings: postReadings() });
    expect(first.res).toEqual({ roster: 1, cache: 2, ignored: 0 });
    await send('feedSeen', { readings: postReadings() });
    expect(await db().posts.count()).toBe(1);
  });

  it('brings the posts already seen in a feed when the creator is saved later', async () => {
    stop = [...registerMessageHandlers(() => NOW), ...registerFeedHandlers(() => NOW)];
    await send('feedSeen', { readings: postReadings() });
    expect(await db().posts.count()).toBe(0);
    await send('saveProfile', { reading: { ...profileReadingOf(card('MyDaughtersArmy'), 'x', 'en'), posts: [] } });
    const posts = await db().posts.where('accountId').equals('x:mydaughtersarmy').toArray();
    expect(posts.map((p) => [p.id, p.counts.likes?.value, p.counts.shares?.value])).toEqual([['x:1222907451726618630', 46, 8]]);
  });

  it('tells the chip who is on the roster, their stage and when and with which template they were contacted', async () => {
    stop = [...registerMessageHandlers(() => NOW), ...registerFeedHandlers(() => NOW)];
    const saved = (await send('saveProfile', { reading: profileReadingOf(card('MyDaughtersArmy'), 'x', 'en') })).res as { creatorId: string };
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
