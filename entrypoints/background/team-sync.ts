// Team sync in the background: a cycle every minute (alarm), a couple of seconds after a local
// change, live while an extension page is open, and at every start of the service worker (what a
// stopped worker left in the outbox or the replica is picked up then). Without a team: no alarm, no
// replica, no request. The status goes to extension storage for the popup and the options page.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { database } from '@/storage/db';
import { TeamEngine } from '@/storage/sync/engine';
import { actAs } from '@/storage/team';
import { forgetTeam, queueEverything } from '@/storage/sync/outbox';
import type { PouchDatabase } from '@/storage/sync/pouch-api';
import { TeamPouch } from '@/storage/sync/pouchdb';
import { LIVE_PORT, syncStatus, teamConfig, type TeamConfig } from '@/utils/browser/team-store';
import { describeFailure } from '@/utils/sync/status';

export const TEAM_ALARM = 'team-sync';
const LOCAL_REPLICA = 'creator-scout-team';
const JOINED_ID = '_local/creator-scout-joined';
const SOON_MS = 1_500;

const LiveMessage = z.object({ type: z.enum(['soon', 'now', 'ping']) });

let engine: TeamEngine | null = null;
let soon: ReturnType<typeof setTimeout> | null = null;
let applying: ReturnType<typeof setTimeout> | null = null;
const ports = new Set<unknown>();


let building: Promise<TeamEngine> | null = null;
let buildingFor = '';

/** The engine for this team, made once (calls at the same time share it). */
function engineOf(config: TeamConfig): Promise<TeamEngine> {
  const key = `${config.url}\u0000${config.db}\u0000${config.user}\u0000${config.password}\u0000${config.joinedAt}`;
  if (building && buildingFor === key) return building;
  buildingFor = key;
  building = buildEngine(config).catch((error: unknown) => {
    building = null;
    throw error;
  });
  return building;
}

async function buildEngine(config: TeamConfig): Promise<TeamEngine> {
  await engine?.close();
  engine = null;
  const local: PouchDatabase = new TeamPouch(LOCAL_REPLICA);
  // A new join (or a join after a leave this worker missed): start from an empty replica and queue every local record.
  let joined: { _rev?: string; joinedAt?: unknown } = {};
  try {
    joined = (await local.get(JOINED_ID)) as typeof joined;
  } catch {
    // never joined
  }
  let replica = local;
  let refused = (await syncStatus.get())?.refused ?? null;
  if (joined.joinedAt !== config.joinedAt) {
    refused = null;
    await local.destroy();
    await forgetTeam(database());
    replica = new TeamPouch(LOCAL_REPLICA);
    await queueEverything(database(), config.user, config.joinedAt);
    await replica.put({ _id: JOINED_ID, joinedAt: config.joinedAt });
  }
  const remote = new TeamPouch(`${config.url}/${encodeURIComponent(config.db)}`, { auth: { username: config.user, password: config.password }, skip_setup: true });
  engine = new TeamEngine({ db: database(), local: replica, remote, user: config.user, place: { url: config.url, db: config.db }, refused });
  if (ports.size > 0) startLive(engine);
  return engine;
}

/** One cycle now (after the one running, if any); the status is saved for the pages. */
export async function syncTeam(): Promise<void> {
  const config = await teamConfig.get();
  if (!config) return;
  actAs(database(), config);
  try {
    const e = await engineOf(config);
    const { status } = await e.cycle();
    if (await teamConfig.get()) await syncStatus.set(status);
  } catch (error) {
    const failure = describeFailure(error, config);
    const previous = await syncStatus.get();
    await syncStatus.set({ state: failure.state, pending: previous?.pending ?? 0, reason: failure.reason, refused: previous?.refused ?? null, at: Date.now() });
    console.warn('Creator Scout: team sync failed', error);
  }
}

function syncSoon(): void {
  if (soon) clearTimeout(soon);
  soon = setTimeout(() => {
    soon = null;
    void syncTeam();
  }, SOON_MS);
}

function startLive(e: TeamEngine): void {
  e.startLive(
    () => {
      // Each batch pulled live is applied to Dexie shortly after (batches close together apply once).
      if (applying) clearTimeout(applying);
      applying = setTimeout(() => {
        applying = null;
        void e.applyNow().catch((error: unknown) => console.warn('Creator Scout: applying team changes failed', error));
      }, 300);
    },
    () => syncSoon(),
    // A refusal the live push met: the next cycle (soon) tells the user.
    () => syncSoon(),
  );
}

async function leave(): Promise<void> {
  const closing = building;
  building = null;
  buildingFor = '';
  await closing?.catch(() => null);
  await engine?.close();
  engine = null;
  await browser.alarms.clear(TEAM_ALARM);
  const db = database();
  actAs(db, null);
  // The local copy of the records stays; the replica, the outbox and the sync state go.
  if ((await db.outbox.count()) > 0 || (await db.syncState.count()) > 0) {
    await forgetTeam(db);
    await new TeamPouch(LOCAL_REPLICA).destroy();
  }
}

async function follow(config: TeamConfig | null): Promise<void> {
  if (!config) return leave();
  actAs(database(), config);
  if (!(await browser.alarms.get(TEAM_ALARM))) await browser.alarms.create(TEAM_ALARM, { periodInMinutes: 1 });
  await syncTeam();
}

export function registerTeamSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) void syncTeam();
  });
  teamConfig.watch((config) => void follow(config).catch(warnFollow));
  database().changes.subscribe((changes) => {
    if (database().changes.queue && changes.some((c) => !c.remote)) syncSoon();
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVE_PORT) return;
    const own = port.sender?.id === browser.runtime.id && (port.sender?.url ?? '').startsWith(browser.runtime.getURL('/'));
    if (!own) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onMessage.addListener((message: unknown) => {
      const parsed = LiveMessage.safeParse(message);
      if (!parsed.success) return;
      if (parsed.data.type === 'now') void syncTeam();
      else if (parsed.data.type === 'soon') syncSoon();
    });
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (ports.size === 0) engine?.stopLive();
    });
    void teamConfig.get().then(async (config) => {
      if (!config || !ports.has(port)) return;
      const e = await engineOf(config);
      if (ports.size > 0 && !e.isLive) startLive(e);
    });
  });
  // Every start: sign as the member, and pick up whatever a stopped worker left.
  void teamConfig
    .get()
    .then((config) => follow(config))
    .catch(warnFollow);
}

const warnFollow = (error: unknown) => console.warn('Creator Scout: following the team failed', error);
