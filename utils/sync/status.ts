// The team sync's status as the popup and the options page show it, and the sentences for what
// went wrong. Pure: the background computes it (storage/sync/engine.ts) and keeps it in extension
// storage (utils/browser/team-store.ts).
import { VIEWER_REFUSAL } from './security';

export type SyncState = 'synced' | 'pending' | 'offline' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Changes made here that the team has not received yet. */
  pending: number;
  /** What went wrong (offline, error), as a sentence. */
  reason: string | null;
  /** Changes the team server refused (a viewer's): kept on this computer, said until the next join. */
  refused: { count: number; reason: string } | null;
  /** When the status was taken (epoch ms). */
  at: number;
}

export interface TeamPlace {
  url: string;
  db: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The status line: "Team: synced", "Team: 3 changes waiting to sync", "Team: offline …", "Team sync failed: …". */
export function statusLine(status: SyncStatus): string {
  const waiting = status.pending > 0 ? ` ${plural(status.pending, 'change waits', 'changes wait')} to sync.` : '';
  const refused = status.refused ? ` ${plural(status.refused.count, 'change was', 'changes were')} refused by the team server: ${status.refused.reason} ${status.refused.count === 1 ? 'It is' : 'They are'} kept on this computer.` : '';
  switch (status.state) {
    case 'synced':
      return `Team: synced.${refused}`;
    case 'pending':
      return `Team: ${plural(status.pending, 'change waits', 'changes wait')} to sync.${refused}`;
    case 'offline':
      return `Team: offline. ${status.reason ?? ''}${waiting}${refused}`.replace(/\s+/g, ' ').trim();
    case 'error':
      return `Team sync failed: ${status.reason ?? 'unknown error.'}${waiting}${refused}`;
  }
}

/** A failure of a request to the team server, as PouchDB or fetch report it. */
export interface FailureLike {
  status?: number;
  name?: string;
  message?: string;
  reason?: string;
}

/**
 * What a failed request means for the user: `offline` when the server could not be reached, `error`
 * with the sentence to show otherwise (wrong password, no such database, refused).
 */
export function describeFailure(error: unknown, place: TeamPlace): { state: 'offline' | 'error'; reason: string } {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as FailureLike;
  const status = typeof e.status === 'number' ? e.status : 0;
  const text = `${e.reason ?? ''} ${e.message ?? ''}`;
  if (status === 401) return { state: 'error', reason: 'The team server did not accept the user name or password (or this user is not a member of the team).' };
  if (status === 403) return { state: 'error', reason: text.includes(VIEWER_REFUSAL) ? VIEWER_REFUSAL : `The team server refused: ${text.trim() || 'forbidden'}.` };
  if (status === 404) return { state: 'error', reason: `There is no team database “${place.db}” on ${place.url}. Check the name, or ask a team admin to create the team.` };
  if (status === 0 || e.name === 'TypeError' || /fetch|network|ECONNREFUSED|unknown_error/i.test(`${e.name ?? ''} ${text}`)) {
    return { state: 'offline', reason: `Cannot reach the team server at ${place.url}.` };
  }
  return { state: 'error', reason: `The team server answered ${status}: ${text.trim() || e.name || 'no reason given'}.` };
}
