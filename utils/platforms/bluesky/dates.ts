// When a Bluesky post was made. Its record key is usually a TID, which encodes the creation time in
// microseconds (UTC): exact and the same in every language. The page's own label ("January 26, 2026 at
// 7:50 PM") is in the browser's time zone and language, so it is only a check and a fallback.

// base32-sortable TID: 13 characters, the first one carrying the top (always zero) bit.
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
// Bluesky's first posts are from 2022; a "TID" outside these years is some other kind of key.
const EARLIEST = Date.UTC(2022, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);
// A local time differs from UTC by at most 14 hours; the label drops the seconds.
const MAX_ZONE_OFFSET_MS = 14 * 3600_000 + 60_000;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// "January 26, 2026 at 7:50 PM" (feed items' time links, 2026).
const ENGLISH_LABEL = /^([A-Za-z]+) (\d{1,2}), (\d{4})(?:,| at) (\d{1,2}):(\d{2})\s?([AP]M)$/i;

/** Creation time (epoch ms, UTC) encoded in a TID record key, or null when the key is not a TID. */
export function tidTime(rkey: string): number | null {
  if (!TID.test(rkey)) return null;
  // The first 11 characters are the 53-bit microsecond timestamp (the last 2 are a clock id): exact in a double.
  let micros = 0;
  for (const ch of rkey.slice(0, 11)) micros = micros * 32 + TID_ALPHABET.indexOf(ch);
  const ms = Math.floor(micros / 1000);
  return ms >= EARLIEST && ms < LATEST ? ms : null;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function englishLabel(label: string | null | undefined): WallClock | null {
  const match = label ? ENGLISH_LABEL.exec(label.trim()) : null;
  if (!match) return null;
  const month = MONTHS.indexOf(match[1]!.toLowerCase());
  const hour12 = Number(match[4]);
  if (month < 0 || hour12 < 1 || hour12 > 12) return null;
  const pm = match[6]!.toUpperCase() === 'PM';
  const hour = (hour12 % 12) + (pm ? 12 : 0);
  return { year: Number(match[3]), month, day: Number(match[2]), hour, minute: Number(match[5]) };
}

/**
 * When a post was made: its TID, unless the page's English label disagrees by more than a time zone
 * can explain (a backdated or imported post); then the label, read in the local time zone, which is
 * the one the page used to write it (the content script runs in the same browser). Null when neither
 * can be read.
 */
export function postTime(rkey: string, label: string | null | undefined): number | null {
  const fromKey = tidTime(rkey);
  const shown = englishLabel(label);
  if (!shown) return fromKey;
  const asUtc = Date.UTC(shown.year, shown.month, shown.day, shown.hour, shown.minute);
  if (fromKey !== null && Math.abs(fromKey - asUtc) <= MAX_ZONE_OFFSET_MS) return fromKey;
  const local = new Date(shown.year, shown.month, shown.day, shown.hour, shown.minute).getTime();
  return Number.isFinite(local) ? local : fromKey;
}
