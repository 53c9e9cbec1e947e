// One CSV row, read through the column mapping into what it says about a creator and their
// accounts — or every reason it cannot be imported, each naming the field and what is wrong.
import type * as z from 'zod';
import { CreatorSchema, MAX_COUNT, MEMBER_NAME_MAX, MemberNameSchema } from '@/utils/model/schemas';
import { parseCount, type ParsedCount } from '@/utils/counts';
import type { Platform } from '@/utils/model/reading';
import { platformName, statusLabel } from '@/utils/format';
import { DEFAULT_STAGES } from '@/utils/pipeline';
import { cleanTags } from '@/utils/tags';
import { accountFromHandle, accountFromUrl, looksLikeUrl, platformFromText, PLATFORM_LIST_TEXT, type AccountRef } from './accounts';
import { type CREATOR_FIELDS, fieldLabel, isPlatformField, type ColumnMapping, type ImportField } from './fields';
import type { CsvRow } from './parse';

export interface RowAccount extends AccountRef {
  /** Followers the file gives for this account (only the row's first account gets the row's followers). */
  followers: ParsedCount | null;
}

type CreatorField = (typeof CREATOR_FIELDS)[number];

/** What a row says; null or empty where its cell was empty (an empty cell never clears a field). */
export interface RowRecord {
  line: number;
  name: string | null;
  status: string | null;
  tags: string[];
  strengths: string[];
  email: string | null;
  otherContact: string | null;
  location: string | null;
  language: string | null;
  notes: string | null;
  ambassador: boolean | null;
  /** The teammate who looks after the creator (a team's export has an Owner column). */
  owner: string | null;
  accounts: RowAccount[];
}

export interface Rejection {
  line: number;
  field: ImportField | 'row';
  reason: string;
}

export type RowResult = { ok: true; record: RowRecord } | { ok: false; rejections: Rejection[] };

// Limits come from the record schemas, so an import can never hold what a save could not.
const creatorShape = CreatorSchema.shape;
const TEXT_SCHEMAS: Readonly<Record<'name' | 'otherContact' | 'location' | 'language' | 'notes', z.ZodType>> = {
  name: creatorShape.displayName,
  otherContact: creatorShape.contact.shape.other,
  location: creatorShape.location,
  language: creatorShape.language,
  notes: creatorShape.notes,
};
const TAG_SCHEMA = creatorShape.tags.element;
const STRENGTH_SCHEMA = creatorShape.strengths.element;
const EMAIL_SCHEMA = creatorShape.contact.shape.email;
const MAX_TAGS = 100;
const MAX_STRENGTHS = 50;

function tooLong(schema: z.ZodType, value: string): number | null {
  // Within a string schema's own limit nothing can be too long: no parse needed (10,000 rows of a
  // file check about ten cells each).
  const limit = (schema as { maxLength?: number | null }).maxLength;
  if (typeof limit === 'number' && value.length <= limit) return null;
  const result = schema.safeParse(value);
  const issue = result.success ? undefined : result.error.issues.find((i) => i.code === 'too_big');
  return issue && 'maximum' in issue ? Number(issue.maximum) : null;
}

function excerpt(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

/** "travel; food, #Lisbon" → ["travel", "food", "Lisbon"]: cleaned as tags are (utils/tags.ts). */
export function splitList(text: string): string[] {
  return cleanTags(text.split(/[;,|\n]/));
}

/** "Content in progress", "content-in-progress", "CONTACTED" → the stage; null if it is none. */
export function stageFromText(text: string): string | null {
  const key = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return DEFAULT_STAGES.find((stage) => stage === key) ?? null;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'si', 'sí', 'oui', 'ja']);
const NO = new Set(['no', 'n', 'false', '0', 'non', 'nein']);

export function yesNoFromText(text: string): boolean | null {
  const key = text.trim().toLowerCase();
  return YES.has(key) ? true : NO.has(key) ? false : null;
}

