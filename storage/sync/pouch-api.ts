// The part of PouchDB's API team sync uses, typed here rather than with @types/pouchdb-core: that
// package pulls the DOM library into every file of the program (`/// <reference lib="dom" />`),
// background code included, and changes how Node's Buffer type-checks in the tools.

export interface Revisions {
  start: number;
  ids: string[];
}

export interface PouchDocument {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _deleted_conflicts?: string[];
  _revisions?: Revisions;
  [key: string]: unknown;
}

export interface PutResult {
  ok: true;
  id: string;
  rev: string;
}
export interface WriteError {
  error: true | string;
  id?: string;
  status?: number;
  name?: string;
  reason?: string;
  message?: string;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
  status: string;
}
export interface Replication extends PromiseLike<ReplicationResult> {
  on(event: 'denied' | 'error' | 'change' | 'complete' | 'paused' | 'active', listener: (info: unknown) => void): Replication;
  cancel(): void;
}
export interface ReplicateOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  batches_limit?: number;
  checkpoint?: 'source' | 'target' | false;
}

export interface Change {
  id: string;
  seq: number | string;
  changes: { rev: string }[];
  deleted?: boolean;
  doc?: PouchDocument;
}

export interface PouchDatabase {
  readonly name: string;
  info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
  get(id: string, options?: { conflicts?: boolean; deleted_conflicts?: boolean; revs?: boolean; rev?: string }): Promise<PouchDocument>;
  get(id: string, options: { open_revs: string[] | 'all'; revs?: boolean }): Promise<Array<{ ok: PouchDocument } | { missing: string }>>;
  put(doc: PouchDocument): Promise<PutResult>;
  bulkDocs(docs: PouchDocument[]): Promise<Array<PutResult | WriteError>>;
  allDocs(options?: { include_docs?: boolean; conflicts?: boolean; startkey?: string; endkey?: string; limit?: number; keys?: string[] }): Promise<{
    total_rows: number;
    rows: Array<{ id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: PouchDocument }>;
  }>;
  changes(options: { since?: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<{ results: Change[]; last_seq: number | string }>;
  replicate: {
    to(target: PouchDatabase | string, options?: ReplicateOptions): Replication;
    from(source: PouchDatabase | string, options?: ReplicateOptions): Replication;
  };
  close(): Promise<void>;
  destroy(): Promise<void>;
}

/** A plugin (an adapter, replication): opaque, handed to `plugin()`. */
export type PouchPlugin = { readonly __pouchPlugin?: never } | ((PouchDB: unknown) => void);

export interface PouchStatic {
  new (name: string, options?: { adapter?: string; auth?: { username: string; password: string }; skip_setup?: boolean }): PouchDatabase;
  plugin(plugin: PouchPlugin): PouchStatic;
}
