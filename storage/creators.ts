import { cleanTags } from '@/utils/tags';
import { database } from './db';
import { newId } from './profiles';
import { CreatorSchema, InteractionSchema, type Creator, type Interaction } from './schemas';

/** Tags as typed, cleaned: defined in utils/tags.ts, and exported here too for callers that import it from here. */
export { cleanTags };

export interface QuickEdit {
  status?: string;
  tags?: string[];
  note?: string;
}

/**
 * The popup's "right after saving" edits: pipeline status, tags and a note, in one transaction. A
 * status change and a note each go on the creator's timeline.
 */
export async function quickEditCreator(creatorId: string, edit: QuickEdit, now: number): Promise<Creator> {
  const db = database();
  return db.transaction('rw', [db.creators, db.interactions], async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new Error('This creator is no longer on your roster.');
    const next: Creator = CreatorSchema.parse({
      ...creator,
      status: edit.status ?? creator.status,
      tags: edit.tags ? cleanTags(edit.tags) : creator.tags,
      updatedAt: now,
    });
    const events: Interaction[] = [];
    if (edit.status && edit.status !== creator.status) {
      events.push({ id: newId(), creatorId, type: 'status_change', at: now, text: '', details: { from: creator.status, to: edit.status } });
    }
    if (edit.note?.trim()) events.push({ id: newId(), creatorId, type: 'note', at: now, text: edit.note.trim(), details: {} });
    await db.creators.put(next);
    await db.interactions.bulkAdd(events.map((e) => InteractionSchema.parse(e)));
    return next;
  });
}

export interface RosterMatch {
  creatorId: string;
  displayName: string;
  status: string;
  handles: string[];
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

export interface DueReminder {
  id: string;
  title: string;
  dueAt: number;
  creatorId: string | null;
  creatorName: string | null;
  overdue: boolean;
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
