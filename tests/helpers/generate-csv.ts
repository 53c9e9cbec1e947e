// A realistic roster spreadsheet of any size, for the import's end-to-end test and benchmark:
// the columns and formats people keep in their own sheets (handles with or without "@", profile
// addresses instead of handles, "12,345" and "12.3K" followers, stages in words, notes with
// commas, quotes and line breaks, accented names). Deterministic: the same n gives the same file.
import Papa from 'papaparse';

const FIRST = [
  'Ana', 'José', 'Zoë', 'Liam', 'Maya', 'Noah', 'Inês', 'Kenji', 'Amara', 'Lucas', 'Sofía', 'Omar', 'Chloé', 'Mateo', 'Priya',
  'Elias', 'Nora', 'Diego', 'Yara', 'Felix', 'Lea', 'Hugo', 'Aiko', 'Malik', 'Elif', 'Jonas', 'Marta', 'Rafael', 'Sara', 'Tomás',
  'Ivy', 'Leo', 'Nina', 'Oscar', 'Rosa', 'Sven', 'Tara', 'Uma', 'Viktor', 'Wen',
] as const;
const LAST = [
  'Souza', 'García', 'Müller', 'Okafor', 'Tanaka', 'Rossi', 'Novak', 'Silva', 'Dubois', 'Kowalski', 'Haddad', 'Larsen', 'Moreau',
  'Costa', 'Yilmaz', 'Berg', 'Santos', 'Ivanova', 'Nakamura', 'Fischer', 'Lopez', 'Kim', 'Patel', 'Andersen', 'Romero',
] as const;
const PLATFORMS = ['Instagram', 'TikTok', 'YouTube', 'X', 'Bluesky'] as const;
const STAGES = ['Prospect', 'shortlisted', 'Contacted', 'replied', 'Negotiating', 'content in progress', 'Nurturing'] as const;
const TAGS = ['travel', 'food', 'fitness', 'beauty', 'tech', 'parenting', 'books', 'gaming', 'fashion', 'outdoors'] as const;
const CITIES = ['Lisbon', 'Madrid', 'Berlin', 'São Paulo', 'Tokyo', 'Austin, TX', 'Lagos', 'Paris', 'Milan', 'Seoul'] as const;
const LANGUAGES = ['en', 'es', 'pt', 'de', 'fr', 'ja', 'it', 'ko'] as const;
const NOTES = [
  '',
  'Met at the Lisbon fair, loves trains',
  'Replied fast; asked for "usage rights" details',
  'Prefers email.\nAvailable from March',
  'Did a gifting round in 2025, good results',
] as const;

export const GENERATED_CSV_COLUMNS = ['Name', 'Platform', 'Username', 'Profile URL', 'Followers', 'Stage', 'Tags', 'E-mail', 'Location', 'Language', 'Notes'];

/** A small, fast, seeded random generator (mulberry32), so files are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

function handleFor(platform: (typeof PLATFORMS)[number], first: string, last: string, i: number): string {
  const base = `${ascii(first)}${ascii(last)}`;
  switch (platform) {
    case 'X':
      return `${base.slice(0, 9)}_${i}`; // X allows 15 characters
    case 'Bluesky':
      return `${base}${i}.bsky.social`;
    default:
      return `${ascii(first)}.${ascii(last)}${i}`;
  }
}

function urlFor(platform: (typeof PLATFORMS)[number], handle: string): string {
  switch (platform) {
    case 'Instagram':
      return `https://www.instagram.com/${handle}/`;
    case 'TikTok':
      return `https://www.tiktok.com/@${handle}`;
    case 'YouTube':
      return `https://www.youtube.com/@${handle}`;
    case 'X':
      return `https://x.com/${handle}`;
    case 'Bluesky':
      return `https://bsky.app/profile/${handle}`;
  }
}

function followersText(followers: number, style: number): string {
  if (style === 0) return followers.toLocaleString('en-US'); // 12,345
  if (style === 1 && followers >= 10_000) return `${(followers / 1000).toFixed(1)}K`; // 12.3K
  if (style === 2 && followers >= 1_000_000) return `${(followers / 1e6).toFixed(1)}M`;
  return String(followers);
}

/**
 * `n` creators, one row each, every account distinct and valid: imported into an empty roster they
 * are `n` new creators and no rejected rows. Some rows give a profile address instead of a handle
 * and platform, some only a handle with "@".
 */
export function generateRosterCsv(n: number, seed = 42): string {
  const rand = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    // Past every first × last pair, a middle initial keeps names distinct.
    const round = Math.floor(i / (FIRST.length * LAST.length));
    const name = round === 0 ? `${first} ${last}` : `${first} ${String.fromCharCode(65 + ((round - 1) % 26))}${round > 26 ? round : ''}. ${last}`;
    const platform = pick(PLATFORMS);
    const handle = handleFor(platform, first, last, i);
    const followers = Math.floor(10 ** (2 + rand() * 5));
    const byUrl = rand() < 0.25;
    rows.push([
      name,
      byUrl ? '' : platform,
      byUrl ? '' : rand() < 0.3 ? `@${handle}` : handle,
      byUrl ? urlFor(platform, handle) : '',
      followersText(followers, Math.floor(rand() * 3)),
      rand() < 0.2 ? '' : pick(STAGES),
      [pick(TAGS), pick(TAGS)].join('; '),
      rand() < 0.5 ? `${ascii(first)}.${ascii(last)}${i}@example.com` : '',
      pick(CITIES),
      pick(LANGUAGES),
      pick(NOTES),
    ]);
  }
  return Papa.unparse({ fields: GENERATED_CSV_COLUMNS, data: rows }, { newline: '\r\n' });
}
