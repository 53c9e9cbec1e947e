import { teamConfig, type TeamConfig } from '@/utils/browser/team-store';

/** A joined team's settings as the Team page stores them, for `user`. */
export const teamSettings = (user: string, role: TeamConfig['role'] = 'editor'): TeamConfig => ({
  url: 'https://couch.example.com',
  db: 'acme-team',
  user,
  password: 'secret',
  role,
  joinedAt: 1_700_000_000_000,
});

/** Join (a name) or leave (null) a team as the Team page does: the team's settings in extension storage. */
export async function joinTeamAs(user: string | null): Promise<void> {
  if (user === null) await teamConfig.clear();
  else await teamConfig.set(teamSettings(user));
}
