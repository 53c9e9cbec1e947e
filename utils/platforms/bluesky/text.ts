// Small shared pieces of the Bluesky adapter.
import { textOf } from '../page-data';

/** Longest handle or id the extraction schema stores (Bluesky allows longer handles; we do not guess). */
export const MAX_ID = 100;
// A handle is a domain name ("stephenking.bsky.social"); a DID is "did:plc:…" or "did:web:…".
export const HANDLE = /^(?=.{3,100}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
export const DID = /^did:(?:plc|web):[A-Za-z0-9._:%-]{1,90}$/;
/** A handle or DID as it appears in a link path (`/profile/<id>/…`). */
export const PROFILE_LINK = '[A-Za-z0-9._:%-]{1,100}';

// The badge next to a verified account's name (social-app VerificationCheckButton: "View this user's
// verifications"; on one's own profile "View your verifications"). English labels only.
export const VERIFIED_BADGE = '[aria-label="View this user\'s verifications"], [aria-label="View your verifications"]';

// Bluesky wraps names in bidi isolation marks ("‪Stephen King‬") so mixed scripts display right.
const BIDI_MARKS = /[\u202a-\u202e\u2066-\u2069]/gu;

/** Visible text with whitespace collapsed and bidi marks removed. */
export function cleanText(el: Element | null | undefined): string | null {
  const text = textOf(el)?.replace(BIDI_MARKS, '').trim();
  return text ? text : null;
}

/**
 * Whether the account is verified: the badge is the only sign, and its label is English. Without a
 * badge, "not verified" is known only on an English page that shows the name; elsewhere it is unknown.
 */
export function verifiedState(badge: boolean, nameShown: boolean, lang: string | null): boolean | null {
  if (badge) return true;
  return nameShown && (lang ?? '').toLowerCase().startsWith('en') ? false : null;
}
