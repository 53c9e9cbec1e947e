import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import type { PouchDatabase } from '@/storage/sync/pouch-api';

// PouchDB in Node for the team sync tests: the same core, HTTP adapter and replication the
// extension ships (storage/sync/pouchdb.ts), with an in-memory adapter in place of IndexedDB.
const NodePouch = PouchDB.plugin(memory).plugin(http).plugin(replication);

let n = 0;
/** A fresh local replica, as one browser profile holds it. */
export function memoryDb(name = 'replica'): PouchDatabase {
  n += 1;
  return new NodePouch(`${name}-${n}-${Date.now()}`, { adapter: 'memory' });
}

/** The team database on the server, as `user` sees it. */
export function remoteDb(url: string, db: string, user: { name: string; password: string }): PouchDatabase {
  return new NodePouch(`${url}/${db}`, { auth: { username: user.name, password: user.password }, skip_setup: true });
}
