// Where a written message goes: an email draft (`mailto:`) or the creator's messages on their
// platform, and when to follow up. Pure: `now` comes in from outside; dates are on the user's
// local calendar (the time zone of the Date object).
import type { Account } from '@/utils/model/schemas';
import { platformName } from '@/utils/format';
import { siteOf } from '@/utils/platforms/sites';
import { daysLaterAt, DEFAULT_FOLLOW_UP_DAYS, DEFAULT_REMINDER_HOUR } from '@/utils/reminder-schedule';
import { parseDateInput } from '@/utils/date-input';
import { encodeText } from '@/utils/text';

/** CRLF, as RFC 6068 asks for line breaks in a mailto body. */
function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * A `mailto:` link to `to` with the subject and body, every part percent-encoded so nothing in the
 * message (an `&`, a `?`, a line break) can change the link. The `@` stays as it is.
 */
export function mailtoLink(to: string, subject: string, body: string): string {
  const at = to.lastIndexOf('@');
  const address = at < 0 ? encodeText(to) : `${encodeText(to.slice(0, at))}@${encodeText(to.slice(at + 1))}`;
  return `mailto:${address}?subject=${encodeText(crlf(subject))}&body=${encodeText(crlf(body))}`;
}

export interface MessageLink {
  url: string;
  /** "messages" opens a conversation with them; "profile" opens their page (the platform has no such link). */
  opens: 'messages' | 'profile';
  label: string;
  /** Why it opens the profile, where it does. */
  note: string | null;
}

function isWebAddress(url: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The link that gets the user to messaging this account: the conversation where the platform has one, else the profile. */
export function messageLink(account: Pick<Account, 'platform' | 'handle' | 'url'>): MessageLink {
  const handle = encodeText(account.handle.replace(/^@/, ''));
  const name = platformName(account.platform);
  const site = siteOf(account.platform);
  if (site.messages.url) {
    return { url: site.messages.url(handle), opens: 'messages', label: `Open ${name} messages`, note: null };
  }
  const url = isWebAddress(account.url) ? account.url : site.messageProfileUrl(handle);
  return { url, opens: 'profile', label: `Open ${name} profile`, note: site.messages.note };
}

/** The suggested follow-up time: five days later, at 10:00 local time. */
export function defaultFollowUpAt(now: number): number {
  return daysLaterAt(now, DEFAULT_FOLLOW_UP_DAYS, DEFAULT_REMINDER_HOUR);
}

/** A follow-up date input's value at `hour`:00 local time (10:00 unless given), or null when it is not a date. */
export function fromDateInput(value: string, hour = DEFAULT_REMINDER_HOUR): number | null {
  const at = parseDateInput(value, hour);
  return at === null || Number.isNaN(at) ? null : at;
}
