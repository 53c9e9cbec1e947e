// Joining and creating a team, checked with the server before anything is saved: the user name and
// password (`_session`), the team database, and the member's role. Each failure is one sentence the
// options page shows as it is. The request function is given (fetch with the server's address and
// the credentials), so tests run it against a real server; no PouchDB here (the options page loads it).
import { teamRole, type TeamRole } from '@/utils/sync/security';
import { installTeamRules, TeamSetupError } from './team-setup';

/** A request relative to the server's address (`/_session`, `/<db>`). */
export type ServerRequest = (path: string, init?: { method?: string; body?: string }) => Promise<Response>;

export class TeamAccessError extends Error {
  override name = 'TeamAccessError';
}

/** CouchDB's rule for database names. */
export const DB_NAME_RULE = /^[a-z][a-z0-9_$()+/-]*$/;

export function checkTeamForm(form: { url: string; db: string; user: string; password: string }): string | null {
  let url: URL;
  try {
    url = new URL(form.url.trim());
  } catch {
    return 'Enter the server’s address, starting with https:// (for example https://couch.example.com).';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The server’s address starts with https:// or http://.';
  if (!DB_NAME_RULE.test(form.db.trim())) return 'A team database name starts with a lowercase letter and holds only lowercase letters, digits and _$()+-/.';
  if (!form.user.trim()) return 'Enter your user name on the team server.';
  if (!form.password) return 'Enter your password.';
  return null;
}

/** https://couch.example.com/ → https://couch.example.com (a path is kept: some hosts serve CouchDB under one). */
export function normalizeServer(url: string): string {
  const u = new URL(url.trim());
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

async function send(request: ServerRequest, path: string, init?: { method?: string; body?: string }, server = ''): Promise<Response> {
  try {
    return await request(path, init);
  } catch {
    throw new TeamAccessError(`Cannot reach the team server${server ? ` at ${server}` : ''}. Check the address, and that the server is running.`);
  }
}

/** Checks the member's name and password, that the team database exists and what the member may do there. */
export async function checkMembership(request: ServerRequest, server: string, db: string): Promise<{ role: TeamRole; name: string }> {
  const session = await send(request, '/_session', undefined, server);
  if (session.status === 401) throw new TeamAccessError('The team server did not accept this user name and password.');
  if (!session.ok) throw new TeamAccessError(`The team server answered ${session.status} when signing in: is this a CouchDB server?`);
  const body = (await session.json().catch(() => ({}))) as { userCtx?: { name?: unknown; roles?: unknown } };
  const name = typeof body.userCtx?.name === 'string' ? body.userCtx.name : '';
  const roles = Array.isArray(body.userCtx?.roles) ? body.userCtx.roles.filter((r): r is string => typeof r === 'string') : [];
  if (!name) throw new TeamAccessError('The team server did not accept this user name and password.');

  const info = await send(request, `/${encodeURIComponent(db)}`, undefined, server);
  if (info.status === 404) throw new TeamAccessError(`There is no team database “${db}” on ${server}. Check the name, or ask a team admin to create the team.`);
  if (info.status === 401 || info.status === 403) throw new TeamAccessError(`“${name}” is not a member of the team “${db}”. Ask a team admin to add you.`);
  if (!info.ok) throw new TeamAccessError(`The team server answered ${info.status} for the team database “${db}”.`);

  if (roles.includes('_admin') || roles.includes(teamRole(db, 'admin'))) return { role: 'admin', name };
  if (roles.includes(teamRole(db, 'editor'))) return { role: 'editor', name };
  if (roles.includes(teamRole(db, 'viewer'))) return { role: 'viewer', name };
  throw new TeamAccessError(`“${name}” is not a member of the team “${db}”. Ask a team admin to give you the role ${teamRole(db, 'editor')} or ${teamRole(db, 'viewer')}.`);
}

/** Creates the team database (or uses the one there) and installs its roles and rules; needs a server admin. */
export async function createTeam(request: ServerRequest, server: string, db: string): Promise<void> {
  const put = await send(request, `/${encodeURIComponent(db)}`, { method: 'PUT' }, server);
  if (put.status === 401 || put.status === 403) throw new TeamAccessError('Only a server admin can create a team: sign in with the server admin’s name and password.');
  if (!put.ok && put.status !== 412) throw new TeamAccessError(`The team server could not create the database “${db}” (${put.status}).`);
  try {
    await installTeamRules(db, (path, init) => request(`/${encodeURIComponent(db)}/${path}`, init));
  } catch (error) {
    if (error instanceof TeamSetupError) throw new TeamAccessError(error.message);
    throw new TeamAccessError(`Cannot reach the team server at ${server}. Check the address, and that the server is running.`);
  }
}
