// The fields a CSV column can be imported as, and a first guess of each column's field from its
// header (and, when the header says nothing, from its values).
import type { Platform } from '@/utils/model/reading';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { platformName } from '@/utils/format';
import { siteOf } from '@/utils/platforms/sites';
import { accountFromUrl, looksLikeUrl, platformFromText } from './accounts';
import type { CsvRow } from './parse';

export const CREATOR_FIELDS = [
  'name',
  'status',
  'tags',
  'strengths',
  'email',
  'otherContact',
  'location',
  'language',
  'notes',
  'ambassador',
  'owner',
] as const;
export const ACCOUNT_FIELDS = ['platform', 'handle', 'profileUrl', 'followers', 'followersPrecision'] as const;

/** A column holding handles or profile addresses of one platform ("Instagram", "TikTok URL"). */
export type PlatformColumnField = Platform;
export type ImportField = (typeof CREATOR_FIELDS)[number] | (typeof ACCOUNT_FIELDS)[number] | PlatformColumnField | 'ignore';

/** One field per column, by column position. */
export type ColumnMapping = ImportField[];

export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  name: 'Name',
  platform: 'Platform',
  handle: 'Handle',
  profileUrl: 'Profile URL',
  followers: 'Followers',
  followersPrecision: 'Followers precision',
  status: 'Status',
  tags: 'Tags',
  strengths: 'Strengths',
  email: 'Email',
  otherContact: 'Other contact',
  location: 'Location',
  language: 'Language',
  notes: 'Notes',
  ambassador: 'Ambassador',
  owner: 'Owner',
  instagram: 'Instagram handle or URL',
  tiktok: 'TikTok handle or URL',
  youtube: 'YouTube handle or URL',
  x: 'X handle or URL',
  bluesky: 'Bluesky handle or URL',
  ignore: 'Ignore this column',
};

/** The choices of a mapping <select>, in the order a user looks for them. */
export const FIELD_CHOICES: readonly ImportField[] = [
  'ignore',
  'name',
  'platform',
  'handle',
  'profileUrl',
  ...PLATFORMS,
  'followers',
  'followersPrecision',
  'status',
  'tags',
  'strengths',
  'email',
  'otherContact',
  'location',
  'language',
  'notes',
  'ambassador',
  'owner',
];

export function isPlatformField(field: ImportField): field is PlatformColumnField {
  return (PLATFORMS as readonly string[]).includes(field);
}

/** What a field is called in a message: "Followers", "Instagram handle or URL". */
export function fieldLabel(field: ImportField | 'row'): string {
  return field === 'row' ? 'Row' : FIELD_LABELS[field];
}

// Header names (lowercased, with anything but letters, digits and "@" removed) and their field.
const HEADER_SYNONYMS: ReadonlyArray<[ImportField, readonly string[]]> = [
  ['name', ['name', 'fullname', 'creator', 'creatorname', 'influencer', 'influencername', 'displayname', 'contactname', 'person', 'talent']],
  ['platform', ['platform', 'network', 'socialnetwork', 'socialplatform', 'socialmedia', 'channeltype', 'site']],
  ['handle', ['handle', 'username', 'user', 'username', '@', 'account', 'accountname', 'screenname', 'userhandle', 'socialhandle']],
  ['profileUrl', ['url', 'link', 'profile', 'profileurl', 'profilelink', 'linktoprofile', 'profileaddress', 'accounturl', 'channelurl', 'channel']],
  ['followers', ['followers', 'followercount', 'followerscount', 'nooffollowers', 'numberoffollowers', 'subscribers', 'subscribercount', 'subs', 'audience', 'audiencesize', 'fans']],
  ['followersPrecision', ['followersprecision', 'followerprecision', 'followersaccuracy', 'subscribersprecision']],
  ['status', ['status', 'stage', 'pipeline', 'pipelinestage', 'pipelinestatus', 'state']],
  ['tags', ['tags', 'tag', 'labels', 'label', 'categories', 'category', 'niche', 'niches', 'topics']],
  ['strengths', ['strengths', 'strength', 'skills', 'contenttype', 'contentstrengths']],
  ['email', ['email', 'emailaddress', 'mail', 'contactemail', 'businessemail']],
  ['otherContact', ['othercontact', 'phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'whatsapp', 'contact', 'contactinfo', 'manager', 'agent', 'agency']],
  ['location', ['location', 'city', 'country', 'region', 'basedin', 'place']],
  ['language', ['language', 'languages', 'lang', 'locale']],
  ['notes', ['notes', 'note', 'comments', 'comment', 'remarks', 'description']],
  ['ambassador', ['ambassador', 'brandambassador', 'isambassador']],
  ['owner', ['owner', 'ownedby', 'assignedto', 'accountowner', 'teammember']],
];
const SYNONYM_TO_FIELD = new Map<string, ImportField>(HEADER_SYNONYMS.flatMap(([field, names]) => names.map((n) => [n, field] as const)));

// Words that make a header about followers whatever platform it names ("Instagram followers").
const COUNT_WORDS = /followers|subscribers|subs\b|fans|audience/;
// Words that make a header about a handle or profile ("TikTok URL", "IG handle", "YouTube channel").
const ACCOUNT_WORDS = /^(handle|username|user|url|link|profile|profileurl|profilelink|account|channel|page|id)?$/;

function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/e-mail/g, 'email').replace(/[^a-z0-9@]/g, '');
}

