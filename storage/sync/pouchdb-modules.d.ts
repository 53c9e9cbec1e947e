// PouchDB's packages ship no types: the subset team sync uses is in pouch-api.ts.
declare module 'pouchdb-core' {
  const PouchDB: import('./pouch-api').PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: import('./pouch-api').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: import('./pouch-api').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: import('./pouch-api').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: import('./pouch-api').PouchPlugin;
  export default plugin;
}
