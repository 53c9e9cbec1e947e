// This browser's user in their team, as the database sees them: the change feed's actor
// (`db.changes.actor`, LOCAL_ACTOR when in no team). Every extension context calls
// `startTeamMember()` at start-up: it applies the joined team's member name (utils/browser/team-member.ts,
// the one place that reads it) and follows it when the user joins or leaves a team; in a team the
// change feed also queues each local change for the team sync (the outbox). Also what the team's screens read: who owns and contacted a creator, who the
// teammates are.
import Dexie from 'dexie';
import { database, type CreatorScoutDB } from './db';
import { LOCAL_ACTOR } from './changes';
import { memberOf } from '@/utils/browser/team-member';
import { teamConfig, type TeamConfig } from '@/utils/browser/team-store';
import { teammatesOf } from '@/utils/team';
import type { Creator, Interaction } from '@/utils/model/schemas';
import type { TeamSeen } from '@/utils/model/views';

const listeners = new Set<(actor: string | null) => void>();

/** This user's team name; null when they are in no team (then nothing team-related is shown or written). */
export function teamActor(db: CreatorScoutDB = database()): string | null {
  return db.changes.actor === LOCAL_ACTOR ? null : db.changes.actor;
}

/** Make `name` (null: nobody, in no team) the writer of this context's changes, and tell the screens. */
export function setTeamActor(name: string | null, db: CreatorScoutDB = database()): void {
  const next = name ?? LOCAL_ACTOR;
  if (db.changes.actor === next) return;
  db.changes.actor = next;
  for (const listener of listeners) listener(name);
}

/** Hear when the user joins or leaves a team. Returns the unsubscribe. */
export function onTeamActorChange(listener: (actor: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Write as the member of the team `config` (null: in no team): sign changes and queue them for the team. */
export function actAs(db: CreatorScoutDB, config: TeamConfig | null): void {
  setTeamActor(memberOf(config), db);
  db.changes.queue = config !== null && memberOf(config) !== null;
}

let started: Promise<void> | null = null;

/**
 * Apply the stored member name to this context's database and keep following it. Call once at
 * start-up; later calls return the first one's promise. Writes that may run at once (the
 * background woken by a message) wait for `teamMemberApplied()` first.
 */
export function startTeamMember(db: CreatorScoutDB = database()): Promise<void> {
  started ??= (async () => {
    teamConfig.watch((config) => actAs(db, config));
    actAs(db, await teamConfig.get());
  })().catch((error: unknown) => console.warn('Creator Scout: reading the team member failed', error));
  return started;
}

/** Resolves once the start-up read of the member name is applied (at once where none was started). */
export function teamMemberApplied(): Promise<void> {
  return started ?? Promise.resolve();
}

/** Tests start each context afresh. */
export function resetTeamMemberForTests(): void {
  started = null;
  listeners.clear();
}

/** A new timeline entry with who wrote it, when the user is in a team (outside one it is left as it is). */
export function authored<T extends Omit<Interaction, 'by'>>(entry: T, db: CreatorScoutDB = database()): T & { by?: string } {
  const actor = teamActor(db);
  return actor === null || (entry as { by?: string }).by ? entry : { ...entry, by: actor };
}

/** The owner of a creator this user creates: themself in a team; outside one, no owner field at all. */
export function newOwner(db: CreatorScoutDB = database()): { owner?: string } {
  const actor = teamActor(db);
  return actor === null ? {} : { owner: actor };
}

/** A creator's latest outreach and the template it used (the template is missing when none was or it is gone). */
export interface LatestOutreach {
  outreach: Interaction | undefined;
  template: { name: string } | undefined;
}

/** Reads interactions and templates: the caller's transaction must include both. */
export async function latestOutreach(db: CreatorScoutDB, creatorId: string): Promise<LatestOutreach> {
  const outreach = await db.interactions
    .where('[creatorId+at]')
    .between([creatorId, Dexie.minKey], [creatorId, Dexie.maxKey])
    .reverse()
    .filter((x) => x.type === 'outreach')
    .first();
  const templateId = outreach?.details.templateId;
  const template = typeof templateId === 'string' && templateId ? await db.templates.get(templateId) : undefined;
  return { outreach, template };
}

/**
 * Who on the team owns the creator and who contacted them last (their latest outreach, its author
 * and template); undefined in no team. Reads interactions and templates unless `latest` (already read
 * by the caller) is given: the caller's transaction must include both.
 */
export async function teamSeen(db: CreatorScoutDB, creator: Pick<Creator, 'id' | 'owner'>, latest?: LatestOutreach): Promise<TeamSeen | undefined> {
  const actor = teamActor(db);
  if (actor === null) return undefined;
  const { outreach, template } = latest ?? (await latestOutreach(db, creator.id));
  return {
    actor,
    owner: creator.owner ?? null,
    contact: outreach ? { by: outreach.by ?? null, at: outreach.at, template: template?.name ?? null } : null,
  };
}

/** The teammates the records name (owners, authors, assignees) and this user; empty in no team. */
export async function listTeammates(db: CreatorScoutDB = database()): Promise<string[]> {
  const actor = teamActor(db);
  if (actor === null) return [];
  return db.transaction('r', [db.creators, db.interactions, db.reminders], async () => {
    const owners: string[] = [];
    const authors: string[] = [];
    const assignees: string[] = [];
    await db.creators.each((c) => {
      if (c.owner) owners.push(c.owner);
    });
    await db.interactions.each((i) => {
      if (i.by) authors.push(i.by);
    });
    await db.reminders.each((r) => {
      if (r.assignee) assignees.push(r.assignee);
    });
    return teammatesOf(actor, { owners, authors, assignees });
  });
}
