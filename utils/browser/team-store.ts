// The team this browser joined (server, database, member, password) and the sync's status, kept in
// extension storage: never in the database, so never in a backup or an export. No team, no key.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { SyncStatus } from '@/utils/sync/status';

const TEAM_KEY = 'team.v1';
const STATUS_KEY = 'teamSyncStatus.v1';

const TeamConfigSchema = z.object({
  /** The server's address, without a trailing slash (https://couch.example.com). */
  url: z.string().check(z.minLength(8), z.maxLength(500)),
  db: z.string().check(z.minLength(1), z.maxLength(240)),
  user: z.string().check(z.minLength(1), z.maxLength(200)),
  password: z.string().check(z.maxLength(1000)),
  /** The member's role as the server said when joining ('admin' | 'editor' | 'viewer'). */
  role: z.enum(['admin', 'editor', 'viewer']),
  joinedAt: z.number(),
});
export type TeamConfig = z.infer<typeof TeamConfigSchema>;

const StatusSchema = z.object({
  state: z.enum(['synced', 'pending', 'offline', 'error']),
  pending: z.number(),
  reason: z.nullable(z.string()),
  refused: z.nullable(z.object({ count: z.number(), reason: z.string() })),
  at: z.number(),
});

function parseConfig(value: unknown): TeamConfig | null {
  const parsed = TeamConfigSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function parseStatus(value: unknown): SyncStatus | null {
  const parsed = StatusSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function watchKey<T>(key: string, parse: (v: unknown) => T, onChange: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) onChange(parse(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const teamConfig = {
  async get(): Promise<TeamConfig | null> {
    return parseConfig((await browser.storage.local.get(TEAM_KEY))[TEAM_KEY]);
  },
  async set(config: TeamConfig): Promise<void> {
    await browser.storage.local.set({ [TEAM_KEY]: TeamConfigSchema.parse(config) });
  },
  /** Leaving: the credentials and the status go; the records stay. */
  async clear(): Promise<void> {
    await browser.storage.local.remove([TEAM_KEY, STATUS_KEY]);
  },
  watch(onChange: (config: TeamConfig | null) => void): () => void {
    return watchKey(TEAM_KEY, parseConfig, onChange);
  },
};

export const syncStatus = {
  async get(): Promise<SyncStatus | null> {
    return parseStatus((await browser.storage.local.get(STATUS_KEY))[STATUS_KEY]);
  },
  async set(status: SyncStatus): Promise<void> {
    await browser.storage.local.set({ [STATUS_KEY]: status });
  },
  watch(onChange: (status: SyncStatus | null) => void): () => void {
    return watchKey(STATUS_KEY, parseStatus, onChange);
  },
};

/** The port an extension page holds open to the background: sync runs live while one is connected. */
export const LIVE_PORT = 'team-sync-live';

/** The team server's host, as `permissions.request` takes it (host permissions do not tell ports apart). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export type LiveMessage = { type: 'soon' } | { type: 'now' };

/**
 * An extension page's line to the background while it is open: sync runs live meanwhile, and the
 * page says when it wrote something (`soon`) or the user asked (`now`). A ping keeps the service
 * worker awake while the page stays open.
 */
export function connectLive(): { send(message: LiveMessage): void; close(): void } {
  let port = browser.runtime.connect({ name: LIVE_PORT });
  let open = true;
  const reconnect = () => {
    if (open) port = browser.runtime.connect({ name: LIVE_PORT });
  };
  port.onDisconnect.addListener(reconnect);
  const ping = setInterval(() => {
    try {
      port.postMessage({ type: 'ping' });
    } catch {
      reconnect();
    }
  }, 20_000);
  return {
    send(message) {
      try {
        port.postMessage(message);
      } catch {
        reconnect();
        port.postMessage(message);
      }
    },
    close() {
      open = false;
      clearInterval(ping);
      port.disconnect();
    },
  };
}
