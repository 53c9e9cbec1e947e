// Who this browser's user is in their team: the ONE place that reads it. Kept in extension storage
// under `team.member` (the team user name, a string); absent when the user is in no team. Joining a
// team (the Team options page) writes it; leaving removes it. Every extension context applies it
// to its database's change feed at start-up (storage/team.ts), so records written here say who
// wrote them, and the team's screens say "you" for this user.
import { browser } from 'wxt/browser';

export const TEAM_MEMBER_KEY = 'team.member';
const MAX = 100;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The stored value as a member name: a well-formed, non-empty name of at most 100 characters, else null (no team). */
export function readMember(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  if (!name || name.length > MAX || !name.isWellFormed() || CONTROL.test(name)) return null;
  return name;
}

/** This user's name in their team; null when they are in no team. */
export async function memberName(): Promise<string | null> {
  return readMember((await browser.storage.local.get(TEAM_MEMBER_KEY))[TEAM_MEMBER_KEY]);
}

/** Set (joining a team) or clear (null: leaving it) this user's team name. */
export async function setMemberName(name: string | null): Promise<void> {
  const member = readMember(name);
  if (member === null) await browser.storage.local.remove(TEAM_MEMBER_KEY);
  else await browser.storage.local.set({ [TEAM_MEMBER_KEY]: member });
}

/** Hear when the user joins or leaves a team (or is renamed). Returns the unsubscribe. */
export function watchMemberName(onChange: (name: string | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && TEAM_MEMBER_KEY in changes) onChange(readMember(changes[TEAM_MEMBER_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
