// PouchDB's packages ship no types: the subset team sync uses is in pouch-api.ts.
declare module 'pouchdb-core' {
  import type { PouchStatic } from '@/storage/sync/pouch-api';
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  import type { PouchPlugin } from '@/storage/sync/pouch-api';
  const plugin: PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  import type { PouchPlugin } from '@/storage/sync/pouch-api';
  const plugin: PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-replication' {
  import type { PouchPlugin } from '@/storage/sync/pouch-api';
  const plugin: PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  import type { PouchPlugin } from '@/storage/sync/pouch-api';
  const plugin: PouchPlugin;
  export default plugin;
}
