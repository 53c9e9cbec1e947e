// Baseline for the team-sync benchmarks (issue 15): PouchDB replicating a roster's documents
// between two plain databases, with nothing of the extension in the way. The extension's own
// figures (B sees A's change; a 10,000-creator first sync into an empty profile) are to be set
// beside these, in the same run, once sync is wired. Not yet part of `npm run bench`:
// `npx tsx scripts/bench/sync-baseline.ts [--sizes=1000,10000] [--runs=3]`.
//
// Two baselines per size: memory → memory (PouchDB alone) and pouchdb-server → memory over HTTP
// (the protocol, as a first sync pulls from the team's server). Each document is a creator mapped
// the way the extension writes it (utils/sync: typed id, stamped fields), its accounts beside it.
import { pathToFileURL } from 'node:url';
import { installTeamRules } from '@/storage/sync/team-setup';
import type { PouchDatabase, PouchDocument } from '@/storage/sync/pouch-api';
import { teamRole } from '@/utils/sync/security';
import { stampEdit } from '@/utils/sync/stamps';
import { startCouchServer } from '../../tests/harness/couch-server.ts';
import { memoryDb, remoteDb } from '../../tests/helpers/pouch-node.ts';
import { generateBackup } from './seed.ts';

const NOW = Date.UTC(2026, 10, 1);

/** The team documents of a generated roster: each creator and its two accounts, as the write path stamps them. */
export function rosterDocs(creators: number): PouchDocument[] {
  const backup = generateBackup(creators, 2, 0, NOW);
  const author = { by: 'ann', at: NOW };
  const docs: PouchDocument[] = [];
  for (const c of backup.tables.creators) docs.push(stampEdit('creator', c, null, author)!.doc as unknown as PouchDocument);
  for (const a of backup.tables.accounts) docs.push(stampEdit('account', a, null, author)!.doc as unknown as PouchDocument);
  return docs;
}

async function fill(db: PouchDatabase, docs: PouchDocument[]) {
  for (let i = 0; i < docs.length; i += 1000) await db.bulkDocs(docs.slice(i, i + 1000));
}

async function timeReplication(source: PouchDatabase, expected: number): Promise<number> {
  const target = memoryDb('bench-target');
  const started = performance.now();
  const result = await target.replicate.from(source, { batch_size: 500 });
  const ms = performance.now() - started;
  const { doc_count } = await target.info();
  if (result.docs_written !== expected || doc_count !== expected) throw new Error(`replicated ${result.docs_written} of ${expected} documents (${doc_count} stored)`);
  await target.destroy();
  return ms;
}

export interface SyncBaseline {
  creators: number;
  docs: number;
  /** Milliseconds per run. */
  memoryToMemory: number[];
  serverToMemory: number[];
}

export async function syncBaselines(sizes: number[], runs: number): Promise<SyncBaseline[]> {
  const DB = 'team-bench';
  const ann = { name: 'ann', password: 'ann-pw', roles: [teamRole(DB, 'editor')] };
  const out: SyncBaseline[] = [];
  for (const creators of sizes) {
    const docs = rosterDocs(creators);
    const source = memoryDb('bench-source');
    await fill(source, docs);
    const server = await startCouchServer({ databases: [DB], users: [ann], readyTimeoutMs: 120_000 });
    try {
      await installTeamRules(DB, (path, init) => server.request(`/${DB}/${path}`, { ...init, as: server.admin }));
      const remote = remoteDb(server.url, DB, ann);
      await source.replicate.to(remote, { batch_size: 500 });
      const row: SyncBaseline = { creators, docs: docs.length, memoryToMemory: [], serverToMemory: [] };
      for (let r = 0; r < runs; r++) {
        row.memoryToMemory.push(await timeReplication(source, docs.length));
        // The team database also holds its rules (the validation design document): one more.
        row.serverToMemory.push(await timeReplication(remoteDb(server.url, DB, ann), docs.length + 1));
      }
      out.push(row);
    } finally {
      await server.dispose();
      await source.destroy();
    }
  }
  return out;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const sizes = (arg('sizes') ?? '1000,10000').split(',').map(Number);
  const runs = Number(arg('runs') ?? 3);
  for (const row of await syncBaselines(sizes, runs)) {
    console.log(
      `${row.creators} creators (${row.docs} documents): memory → memory ${median(row.memoryToMemory).toFixed(0)} ms, ` +
        `pouchdb-server → memory ${median(row.serverToMemory).toFixed(0)} ms (median of ${runs})`,
    );
  }
}
