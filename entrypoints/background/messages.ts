import { storageErrorMessage } from '@/storage/errors';
import { getAccountState, saveViewedProfile } from '@/storage/profiles';
import { onRequest, RefusedMessageError } from '@/utils/messaging';

function sameSite(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const site = (href: string) => new URL(href).hostname.split('.').slice(-2).join('.');
  return site(a) === site(b);
}

/** Rethrow a storage failure as a sentence the popup or badge can show as it is. */
async function withStorageMessages<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(storageErrorMessage(error), { cause: error });
  }
}

/**
 * The background is the only writer on behalf of content scripts and the popup: they cannot (or
 * should not) open the database themselves.
 */
export function registerMessageHandlers(now: () => number = Date.now): Array<() => void> {
  return [
    onRequest('saveProfile', ['extension-page', 'content-script'], ({ reading }, sender) => {
      // A content script may only save what its own site shows.
      if (sender.kind === 'content-script' && !sameSite(reading.url, sender.url)) {
        throw new RefusedMessageError('Refused "saveProfile": a page may only save its own profile.');
      }
      return withStorageMessages(() => saveViewedProfile(reading, { now: now() }));
    }),
    onRequest('accountState', ['extension-page', 'content-script'], ({ accountId }) =>
      withStorageMessages(() => getAccountState(accountId)),
    ),
  ];
}
