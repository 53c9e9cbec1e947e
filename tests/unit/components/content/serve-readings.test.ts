import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EmptyRequest, readPage, serveReadings } from '@/components/content/serve-readings';
import { emptyReading, type PlatformAdapter } from '@/utils/platforms/adapter';
import { ExtractionSchema } from '@/utils/model/reading';
import { REQUESTS } from '@/utils/browser/messages/requests';
import { checkRequest } from '@/utils/browser/messaging';

const UNREADABLE = 'Creator Scout could not read this page.';
const URL_ = new URL('https://www.tiktok.com/@ana');

function adapter(overrides: Partial<PlatformAdapter> = {}): PlatformAdapter {
  return {
    platform: 'tiktok',
    hosts: ['tiktok.com'],
    pageType: () => 'profile',
    profileHandle: () => 'ana',
    readySelector: () => null,
    extract: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'user')");
    },
    ...overrides,
  };
}

describe('readPage', () => {
  it('turns an adapter that throws into an empty reading that says the page could not be read', () => {
    const reading = readPage(adapter(), document, URL_);
    expect(reading).toMatchObject({
      platform: 'tiktok',
      pageType: 'profile',
      url: URL_.href,
      handle: null,
      verified: null,
      posts: [],
      displayName: { missing: UNREADABLE },
      bio: { missing: UNREADABLE },
    });
    for (const field of Object.values(reading.counts)) expect(field).toEqual({ missing: UNREADABLE });
    expect(reading.tookMs).toBeGreaterThanOrEqual(0);
    // It crosses to the extension like any reading: it must pass the same schema.
    expect(ExtractionSchema.safeParse(reading).success).toBe(true);
  });

  it('still answers when the adapter cannot even tell the page type', () => {
    const broken = adapter({
      pageType: () => {
        throw new Error('no');
      },
    });
    expect(readPage(broken, document, URL_)).toMatchObject({ pageType: 'other', displayName: { missing: UNREADABLE } });
  });

  it('passes a working adapter’s reading through, with the time it took', () => {
    const read = { ...emptyReading('tiktok', 'profile', URL_, document, 'Not shown.'), handle: 'ana' };
    const reading = readPage(adapter({ extract: () => read }), document, URL_);
    expect(reading).toEqual({ ...read, tookMs: expect.any(Number) });
  });
});

describe('the readPage request check (no zod in content scripts)', () => {
  const own = { id: 'our-id', baseUrl: 'chrome-extension://our-id/' };
  const popup = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
  const outcome = (schema: typeof EmptyRequest, data: unknown) => {
    try {
      return { data: checkRequest('readPage', schema, data, popup, ['extension-page'], own).data };
    } catch (error) {
      return { error: String(error) };
    }
  };

  it.each([
    ['an empty object', {}],
    ['an object with a key', { tabId: 7 }],
    ['a string', 'read'],
    ['null', null],
    ['nothing', undefined],
    ['an array', []],
    ['a number', 5],
    ['a boolean', true],
  ])('answers %s as zod’s z.strictObject({}) did', (_, data) => {
    expect(outcome(EmptyRequest, data)).toEqual(outcome(REQUESTS.readPage, data));
  });

  it('accepts only a plain object with no keys of its own', () => {
    expect(EmptyRequest.safeParse({})).toEqual({ success: true, data: {} });
    expect(EmptyRequest.safeParse(Object.create(null)).success).toBe(true);
    for (const bad of [{ a: undefined }, Object.defineProperty({}, 'hidden', { value: 1 }), { [Symbol('s')]: 1 }, new Date(0), new Map(), [], '', 0, null]) {
      expect(EmptyRequest.safeParse(bad)).toEqual({ success: false, error: { issues: [{ path: [], message: 'Invalid input' }] } });
    }
  });
});

describe('serveReadings', () => {
  let stops: Array<() => void> = [];
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
  });
  const ctx = { onInvalidated: (stop: () => void) => void stops.push(stop) } as unknown as ContentScriptContext;
  const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

  async function send(data: unknown) {
    const answers = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type: 'readPage', data, timestamp: 0 }, popupSender());
    return answers.find(Boolean) as { res?: { handle: string | null; displayName: unknown }; err?: { message: string } };
  }

  it('answers the popup with the reading, and a clear one when the adapter throws', async () => {
    serveReadings(ctx, adapter());
    const answer = await send({});
    expect(answer.err).toBeUndefined();
    expect(answer.res).toMatchObject({ handle: null, displayName: { missing: UNREADABLE } });
  });

  it('refuses a request that carries anything, as before', async () => {
    serveReadings(ctx, adapter());
    const answer = await send({ tabId: 7 });
    expect(answer.err?.message).toBe('Refused "readPage": the message was malformed (message: Invalid input).');
  });
});
