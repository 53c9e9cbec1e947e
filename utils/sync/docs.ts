// Dexie records ↔ the team database's documents. Pure: plain records in, plain documents out.
//
// A shared record is one document, `<type>:<record id>`, holding the record in `data` (without its
// id and without the fields that stay on this machine) and, per field, who changed it last and
// when (`stamps`, see stamps.ts): the merge after a conflict goes field by field on those.
// Snapshots and post readings are immutable documents whose id is derived from their content, so
// two teammates who saw the same numbers write the same document and nothing ever conflicts.
// Private data (personal reminders, UI state, drafts, preferences) has no mapping at all.
import type { Account, Agreement, Campaign, Creator, Deliverable, Interaction, Post, Snapshot, Template, TeamReminder } from '@/utils/model/schemas';

export type { TeamReminder };

/** The shared, mutable record types, with the Dexie table each comes from. */
export const SHARED_TABLES = {
  creator: 'creators',
  account: 'accounts',
  interaction: 'interactions',
  template: 'templates',
  agreement: 'agreements',
  campaign: 'campaigns',
  deliverable: 'deliverables',
  reminder: 'reminders',
} as const;
export type SharedType = keyof typeof SHARED_TABLES;
export const SHARED_TYPES = Object.keys(SHARED_TABLES) as SharedType[];

/** Immutable readings: written once, never edited, never in conflict. */
export const IMMUTABLE_TABLES = { snapshot: 'snapshots', reading: 'posts' } as const;
export type ImmutableType = keyof typeof IMMUTABLE_TABLES;
export const IMMUTABLE_TYPES = Object.keys(IMMUTABLE_TABLES) as ImmutableType[];

export type DocType = SharedType | ImmutableType;
export const DOC_FORMAT = 1;

/**
 * Fields that never leave this machine. Scores are derived from shared inputs (posts) and the
 * user's own brand profile (a private preference), so each browser recomputes its own; when a
 * reminder told this user is this browser's business.
 */
export const LOCAL_FIELDS: Record<SharedType, readonly string[]> = {
  creator: [],
  account: ['engagementRate', 'engagementMethod', 'fitScore', 'scoredAt'],
  interaction: [],
  template: [],
  agreement: [],
  campaign: [],
  deliverable: [],
  reminder: ['notifiedAt'],
};

/** What a local field is when a record arrives from the team (until this browser computes it). */
const LOCAL_DEFAULTS: Record<string, unknown> = {
  engagementRate: null,
  engagementMethod: null,
  fitScore: null,
  scoredAt: null,
  notifiedAt: null,
};

/** Who changed a field (the team user name) and when (epoch ms), and in which revision generation. */
export interface Stamp {
  at: number;
  by: string;
  /** The generation of the revision that made the change (`3-abc` → 3): tells a concurrent edit from an old one. */
  gen: number;
}
/** A set element's or keyed element's stamp: `present: false` remembers a removal. */
export interface ElementStamp extends Stamp {
  present: boolean;
}

export interface SharedDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: SharedType;
  v: typeof DOC_FORMAT;
  data: Record<string, unknown>;
  /** Per field path (`notes`, `contact.email`, `terms.fee`). */
  stamps: Record<string, Stamp>;
  /** Per set or keyed-list path, per element key (`tags` → `vegan` → stamp). */
  elements: Record<string, Record<string, ElementStamp>>;
  editedBy: string;
  editedAt: number;
}

export interface ReadingDoc {
  _id: string;
  _rev?: string;
  type: ImmutableType;
  v: typeof DOC_FORMAT;
  data: Record<string, unknown>;
  editedBy: string;
  editedAt: number;
}

export type TeamDoc = SharedDoc | ReadingDoc;

export interface SharedRecords {
  creator: Creator;
  account: Account;
  interaction: Interaction;
  template: Template;
  agreement: Agreement;
  campaign: Campaign;
  deliverable: Deliverable;
  reminder: TeamReminder;
}

export function docId(type: DocType, id: string): string {
  return `${type}:${id}`;
}

