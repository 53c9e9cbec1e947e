// Who this browser's user is in their team: the ONE place that reads it. It is the user name of the
// team this browser joined (utils/browser/team-store.ts `teamConfig`, written by the Team options
// page when joining, removed when leaving); null when the user is in no team. Every extension context
// applies it to its database's change feed at start-up (storage/team.ts), so records written here say
// who wrote them, and the team's screens say "you" for this user.
import { teamConfig, type TeamConfig } from './team-store';

const MAX = 100;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A stored name as a member name: well-formed, non-empty, at most 100 characters, else null (no team). */
export function readMember(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  if (!name || name.length > MAX || !name.isWellFormed() || CONTROL.test(name)) return null;
  return name;
}

/** The member name of a joined team's settings; null in no team. */
export const memberOf = (config: TeamConfig | null): string | null => readMember(config?.user);

/** This user's name in their team; null when they are in no team. */
export async function memberName(): Promise<string | null> {
  return memberOf(await teamConfig.get());
}

/** Hear when the user joins or leaves a team. Returns the unsubscribe. */
export function watchMemberName(onChange: (name: string | null) => void): () => void {
  return teamConfig.watch((config) => onChange(memberOf(config)));
}
