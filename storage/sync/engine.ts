// The team sync engine: one cycle moves the outbox into the local PouchDB replica (./outbox.ts),
// pulls the team's changes with PouchDB's replication (CouchDB's protocol, not one of ours), settles
// conflicts and applies what came in to Dexie (./apply.ts), then pushes. Cycles never overlap. Live
// mode (while an extension page is open) adds continuous replication both ways, applying each pull.
// Browser-free: the background gives it the databases and keeps its status.
import { describeFailure, type SyncStatus, type TeamPlace } from '@/utils/sync/status';
import { VIEWER_REFUSAL } from '@/utils/sync/security';
import type { Unsettled } from '@/utils/sync/merge';
import type { CreatorScoutDB } from '../db';
import { applyPulled, type ApplyResult } from './apply';
import { flushOutbox } from './outbox';
import type { PouchDatabase, Replication } from './pouch-api';

const PUSHED_ID = '_local/creator-scout-pushed';

export interface TeamEngineOptions {
  db: CreatorScoutDB;
  local: PouchDatabase;
  remote: PouchDatabase;
  user: string;
  place: TeamPlace;
  now?: () => number;
  /** Refusals already reported (kept over restarts of the service worker), until the next join. */
  refused?: SyncStatus['refused'];
}

export interface CycleResult {
  status: SyncStatus;
  applied: ApplyResult | null;
  merged: { id: string; report: Unsettled[] }[];
}

function refusalOf(denied: unknown[]): string {
  const text = JSON.stringify(denied);
  if (text.includes(VIEWER_REFUSAL)) return VIEWER_REFUSAL;
  const first = denied[0] as { message?: string; reason?: string } | undefined;
  return first?.reason ?? first?.message ?? 'forbidden.';
}

export class TeamEngine {
  private running: Promise<unknown> = Promise.resolve();
  private live: Replication[] = [];
  /** Refusals the live push met since the last cycle (the cycle reports them). */
  private liveDenied: unknown[] = [];
  private readonly now: () => number;

  /** Changes the server refused, said in every status until the next join (kept here: cycles that overlap cannot lose it). */
  private refused: SyncStatus['refused'];

  constructor(private readonly options: TeamEngineOptions) {
    this.now = options.now ?? Date.now;
    this.refused = options.refused ?? null;
  }

  /** Runs `work` after whatever the engine is doing now. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.running.then(work, work);
    this.running = next.catch(() => undefined);
    return next;
  }

  private get merger() {
    return { by: this.options.user, at: this.now() };
  }

  /** Changes made here the team has not received: queued, or in the replica since the last push. */
  async pending(): Promise<number> {
    const { db, local } = this.options;
    let since: number | string = 0;
    try {
      since = (await local.get(PUSHED_ID)).seq as number | string;
    } catch {
      // never pushed
    }
    const changes = await local.changes({ since });
    return (await db.outbox.count()) + changes.results.filter((c) => !c.id.startsWith('_design/')).length;
  }

  private async savePushed(seq: number | string) {
    const { local } = this.options;
    let rev: string | undefined;
    try {
      rev = (await local.get(PUSHED_ID))._rev;
    } catch {
      // first push
    }
    await local.put({ _id: PUSHED_ID, ...(rev ? { _rev: rev } : {}), seq });
  }

  /** One full round: flush, pull, settle and apply, push. */
  cycle(): Promise<CycleResult> {
    return this.serial(async () => {
      const { db, local, remote, place } = this.options;
      const merged: CycleResult['merged'] = [];
      const status = async (state: SyncStatus['state'] | null, reason: string | null = null): Promise<SyncStatus> => {
        const pending = await this.pending();
        return { state: state ?? (pending > 0 ? 'pending' : 'synced'), pending, reason, refused: this.refused, at: this.now() };
      };
      const flushed = await flushOutbox(db, local, this.merger);
      merged.push(...flushed.reports);
      let applied: ApplyResult | null = null;
      try {
        await local.replicate.from(remote);
        applied = await applyPulled(db, local, this.merger);
        merged.push(...applied.merged);
        const seq = (await local.info()).update_seq;
        const denied: unknown[] = [];
        const push = local.replicate.to(remote);
        push.on('denied', (e) => denied.push(e));
        const result = await push;
        const live = this.liveDenied.splice(0);
        const count = Math.max(result.doc_write_failures, denied.length) + live.length;
        if (count > 0) this.refused = { count: (this.refused?.count ?? 0) + count, reason: refusalOf([...denied, ...live]) };
        await this.savePushed(seq);
      } catch (error) {
        const failure = describeFailure(error, place);
        return { status: await status(failure.state, failure.reason), applied, merged };
      }
      return { status: await status(null), applied, merged };
    });
  }

  /** Applies what a live pull brought in (after the cycle in progress). */
  applyNow(): Promise<ApplyResult> {
    return this.serial(() => applyPulled(this.options.db, this.options.local, this.merger));
  }

  /** Continuous replication both ways while an extension page is open; `onPulled` after each batch pulled. */
  startLive(onPulled: () => void, onError: (error: unknown) => void, onDenied: () => void = () => undefined): void {
    if (this.live.length) return;
    const { local, remote } = this.options;
    const pull = local.replicate.from(remote, { live: true, retry: true });
    pull.on('change', () => onPulled());
    pull.on('error', onError);
    const push = local.replicate.to(remote, { live: true, retry: true });
    push.on('error', onError);
    push.on('denied', (e) => {
      this.liveDenied.push(e);
      onDenied();
    });
    this.live = [pull, push];
  }

  stopLive(): void {
    for (const r of this.live) r.cancel();
    this.live = [];
  }

  get isLive(): boolean {
    return this.live.length > 0;
  }

  async close(): Promise<void> {
    this.stopLive();
    await this.running;
  }
}
