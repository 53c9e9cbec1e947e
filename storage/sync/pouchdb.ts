// The extension's PouchDB: the core, IndexedDB for the local replica, HTTP for the team's CouchDB
// and the replication protocol (no map/reduce: conflicts are read with `conflicts: true`, not views).
// 36.8 KB gzipped (esbuild, minified; 42 KB in a Vite library build) against 42.8 KB for
// `pouchdb-browser` (esbuild), which adds map/reduce.
// Background only: never import this from a content script or a page that does not sync.
// `events` (npm) stands in for Node's built-in module that pouchdb-core imports.
import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

export const TeamPouch = PouchDB.plugin(idb).plugin(http).plugin(replication);
