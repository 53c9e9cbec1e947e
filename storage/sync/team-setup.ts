// Installs a team's rules on its database: the `_security` object (who is a member, who administers
// it) and the validation design document (who may write what). Called once by the extension of the
// admin who creates the team (and again when RULES_VERSION changes); needs the admin's credentials.
// The request function is given (fetch with the team's address and credentials), so this runs the
// same against Apache CouchDB, pouchdb-server in tests, or a hosted CouchDB-compatible service.
import { DESIGN_DOC_ID, RULES_VERSION, teamDesignDoc, teamSecurity } from '@/utils/sync/security';

/** A request relative to the team database's URL (`''` is the database itself). */
export type TeamRequest = (path: string, init?: { method?: string; body?: string }) => Promise<Response>;

export class TeamSetupError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'TeamSetupError';
  }
}

async function failure(res: Response, doing: string): Promise<TeamSetupError> {
  let reason = '';
  try {
    const body = (await res.json()) as { reason?: unknown; error?: unknown };
    reason = typeof body.reason === 'string' ? body.reason : typeof body.error === 'string' ? body.error : '';
  } catch {
    // not JSON
  }
  const who = res.status === 401 || res.status === 403 ? ' (only a team admin can do this)' : '';
  return new TeamSetupError(`Could not ${doing}: ${res.status}${reason ? ` ${reason}` : ''}${who}.`, res.status);
}

/** Sets the roles and the validation on the team database `db`; returns the rules version installed. */
export async function installTeamRules(db: string, request: TeamRequest): Promise<number> {
  const security = await request('_security', { method: 'PUT', body: JSON.stringify(teamSecurity(db)) });
  if (!security.ok) throw await failure(security, 'set who may use the team database');

  const existing = await request(DESIGN_DOC_ID);
  let rev: string | undefined;
  if (existing.ok) rev = ((await existing.json()) as { _rev?: string })._rev;
  else if (existing.status !== 404) throw await failure(existing, 'read the team rules');
  const put = await request(DESIGN_DOC_ID, { method: 'PUT', body: JSON.stringify({ ...teamDesignDoc(db), ...(rev ? { _rev: rev } : {}) }) });
  if (!put.ok) throw await failure(put, 'install the team rules');
  return RULES_VERSION;
}
