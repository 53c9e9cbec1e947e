import type * as z from 'zod';
import { cleanTags } from '@/utils/tags';
import { database } from './db';
import { authored } from './team';
import { statusChangeEvent } from '@/utils/model/defaults';
import { InvalidFieldError, problemsFromIssues, tooBigSentence, type FieldProblem } from '@/utils/model/errors';
import { newId } from '@/utils/model/ids';
import { CreatorSchema, InteractionSchema, type Creator } from '@/utils/model/schemas';
import type { RosterMatch, DueReminder } from '@/utils/model/views';


// Editing creators, from the detail page and the popup alike. Nothing here uses React, so the
// background (which runs the popup's quick edits) can import it.

/** Tags as typed, cleaned: defined in utils/tags.ts, and exported here too for callers that import it from here. */

// --- Validation shared by the forms and the writes ---

const FIELD_LABELS: Record<string, string> = {
  displayName: 'Display name',
  status: 'Pipeline stage',
  tags: 'Tags',
  strengths: 'Strengths',
  'contact.email': 'Email',
  'contact.other': 'Other contact',
  location: 'Location',
  language: 'Language',
  notes: 'Notes',
  owner: 'Owner',
  text: 'Text',
  at: 'Date',
  type: 'Type',
};

const grouped = new Intl.NumberFormat('en-US');

/** A list's entries share one field: `tags`, not `tags.3`. */
function fieldOf(path: PropertyKey[]): string {
  return path.filter((part) => typeof part === 'string').join('.') || 'record';
}

function sentenceFor(field: string, issue: z.core.$ZodIssue): string {
  const label = FIELD_LABELS[field] ?? field;
  if (field === 'contact.email') return 'Email: enter a full address such as name@example.com, or leave it empty.';
  if (issue.code === 'too_small') return `${label} is required.`;
  if (issue.code === 'too_big') {
    const inList = issue.path.length > 1 && typeof issue.path[issue.path.length - 1] === 'number';
    if (inList) return `${label}: each one can be at most ${grouped.format(issue.maximum)} characters long.`;
    return tooBigSentence(label, issue);
  }
  return `${label}: ${issue.message}`;
}

/** zod issues about a creator or a timeline entry as one sentence per field (the first issue of each field). */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  return problemsFromIssues(error, fieldOf, sentenceFor);
}

// --- Editing the creator ---

export interface CreatorPatch {
  displayName?: string;
  status?: string;
  toVet?: boolean;
  tags?: string[];
  strengths?: string[];
  contact?: Partial<Creator['contact']>;
  location?: string;
  language?: string;
  ambassador?: boolean;
  notes?: string;
  /** In a team: the teammate who looks after them; null or empty for nobody. */
  owner?: string | null;
}

/** The creator with the edit applied and cleaned as typed (trimmed, tags deduplicated). Not validated. */
export function applyCreatorPatch(creator: Creator, patch: CreatorPatch, now: number): Creator {
  return {
    ...creator,
    displayName: (patch.displayName ?? creator.displayName).trim(),
    status: patch.status ?? creator.status,
    toVet: patch.toVet ?? creator.toVet,
    tags: patch.tags ? cleanTags(patch.tags) : creator.tags,
    strengths: patch.strengths ? cleanTags(patch.strengths) : creator.strengths,
    contact: {
      email: (patch.contact?.email ?? creator.contact.email).trim(),
      other: (patch.contact?.other ?? creator.contact.other).trim(),
    },
    location: (patch.location ?? creator.location).trim(),
    language: (patch.language ?? creator.language).trim(),
    ambassador: patch.ambassador ?? creator.ambassador,
    notes: (patch.notes ?? creator.notes).trim(),
    // A creator saved outside a team keeps having no owner field until someone sets one.
    ...(patch.owner !== undefined && { owner: patch.owner?.trim() || null }),
    updatedAt: now,
  };
}

/** What is wrong with a creator record, one sentence per field; empty when it can be saved. */
export function creatorProblems(candidate: Creator): FieldProblem[] {
  const result = CreatorSchema.safeParse(candidate);
  return result.success ? [] : problemsOf(result.error);
}