// A whole cell that is a count: digits with separators, then at most a short suffix ("12.3K",
// "1,2 Mio"). parseCount alone reads the first number anywhere in a text, which is right for a
// page and too lenient for a cell ("about 12").
const COUNT_CELL = /^\d[\d.,'’\s\u00a0]*\s?[\p{L}]{0,4}\.?$/u;

export function followersFromText(text: string): ParsedCount | null {
  const cell = text.trim();
  return COUNT_CELL.test(cell) ? parseCount(cell) : null;
}

/** "exact" (or empty-ish words for it) → 1; "100000", "100,000", "±100K", "nearest 1000" → that unit; else null. */
export function precisionFromText(text: string): number | null {
  const cell = text.trim().toLowerCase().replace(/^(±|\+\/-|nearest|to the nearest)\s*/u, '');
  if (cell === 'exact' || cell === 'exactly') return 1;
  const count = followersFromText(cell);
  return count && count.value >= 1 ? count.value : null;
}

/** The cells of a row by field: every non-empty value of the columns mapped to it, in column order. */
function valuesByField(row: CsvRow, mapping: ColumnMapping): Map<ImportField, string[]> {
  const values = new Map<ImportField, string[]>();
  mapping.forEach((field, column) => {
    const value = row.cells[column]?.trim() ?? '';
    if (field === 'ignore' || !value) return;
    const list = values.get(field);
    if (list) list.push(value);
    else values.set(field, [value]);
  });
  return values;
}

interface Reader {
  reject(field: ImportField | 'row', reason: string): void;
}

function readAccounts(values: Map<ImportField, string[]>, r: Reader): AccountRef[] {
  const accounts: AccountRef[] = [];
  const platformText = values.get('platform')?.[0] ?? null;
  let handleText = values.get('handle')?.[0] ?? null;
  let urlText = values.get('profileUrl')?.[0] ?? null;
  // A "username" column sometimes holds addresses.
  if (handleText && looksLikeUrl(handleText) && !urlText) [urlText, handleText] = [handleText, null];

  let platform: Platform | null = null;
  if (platformText) {
    platform = platformFromText(platformText);
    if (!platform) r.reject('platform', `“${excerpt(platformText)}” is not a supported platform (use one of ${PLATFORM_LIST_TEXT}).`);
  }
  let fromUrl: AccountRef | null = null;
  if (urlText) {
    fromUrl = accountFromUrl(urlText);
    if (!fromUrl) r.reject('profileUrl', `“${excerpt(urlText)}” is not the address of a profile on ${PLATFORM_LIST_TEXT}.`);
  }
  if (handleText) {
    const on = platform ?? fromUrl?.platform ?? null;
    if (!on && !platformText) {
      r.reject('platform', `missing: the handle “${excerpt(handleText)}” needs its platform. Add a Platform column, or set this column to the platform its handles belong to.`);
    } else if (on) {
      const check = accountFromHandle(on, handleText);
      if (!check.ok) r.reject('handle', check.reason);
      else if (fromUrl && fromUrl.id !== check.account.id) {
        r.reject('profileUrl', `points to ${platformName(fromUrl.platform)} @${fromUrl.handle}, but the handle is ${platformName(on)} @${check.account.handle}.`);
      } else accounts.push(fromUrl ?? check.account);
    }
  } else if (fromUrl) {
    if (platform && platform !== fromUrl.platform) {
      r.reject('platform', `says ${platformName(platform)}, but the profile URL is an address on ${platformName(fromUrl.platform)}.`);
    } else accounts.push(fromUrl);
  } else if (platform) {
    r.reject('handle', `missing: give the ${platformName(platform)} handle or the profile URL.`);
  }

  for (const [field, cells] of values) {
    if (!isPlatformField(field)) continue;
    for (const cell of cells) {
      if (looksLikeUrl(cell)) {
        const found = accountFromUrl(cell);
        if (found?.platform === field) accounts.push(found);
        else r.reject(field, `“${excerpt(cell)}” is not the address of a profile on ${platformName(field)}.`);
      } else {
        const check = accountFromHandle(field, cell);
        if (check.ok) accounts.push(check.account);
        else r.reject(field, check.reason);
      }
    }
  }
  // The same account named twice in one row ("Instagram" and "Instagram URL" columns) is one.
  return accounts.filter((a, i) => accounts.findIndex((b) => b.id === a.id) === i);
}

function readText(field: keyof typeof TEXT_SCHEMAS, text: string | undefined, r: Reader): string | null {
  if (text === undefined) return null;
  const max = tooLong(TEXT_SCHEMAS[field], text);
  if (max !== null) r.reject(field, `too long: ${text.length.toLocaleString('en-US')} characters, at most ${max.toLocaleString('en-US')}.`);
  return text;
}

/** A teammate's name: one line of at most 100 characters (trimmed); an empty cell names nobody. */
function readOwner(text: string | undefined, r: Reader): string | null {
  if (text === undefined || !text.trim()) return null;
  const parsed = MemberNameSchema.safeParse(text);
  if (parsed.success) return parsed.data;
  r.reject('owner', `“${excerpt(text)}” is not a teammate’s name (one line, at most ${MEMBER_NAME_MAX} characters).`);
  return null;
}

function readList(field: 'tags' | 'strengths', cells: string[] | undefined, r: Reader): string[] {
  const items = splitList((cells ?? []).join(';'));
  const [schema, max] = field === 'tags' ? [TAG_SCHEMA, MAX_TAGS] : [STRENGTH_SCHEMA, MAX_STRENGTHS];
  for (const item of items) {
    const limit = tooLong(schema, item);
    if (limit !== null) r.reject(field, `“${excerpt(item)}” is too long: at most ${limit} characters each.`);
  }
  if (items.length > max) r.reject(field, `${items.length} ${field}, at most ${max}.`);
  return items;
}

/** Read one row through the mapping. Every problem of the row is reported, not just the first. */
export function readRow(row: CsvRow, mapping: ColumnMapping): RowResult {
  const rejections: Rejection[] = [];
  const r: Reader = { reject: (field, reason) => rejections.push({ line: row.line, field, reason }) };
  const values = valuesByField(row, mapping);
  const first = (field: CreatorField) => values.get(field)?.[0];

  const extra = row.cells.slice(mapping.length).filter((c) => c.trim() !== '');
  if (extra.length > 0) {
    r.reject('row', `has ${row.cells.length} values but the header has ${mapping.length} columns: a value probably contains an unquoted comma.`);
  }

  const accounts = readAccounts(values, r);
  if (accounts.length === 0 && rejections.length === 0) {
    r.reject('handle', 'missing: every row needs a handle with its platform, or a profile URL.');
  }

  let followers: ParsedCount | null = null;
  const followersText = values.get('followers')?.[0];
  if (followersText !== undefined) {
    followers = followersFromText(followersText);
    if (!followers) r.reject('followers', `“${excerpt(followersText)}” is not a number of followers (write it like 12345, 12,345 or 12.3K).`);
    else if (followers.value > MAX_COUNT) r.reject('followers', `“${excerpt(followersText)}” is more followers than any account has (at most ${MAX_COUNT.toLocaleString('en-US')}).`);
  }
  const precisionText = values.get('followersPrecision')?.[0];
  if (precisionText !== undefined) {
    const precision = precisionFromText(precisionText);
    if (precision === null) r.reject('followersPrecision', `“${excerpt(precisionText)}” is not a precision (write exact, or the unit the count is rounded to, like 100000).`);
    // The file says how precisely it knows the count: never more precise than the number itself shows.
    else if (followers) followers = { value: followers.value, precision: Math.max(precision, followers.precision) };
  }

  let status: string | null = null;
  const statusText = first('status');
  if (statusText !== undefined) {
    status = stageFromText(statusText);
    if (!status) r.reject('status', `“${excerpt(statusText)}” is not a pipeline stage (use one of ${DEFAULT_STAGES.map(statusLabel).join(', ')}).`);
  }

  const email = first('email') ?? null;
  if (email !== null && !EMAIL_SCHEMA.safeParse(email).success) {
    r.reject('email', `“${excerpt(email)}” is not an email address.`);
  }

  let ambassador: boolean | null = null;
  const ambassadorText = first('ambassador');
  if (ambassadorText !== undefined) {
    ambassador = yesNoFromText(ambassadorText);
    if (ambassador === null) r.reject('ambassador', `write yes or no (found “${excerpt(ambassadorText)}”).`);
  }

  const record: RowRecord = {
    line: row.line,
    name: readText('name', first('name'), r),
    status,
    tags: readList('tags', values.get('tags'), r),
    strengths: readList('strengths', values.get('strengths'), r),
    email,
    otherContact: readText('otherContact', first('otherContact'), r),
    location: readText('location', first('location'), r),
    language: readText('language', first('language'), r),
    notes: readText('notes', values.get('notes')?.join('\n\n'), r),
    ambassador,
    owner: readOwner(first('owner'), r),
    accounts: accounts.map((account, i) => ({ ...account, followers: i === 0 ? followers : null })),
  };
  return rejections.length > 0 ? { ok: false, rejections } : { ok: true, record };
}

/** A rejection as one sentence: "Line 4, Followers: “lots” is not a number…". */
export function describeRejection(rejection: Rejection): string {
  return `Line ${rejection.line}, ${fieldLabel(rejection.field)}: ${rejection.reason}`;
}