function guessFromHeader(header: string): ImportField | null {
  const key = normalizeHeader(header);
  const exact = SYNONYM_TO_FIELD.get(key);
  if (exact) return exact;
  const words = header.toLowerCase().replace(/e-mail/g, 'email');
  if (COUNT_WORDS.test(words)) return 'followers';
  // "Instagram", "IG handle", "TikTok URL", "X (Twitter)": a platform name plus, at most, an
  // account word.
  for (const platform of PLATFORMS) {
    for (const alias of platformAliases(platform)) {
      if (key.startsWith(alias) && ACCOUNT_WORDS.test(key.slice(alias.length))) return platform;
    }
  }
  if (/\bemail\b/.test(words)) return 'email';
  if (/\burl\b|\blink\b/.test(words)) return 'profileUrl';
  if (/\bhandle\b|\busername\b/.test(words)) return 'handle';
  if (/\bname\b/.test(words)) return 'name';
  return null;
}

function platformAliases(platform: Platform): readonly string[] {
  return siteOf(platform).csvAliases;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A guess from what a column holds, for a header that says nothing ("Column C"). */
function guessFromValues(values: string[]): ImportField | null {
  if (values.length === 0) return null;
  const all = (test: (v: string) => boolean) => values.every(test);
  if (all((v) => looksLikeUrl(v) && accountFromUrl(v) !== null)) return 'profileUrl';
  if (all((v) => EMAIL.test(v))) return 'email';
  if (all((v) => platformFromText(v) !== null)) return 'platform';
  if (all((v) => /^@[\w.]+$/.test(v))) return 'handle';
  return null;
}

/** Up to `count` non-empty values of a column, for guesses and for showing a sample. */
export function sampleValues(rows: readonly CsvRow[], column: number, count = 5): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = row.cells[column]?.trim();
    if (value) values.push(value);
    if (values.length >= count) break;
  }
  return values;
}

/**
 * A first mapping of each column to a field: by header name (case-insensitive, common synonyms),
 * else by the values the column holds, else "ignore". The user reviews it before anything happens.
 */
export function guessMapping(columns: readonly string[], rows: readonly CsvRow[]): ColumnMapping {
  return columns.map((header, i) => {
    const byHeader = guessFromHeader(header);
    const byValues = () => guessFromValues(sampleValues(rows, i, 20));
    // "Contact" or "Channel" say little: the values tell an email or a profile address apart.
    if (byHeader === 'otherContact' || byHeader === 'profileUrl' || byHeader === 'handle') {
      const seen = byValues();
      if (seen === 'email' || (seen === 'profileUrl' && byHeader !== 'profileUrl')) return seen;
    }
    return byHeader ?? byValues() ?? 'ignore';
  });
}

/** Why a mapping cannot identify any account, or null when it can. */
export function mappingProblem(mapping: ColumnMapping): string | null {
  const identifies = mapping.some((f) => f === 'handle' || f === 'profileUrl' || isPlatformField(f));
  if (identifies) return null;
  const platforms = PLATFORMS.map(platformName).join(', ');
  return `No column is set to Handle, Profile URL or a platform (${platforms}), so no row can be matched to an account. Choose which column holds the handles or profile addresses.`;
}
