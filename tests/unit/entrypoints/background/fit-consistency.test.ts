// @vitest-environment jsdom
// jsdom: the background reads navigator.userAgent, which Node 20 lacks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '@/entrypoints/background/messages';
import { updateCreator } from '@/storage/creators';
import { rescoreAll, rescoreCreator, scoreStoredAccount } from '@/storage/rescore';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { detectLanguage } from '@/utils/browser/detect-language';
import { DEFAULT_BRAND_PROFILE } from '@/utils/scoring/brand-profile';
import { withFreshDatabase } from '../../../helpers/db';
import { plutoReading } from '../../../helpers/readings';

// One fit for one set of inputs: what the badge shows before a save, what the save stores for the
// roster, what the popup shows a moment later and what the roster recomputes are the same number,
// and they move together when the creator or the brand profile changes.

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 10, 20, 10);
const MINUTE = 60_000;
let stop: Array<() => void> = [];
afterEach(() => stop.forEach((fn) => fn()));

const instagramTab = () => ({ id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/pluto__travel/', tab: { id: 4 } });

async function send(type: string, data: unknown) {
  const sender: object = instagramTab();
  const answers = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: NOW }, sender);
  const answer = answers.find(Boolean) as { res?: unknown; err?: { message: string } };
  if (answer.err) throw new Error(answer.err.message);
  return answer.res as { score: { fit: { score: number | null; components: Array<{ id: string; points: number; scored: boolean; reason: string }> } }; creatorId: string };
}

/** A Spanish-speaking creator on a site whose interface is in English (the page's lang is "en"). */
const reading = () => plutoReading({ language: 'en', bio: { value: 'Viajes en tren por España y Portugal. Fotografía y comida local.', source: 'meta' } });

beforeEach(async () => {
  // The browser's detector, as Chromium answers for this bio (the fake browser has none).
  vi.spyOn(fakeBrowser.i18n, 'detectLanguage').mockResolvedValue({ isReliable: true, languages: [{ language: 'es', percentage: 97 }] });
  await brandProfile.set({ ...DEFAULT_BRAND_PROFILE, nicheKeywords: ['viajes', 'tren'], languages: ['Spanish'], locations: ['Madrid'] });
});

describe('one fit for one set of inputs', () => {
  it('the badge before saving, the save, the popup after and the roster agree', async () => {
    let at = NOW;
    stop = registerMessageHandlers(() => at);
    const before = (await send('profileSeen', { reading: reading() })).score.fit;
    expect(before.score).not.toBeNull();
    // The creator's language is detected from the bio ("es"), not the page's "en", and matches "Spanish".
    expect(before.components.find((c) => c.id === 'language')).toMatchObject({ scored: true, points: 10, reason: 'Spanish (es) matches “Spanish”.' });

    at = NOW + MINUTE;
    const { creatorId } = await send('saveProfile', { reading: reading() });
    expect(await db().creators.get(creatorId)).toMatchObject({ language: 'es' });
    expect((await db().accounts.get('instagram:pluto__travel'))?.fitScore).toBe(before.score);

    at = NOW + 5 * MINUTE;
    const after = (await send('profileSeen', { reading: reading() })).score.fit;
    expect(after.score).toBe(before.score);
    expect((await db().accounts.get('instagram:pluto__travel'))?.fitScore).toBe(before.score);
    expect((await scoreStoredAccount('instagram:pluto__travel', await brandProfile.get(), detectLanguage))?.fit.score).toBe(before.score);
  });

  it('follows an edit of the creator and a change of the brand profile', async () => {
    stop = registerMessageHandlers(() => NOW);
    const { creatorId } = await send('saveProfile', { reading: reading() });
    const saved = (await db().accounts.get('instagram:pluto__travel'))!.fitScore!;

    // Located in Madrid: the location criterion now counts, in the stored fit too.
    await updateCreator(creatorId, { location: 'Madrid' }, NOW + MINUTE);
    expect(await rescoreCreator(creatorId, await brandProfile.get(), detectLanguage)).toBe(1);
    const located = (await db().accounts.get('instagram:pluto__travel'))!.fitScore!;
    expect(located).toBeGreaterThan(saved);
    expect((await send('profileSeen', { reading: reading() })).score.fit.score).toBe(located);

    // A brand that wants German speakers: the language no longer matches.
    const german = { ...DEFAULT_BRAND_PROFILE, nicheKeywords: ['viajes', 'tren'], languages: ['de'], locations: ['Madrid'] };
    await brandProfile.set(german);
    expect(await rescoreAll(german, detectLanguage)).toBe(1);
    const stored = (await db().accounts.get('instagram:pluto__travel'))!.fitScore!;
    expect(stored).toBeLessThan(located);
    expect((await send('profileSeen', { reading: reading() })).score.fit.score).toBe(stored);
  });

  it('leaves the language unknown when the browser cannot tell it reliably', async () => {
    vi.mocked(fakeBrowser.i18n.detectLanguage).mockResolvedValue({ isReliable: false, languages: [{ language: 'es', percentage: 40 }] });
    expect(await detectLanguage(['Viajes en tren por España y Portugal.'])).toBeNull();
    vi.mocked(fakeBrowser.i18n.detectLanguage).mockRejectedValue(new Error('not available'));
    expect(await detectLanguage(['Viajes en tren por España y Portugal.'])).toBeNull();
    // Too little text to say anything.
    vi.mocked(fakeBrowser.i18n.detectLanguage).mockResolvedValue({ isReliable: true, languages: [{ language: 'es', percentage: 100 }] });
    expect(await detectLanguage(['Hola'])).toBeNull();
    expect(await detectLanguage(['Viajes en tren por España y Portugal.'])).toBe('es');
  });
});