/** `creator:abc` → { type: 'creator', id: 'abc' }; null for a design document or an id of another app. */
export function parseDocId(id: string): { type: DocType; id: string } | null {
  const colon = id.indexOf(':');
  if (colon < 1) return null;
  const type = id.slice(0, colon);
  if (!(type in SHARED_TABLES) && !(type in IMMUTABLE_TABLES)) return null;
  const rest = id.slice(colon + 1);
  return rest ? { type: type as DocType, id: rest } : null;
}

/** Whether a record of this type leaves this machine at all (a personal reminder does not). */
export function isShared<T extends SharedType>(type: T, record: SharedRecords[T]): boolean {
  if (type === 'reminder') return (record as TeamReminder).visibility === 'team';
  return true;
}

/** The part of a record the team sees: without its id (in the document id) and without local fields. */
export function sharedData<T extends SharedType>(type: T, record: SharedRecords[T]): Record<string, unknown> {
  const data: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  delete data.id;
  for (const field of LOCAL_FIELDS[type]) delete data[field];
  return data;
}

/**
 * The record a document stands for, for Dexie: its id back from the document id, local fields kept
 * from this machine's copy (`local`) or at their defaults. Null for a deletion or a foreign document.
 * The caller parses the result with the table's zod schema before writing (a document is input).
 */
export function recordOfDoc(doc: SharedDoc, local?: Record<string, unknown> | null): { type: SharedType; record: Record<string, unknown> } | null {
  const parsed = parseDocId(doc._id);
  if (!parsed || doc._deleted || parsed.type !== doc.type || !(doc.type in SHARED_TABLES)) return null;
  const record: Record<string, unknown> = { ...doc.data, id: parsed.id };
  for (const field of LOCAL_FIELDS[doc.type]) record[field] = local && field in local ? local[field] : LOCAL_DEFAULTS[field];
  return { type: doc.type, record };
}

// --- Immutable readings ---------------------------------------------------------------------------

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a snapshot says, without its local id: the same reading seen by two teammates is equal. */
function snapshotContent(s: Snapshot) {
  return { accountId: s.accountId, takenAt: s.takenAt, kind: s.kind, counts: s.counts };
}

/**
 * `snapshot:<accountId>:<hash>` — grouped by account (a range read gets one account's history),
 * then 32 hex digits (128 bits) of the SHA-256 of its content.
 */
export async function snapshotDoc(s: Snapshot, by: string, at: number): Promise<ReadingDoc> {
  const content = snapshotContent(s);
  const hash = (await sha256Hex(canonicalJson(content))).slice(0, 32);
  return { _id: docId('snapshot', `${s.accountId}:${hash}`), type: 'snapshot', v: DOC_FORMAT, data: content, editedBy: by, editedAt: at };
}

/** `reading:<postId>:<hash>`: each time a post's numbers are seen is its own document. */
export async function readingDoc(p: Post, by: string, at: number): Promise<ReadingDoc> {
  // A post's record is its reading: the post's numbers as seen at `seenAt`.
  const content: Record<string, unknown> = { ...p };
  const hash = (await sha256Hex(canonicalJson(content))).slice(0, 32);
  return { _id: docId('reading', `${p.id}:${hash}`), type: 'reading', v: DOC_FORMAT, data: content, editedBy: by, editedAt: at };
}

/** A snapshot from the team: its id is the content hash, so pulling the same reading twice writes one record. */
export function snapshotOfDoc(doc: ReadingDoc): Record<string, unknown> | null {
  const parsed = parseDocId(doc._id);
  if (!parsed || doc.type !== 'snapshot' || parsed.type !== 'snapshot') return null;
  return { ...doc.data, id: parsed.id };
}

/** A post reading from the team; the posts table keeps one record per post, so the caller keeps the newer (`newerReading`). */
export function postOfDoc(doc: ReadingDoc): Record<string, unknown> | null {
  const parsed = parseDocId(doc._id);
  if (!parsed || doc.type !== 'reading' || parsed.type !== 'reading') return null;
  return { ...doc.data };
}

/** The reading to keep of two readings of one post: the later seen (equal times: the one with more numbers). */
export function newerReading<P extends Pick<Post, 'seenAt' | 'counts'>>(a: P, b: P): P {
  if (a.seenAt !== b.seenAt) return a.seenAt > b.seenAt ? a : b;
  return Object.keys(b.counts).length > Object.keys(a.counts).length ? b : a;
}
