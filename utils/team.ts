// The team, as this browser's records know it: pure derivations for the roster's owner filter, the
// reminder form's "Assign to" and the lines the badge, popup and feed chips show. Nothing here is
// shown to a user who is in no team (the callers check that the actor is a member first).
import type { TeamSeen } from '@/utils/model/views';
import { formatDate } from './format';

/** Where teammates' names are found: creators' owners, who logged interactions, reminders' assignees. */
export interface TeamNameSources {
  owners: Iterable<string | null | undefined>;
  authors: Iterable<string | null | undefined>;
  assignees: Iterable<string | null | undefined>;
}

/**
 * Every teammate the records name, and the user (`actor`): each name once (names differing only in
 * case are the same teammate; the first spelling seen is kept, the actor's own spelling first),
 * sorted alphabetically.
 */
export function teammatesOf(actor: string, sources: TeamNameSources): string[] {
  const byKey = new Map<string, string>([[actor.toLowerCase(), actor]]);
  for (const list of [sources.owners, sources.authors, sources.assignees]) {
    for (const name of list) {
      const trimmed = name?.trim();
      if (trimmed && !byKey.has(trimmed.toLowerCase())) byKey.set(trimmed.toLowerCase(), trimmed);
    }
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

export function sameMember(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The roster's owner filter: everyone (null), this user's ("mine"), nobody's ("unowned"), or one
 * teammate's (by name).
 */
export type OwnerFilter = null | { kind: 'mine' } | { kind: 'unowned' } | { kind: 'member'; name: string };

export function matchesOwner(owner: string | null | undefined, filter: OwnerFilter, actor: string): boolean {
  if (filter === null) return true;
  if (filter.kind === 'unowned') return !owner?.trim();
  if (filter.kind === 'mine') return sameMember(owner, actor);
  return sameMember(owner, filter.name);
}

/**
 * Whether a reminder fires in this user's browser: in a team, one assigned to another teammate is
 * theirs to be told about (it shows in the list, marked "for <name>"); anything else fires here.
 */
export function firesFor(reminder: { assignee?: string | null }, actor: string | null): boolean {
  return actor === null || !reminder.assignee || sameMember(reminder.assignee, actor);
}

/** A teammate as a line names them: "you" for this user. */
export function memberWord(name: string, actor: string): string {
  return sameMember(name, actor) ? 'you' : name;
}

/** "Owner: maya", "Owner: maya (you)", or "Owner: nobody yet". */
export function ownerLine(team: TeamSeen): string {
  if (!team.owner) return 'Owner: nobody yet';
  return `Owner: ${team.owner}${sameMember(team.owner, team.actor) ? ' (you)' : ''}`;
}

/**
 * "contacted by sam on 3 Nov 2026 via “Intro”" (by "you" when it was this user), to follow
 * "Already in touch: "; null when nobody on the team is known to have contacted them.
 */
export function contactWords(team: TeamSeen): string | null {
  const contact = team.contact;
  if (!contact?.by) return null;
  return `contacted by ${memberWord(contact.by, team.actor)} on ${formatDate(contact.at)}${contact.template ? ` via “${contact.template}”` : ''}`;
}

/** "Contacted by sam on 3 Nov 2026 via “Intro”", as a line of its own; null as contactWords. */
export function contactLine(team: TeamSeen): string | null {
  const words = contactWords(team);
  return words && `C${words.slice(1)}`;
}
