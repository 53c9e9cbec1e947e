// Preloaded into pouchdb-server by couch-server.ts (node --require). pouchdb-validation 4.2.0, the
// validate_doc_update of pouchdb-server, overwrites the incoming document's `_revisions` with the
// stored document's before validating, so every replicated update (bulk_docs with new_edits:false)
// looks already stored and is silently dropped: https://github.com/pouchdb/pouchdb-server/issues/419
// (fix proposed in pull request #420, never released). Apache CouchDB does not do this. This applies
// #420's change to the module as it loads: the validation functions get a copy, the write gets the
// document as it came. Test stand-in only; the extension never runs this.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload: it patches require() itself */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const TARGET = path.join('pouchdb-validation', 'lib', 'index.js');
const BUG = 'newDoc._revisions = (oldDoc || {})._revisions;';
const FIX = 'newDoc = Object.assign({}, newDoc, { _revisions: (oldDoc || {})._revisions });';

/** Node's loader table for .js files (internal, stable since Node 0.x, not in its types). */
const extensions = /** @type {Record<string, (module: any, filename: string) => void>} */ (/** @type {any} */ (Module)._extensions);
const load = extensions['.js'];
/** @param {any} module @param {string} filename */
extensions['.js'] = function (module, filename) {
  if (!filename.endsWith(TARGET)) return load?.(module, filename);
  const source = fs.readFileSync(filename, 'utf8');
  if (!source.includes(BUG)) throw new Error(`${filename} has changed: check whether pouchdb/pouchdb-server#419 still needs this fix`);
  module._compile(source.replace(BUG, FIX), filename);
};