/**
 * Save the detail page's edits. A stage change goes on the timeline too; both in one transaction.
 * Throws InvalidFieldError (naming the field) when the edit is not valid, saving nothing.
 */
export async function updateCreator(creatorId: string, patch: CreatorPatch, now: number): Promise<Creator> {
  const db = database();
  return db.transaction('rw', [db.creators, db.interactions], async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new Error('This creator is no longer on your roster.');
    const parsed = CreatorSchema.safeParse(applyCreatorPatch(creator, patch, now));
    if (!parsed.success) throw new InvalidFieldError(problemsOf(parsed.error));
    const next = parsed.data;
    if (next.status !== creator.status) {
      await db.interactions.add(InteractionSchema.parse(authored(statusChangeEvent(newId(), creatorId, { from: creator.status, to: next.status }, now), db)));
    }
    await db.creators.put(next);
    return next;
  });
}

export interface QuickEdit {
  status?: string;
  tags?: string[];
  note?: string;
}

/**
 * The popup's "right after saving" edits: pipeline status, tags and a note, in one transaction. The
 * status and tags are saved as the detail page saves them (updateCreator); a note goes on the
 * creator's timeline.
 */
export async function quickEditCreator(creatorId: string, edit: QuickEdit, now: number): Promise<Creator> {
  const db = database();
  return db.transaction('rw', [db.creators, db.interactions], async () => {
    const next = await updateCreator(creatorId, { status: edit.status, tags: edit.tags }, now);
    const note = edit.note?.trim();
    if (note) await db.interactions.add(InteractionSchema.parse(authored({ id: newId(), creatorId, type: 'note', at: now, text: note, details: {} }, db)));
    return next;
  });
}

/** Creators whose name or any handle contains `query` (case-insensitive), best matches first. */
export async function searchRoster(query: string, limit = 8): Promise<RosterMatch[]> {
  const q = query.trim().replace(/^@/, '').toLowerCase();
  if (!q) return [];
  const db = database();
  return db.transaction('r', [db.creators, db.accounts], async () => {
    const [creators, accounts] = await Promise.all([db.creators.toArray(), db.accounts.toArray()]);
    const handles = new Map<string, string[]>();
    for (const a of accounts) handles.set(a.creatorId, [...(handles.get(a.creatorId) ?? []), `${a.handle}`]);
    const scored = creators.flatMap((c) => {
      const hs = handles.get(c.id) ?? [];
      const name = c.displayName.toLowerCase();
      const rank = name.startsWith(q) || hs.some((h) => h.toLowerCase().startsWith(q)) ? 0 : name.includes(q) || hs.some((h) => h.toLowerCase().includes(q)) ? 1 : -1;
      return rank < 0 ? [] : [{ rank, match: { creatorId: c.id, displayName: c.displayName, status: c.status, handles: hs } }];
    });
    return scored
      .sort((a, b) => a.rank - b.rank || a.match.displayName.localeCompare(b.match.displayName))
      .slice(0, limit)
      .map((s) => s.match);
  });
}

/** Pending reminders due by `until` (the end of the user's day), oldest first. */
export async function dueReminders(now: number, until: number): Promise<DueReminder[]> {
  const db = database();
  return db.transaction('r', [db.reminders, db.creators], async () => {
    const due = await db.reminders.where('[status+dueAt]').between(['pending', 0], ['pending', until], true, true).toArray();
    const names = new Map(
      (await db.creators.bulkGet(due.map((r) => r.creatorId).filter((id): id is string => id !== null))).flatMap((c) => (c ? [[c.id, c.displayName]] : [])),
    );
    return due.map((r) => ({
      id: r.id,
      title: r.title,
      dueAt: r.dueAt,
      creatorId: r.creatorId,
      creatorName: r.creatorId ? (names.get(r.creatorId) ?? null) : null,
      overdue: r.dueAt < now,
    }));
  });
}
