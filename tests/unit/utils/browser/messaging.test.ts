import { describe, expect, it } from 'vitest';
import { REQUESTS } from '@/utils/browser/messages/requests';
import { checkRequest, classifySender, RefusedMessageError } from '@/utils/browser/messaging';
import { plutoReading } from '../../../helpers/readings';

const own = { id: 'our-id', baseUrl: 'chrome-extension://our-id/' };
const popup = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const instagramTab = { id: 'our-id', url: 'https://www.instagram.com/pluto__travel/', tab: { id: 7 } };

describe('classifySender', () => {
  it('knows our own pages and our content scripts on supported sites', () => {
    expect(classifySender(popup, own.id, own.baseUrl)).toBe('extension-page');
    expect(classifySender(instagramTab, own.id, own.baseUrl)).toBe('content-script');
    expect(classifySender({ ...instagramTab, url: 'https://bsky.app/profile/x' }, own.id, own.baseUrl)).toBe(
      'content-script',
    );
  });

  it('refuses other extensions, unsupported sites and look-alike hosts', () => {
    expect(classifySender({ ...popup, id: 'someone-else' }, own.id, own.baseUrl)).toBeNull();
    expect(classifySender({ url: popup.url }, own.id, own.baseUrl)).toBeNull();
    expect(classifySender({ ...instagramTab, url: 'https://evil.example/' }, own.id, own.baseUrl)).toBeNull();
    expect(classifySender({ ...instagramTab, url: 'https://instagram.com.evil.example/' }, own.id, own.baseUrl)).toBeNull();
    expect(classifySender({ ...instagramTab, url: 'https://notinstagram.com/' }, own.id, own.baseUrl)).toBeNull();
    expect(classifySender({ ...instagramTab, url: 'http://www.instagram.com/' }, own.id, own.baseUrl)).toBeNull();
  });
});

describe('checkRequest', () => {
  it('accepts a well-formed request from an allowed sender', () => {
    const reading = plutoReading();
    const { data, kind } = checkRequest('saveProfile', REQUESTS.saveProfile, { reading }, popup, ['extension-page'], own);
    expect(kind).toBe('extension-page');
    expect(data.reading).toEqual(reading);
  });

  it('refuses a message from a stranger', () => {
    expect(() =>
      checkRequest('accountState', REQUESTS.accountState, { accountId: 'instagram:x' }, { id: 'other', url: 'chrome-extension://other/' }, ['extension-page'], own),
    ).toThrow(RefusedMessageError);
  });

  it('refuses a sender kind the request does not accept', () => {
    expect(() => checkRequest('readPage', REQUESTS.readPage, {}, instagramTab, ['extension-page'], own)).toThrow(/did not come from/);
  });

  it('refuses malformed data and says what is wrong', () => {
    const reading = { ...plutoReading(), counts: { followers: { value: -5 } } };
    expect(() => checkRequest('saveProfile', REQUESTS.saveProfile, { reading }, popup, ['extension-page'], own)).toThrow(/malformed.*reading/);
    expect(() => checkRequest('accountState', REQUESTS.accountState, { accountId: 42 }, popup, ['extension-page'], own)).toThrow(
      /malformed.*accountId/,
    );
  });
});
