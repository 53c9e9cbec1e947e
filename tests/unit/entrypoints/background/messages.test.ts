// @vitest-environment jsdom
// jsdom: the background reads navigator.userAgent, which Node 20 lacks.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '@/entrypoints/background/messages';
import { LAST_SEEN_TTL_MS, lastSeenIn } from '@/utils/browser/last-seen';
import { withFreshDatabase } from '../../../helpers/db';
import { plutoReading } from '../../../helpers/readings';

// The background's real listeners, driven through the fake browser's runtime.onMessage with the
// sender a real browser would attach.

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 10, 20, 10);
let stop: Array<() => void> = [];
afterEach(() => stop.forEach((fn) => fn()));

const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

async function send(type: string, data: unknown, sender: object) {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: NOW }, sender);
  return answers.find(Boolean) as { res?: unknown; err?: { message: string } };
}

describe('background message handlers', () => {
  it('saves a profile sent by the popup', async () => {
    stop = registerMessageHandlers(() => NOW);
    const answer = await send('saveProfile', { reading: plutoReading() }, popupSender());
    expect(answer.err).toBeUndefined();
    expect(answer.res).toMatchObject({ accountId: 'instagram:pluto__travel', created: true });
    expect(await db().accounts.get('instagram:pluto__travel')).toMatchObject({ followers: 2362, lastSeenAt: NOW });
  });

  it('answers whether an account is saved', async () => {
    stop = registerMessageHandlers(() => NOW);
    await send('saveProfile', { reading: plutoReading() }, popupSender());
    const answer = await send('accountState', { accountId: 'instagram:pluto__travel' }, popupSender());
    expect(answer.res).toMatchObject({ saved: true, creator: { displayName: 'Pluto' } });
  });

  it('answers no message whose type names a member of Object.prototype, and changes no prototype', async () => {
    stop = registerMessageHandlers(() => NOW);
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const answers = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data: { polluted: true }, timestamp: NOW }, popupSender());
      expect(answers.filter((a: unknown) => a !== undefined), type).toEqual([]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('stores no javascript: link and no impossible count from a reading, and says why', async () => {
    stop = registerMessageHandlers(() => NOW);
    const reading = plutoReading();
    for (const bad of [
      { ...reading, url: 'javascript:alert(document.domain)//https://www.instagram.com/pluto__travel/' },
      { ...reading, url: 'https://evil.example/pluto__travel/' },
      { ...reading, counts: { ...reading.counts, followers: { ...reading.counts.followers, value: 1e308 } } },
    ]) {
      const answer = await send('saveProfile', { reading: bad }, popupSender());
      expect(answer.err?.message).toBeTruthy();
    }
    expect(await db().accounts.count()).toBe(0);
    expect(await db().creators.count()).toBe(0);
  });

  it('refuses a stranger and writes nothing', async () => {
    stop = registerMessageHandlers(() => NOW);
    const answer = await send('saveProfile', { reading: plutoReading() }, { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' });
    expect(answer.err?.message).toMatch(/Refused "saveProfile"/);
    expect(await db().accounts.count()).toBe(0);
  });

  it('refuses a content script saving another site’s profile', async () => {
    stop = registerMessageHandlers(() => NOW);
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.tiktok.com/@someone', tab: { id: 3 } };
    const answer = await send('saveProfile', { reading: plutoReading() }, sender);
    expect(answer.err?.message).toMatch(/may only report its own site/);
    expect(await db().accounts.count()).toBe(0);
  });

  it('refuses malformed data with a clear message', async () => {
    stop = registerMessageHandlers(() => NOW);
    const answer = await send('saveProfile', { reading: { platform: 'myspace' } }, popupSender());
    expect(answer.err?.message).toMatch(/malformed/);
  });

  it('turns a full disk into a sentence the user can act on', async () => {
    stop = registerMessageHandlers(() => NOW);
    db().snapshots.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const answer = await send('saveProfile', { reading: plutoReading() }, popupSender());
    expect(answer.err?.message).toMatch(/disk is full.*nothing was lost/);
    expect(await db().creators.count()).toBe(0);
  });

  it('keeps what a badge was shown, for the popup opened on that tab and URL only', async () => {
    stop = registerMessageHandlers(() => NOW);
    const url = 'https://www.instagram.com/pluto__travel/';
    const badge = { id: fakeBrowser.runtime.id, url, tab: { id: 5 } };
    const answer = await send('profileSeen', { reading: plutoReading() }, badge);
    expect(answer.err).toBeUndefined();
    await expect.poll(() => lastSeenIn(5, url, NOW)).not.toBeNull();
    const seen = await lastSeenIn(5, url, NOW);
    expect(seen!.status).toEqual(answer.res);
    expect(seen!.reading).toEqual(plutoReading());
    // Another tab, another page in that tab, or half an hour later: nothing.
    expect(await lastSeenIn(6, url, NOW)).toBeNull();
    expect(await lastSeenIn(5, 'https://www.instagram.com/someone_else/', NOW)).toBeNull();
    expect(await lastSeenIn(5, url, NOW + LAST_SEEN_TTL_MS + 1)).toBeNull();
    // The popup's own request is not a badge: it keeps nothing.
    await send('profileSeen', { reading: plutoReading({ displayName: { value: 'Popup', source: 'meta' } }) }, popupSender());
    expect((await lastSeenIn(5, url, NOW))!.reading).toEqual(plutoReading());
  });
});
