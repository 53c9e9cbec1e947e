// A CouchDB-compatible server for tests: `pouchdb-server` (npm, dev dependency) on 127.0.0.1 on a
// free port, in a fresh temporary folder (it writes config.json, log.txt and its databases into its
// working directory), with an admin, the team database created as that admin and the team's users.
// It stands in for Apache CouchDB 3, which teams run; see README "Team sync".
// Stopped by its process group's id: no orphan process is left behind, even when a test fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'node_modules/pouchdb-server/bin/pouchdb-server');
/** Fixes pouchdb-server's validation dropping replicated updates (see the file). */
const VALIDATION_FIX = path.join(ROOT, 'tests/harness/pouchdb-validation-fix.cjs');

export interface CouchUser {
  name: string;
  password: string;
  roles: string[];
}

export interface CouchServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  admin: { name: string; password: string };
  folder: string;
  /** A request to the server; `as` signs it as that user (or the admin), none is anonymous. */
  request(pathname: string, init?: RequestInit & { as?: { name: string; password: string } }): Promise<Response>;
  createDatabase(name: string): Promise<void>;
  createUser(user: CouchUser): Promise<void>;
  /** Stops the server (the database files stay in `folder` until `dispose`). */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder, with the same databases and users. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
}

export interface CouchServerOptions {
  /** Created as the admin before any user connects (an anonymous PUT of a missing database crashes pouchdb-server). */
  databases?: string[];
  users?: CouchUser[];
  /** Keep databases in memory only (lost on restart); on disk (leveldown) by default. */
  inMemory?: boolean;
  /** How long to wait for the server to answer; generous, the machine may be busy. */
  readyTimeoutMs?: number;
}

const basic = (who: { name: string; password: string }) =>
  `Basic ${Buffer.from(`${who.name}:${who.password}`).toString('base64')}`;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startCouchServer(options: CouchServerOptions = {}): Promise<CouchServer> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'creator-scout-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const admin = { name: 'admin', password: `admin-${Math.random().toString(36).slice(2)}` };
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  let child: ChildProcess | null = null;
  let output = '';

  async function request(pathname: string, init: RequestInit & { as?: { name: string; password: string } } = {}) {
    const { as, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (as) headers.set('Authorization', basic(as));
    if (rest.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    headers.set('Accept', 'application/json');
    return fetch(`${url}${pathname}`, { ...rest, headers });
  }

  async function launch() {
    output = '';
    const args = ['--require', VALIDATION_FIX, BIN, '--port', String(port), '--host', '127.0.0.1', '--no-color', '--no-stdout-logs'];
    if (options.inMemory) args.push('--in-memory');
    // Its own process group (detached), so stopping kills the server and anything it started.
    child = spawn(process.execPath, args, { cwd: folder, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${output}${logTail()}`);
      try {
        const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) });
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() - started > readyTimeoutMs) throw new Error(`pouchdb-server did not answer on ${url} within ${readyTimeoutMs} ms: ${output}${logTail()}`);
      await sleep(200);
    }
  }

  function logTail() {
    try {
      return `\nlog.txt: ${readFileSync(path.join(folder, 'log.txt'), 'utf8').slice(-2000)}`;
    } catch {
      return '';
    }
  }

  async function stop() {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.pid === undefined) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    try {
      process.kill(-running.pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
    if (timedOut) {
      try {
        process.kill(-running.pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
      await exited;
    }
  }

  async function expectOk(res: Response, what: string) {
    if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  }

  const server: CouchServer = {
    url,
    admin,
    folder,
    request,
    async createDatabase(name) {
      const res = await request(`/${encodeURIComponent(name)}`, { method: 'PUT', as: admin });
      if (res.status !== 412) await expectOk(res, `create database ${name}`); // 412: it exists already
    },
    async createUser({ name, password, roles }) {
      const res = await request(`/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, {
        method: 'PUT',
        as: admin,
        body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, roles, type: 'user' }),
      });
      await expectOk(res, `create user ${name}`);
    },
    stop,
    async restart() {
      await stop();
      await launch();
    },
    async dispose() {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };

  try {
    await launch();
    // Ends the "admin party": from here on only the admin may create databases and change design documents.
    await expectOk(await request(`/_config/admins/${admin.name}`, { method: 'PUT', body: JSON.stringify(admin.password) }), 'create the admin');
    for (const name of options.databases ?? []) await server.createDatabase(name);
    for (const user of options.users ?? []) await server.createUser(user);
  } catch (error) {
    await server.dispose();
    throw error;
  }
  return server;
}
