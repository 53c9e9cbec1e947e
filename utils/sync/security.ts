// A team's roles, enforced by the server (CouchDB's `_security` object and a `validate_doc_update`
// design document), not by the extension's UI. Pure data: storage/sync/team-setup.ts installs it.
//
// CouchDB users live server-wide in `_users`, so a team's roles carry the team database's name:
// `<db>:admin`, `<db>:editor`, `<db>:viewer`. A user with none of them cannot read the database at
// all (it has members); a viewer reads and replicates but every write is refused with a message.
import { SHARED_TYPES, IMMUTABLE_TYPES } from './docs';

export const TEAM_ROLES = ['admin', 'editor', 'viewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const DESIGN_DOC_ID = '_design/creator-scout';
/** Bumped when the rules change, so an admin's extension knows to reinstall them. */
export const RULES_VERSION = 1;

export const VIEWER_REFUSAL = 'Viewers cannot change the team roster: ask a team admin to make you an editor.';
export const ANONYMOUS_REFUSAL = 'Sign in to the team to change the roster.';

export function teamRole(db: string, role: TeamRole): string {
  return `${db}:${role}`;
}

/** The database's `_security` object: team admins administer it, every team role may read it. */
export function teamSecurity(db: string) {
  return {
    admins: { names: [] as string[], roles: [teamRole(db, 'admin')] },
    members: { names: [] as string[], roles: TEAM_ROLES.map((r) => teamRole(db, r)) },
  };
}

/**
 * The validation function's source. CouchDB runs it in its own JavaScript engine (SpiderMonkey or
 * QuickJS in CouchDB 3): plain ES5, no closures over this module. Refusals are `forbidden`
 * (HTTP 403) with a sentence a person can read, shown as is in the extension.
 */
export function validateSource(db: string): string {
  const roles = JSON.stringify({ admin: teamRole(db, 'admin'), editor: teamRole(db, 'editor'), viewer: teamRole(db, 'viewer') });
  return `function (newDoc, oldDoc, userCtx, secObj) {
  var ROLES = ${roles};
  var SHARED = ${JSON.stringify(SHARED_TYPES)};
  var IMMUTABLE = ${JSON.stringify(IMMUTABLE_TYPES)};
  var mine = userCtx.roles || [];
  function has(role) { return mine.indexOf(role) !== -1; }
  function refuse(message) { throw({ forbidden: message }); }
  var isAdmin = has('_admin') || has(ROLES.admin);
  if (!userCtx.name && !has('_admin')) refuse(${JSON.stringify(ANONYMOUS_REFUSAL)});
  if (!isAdmin && !has(ROLES.editor)) {
    if (has(ROLES.viewer)) refuse(${JSON.stringify(VIEWER_REFUSAL)});
    refuse('You are not a member of this team.');
  }
  var type = newDoc._deleted ? (oldDoc && oldDoc.type) : newDoc.type;
  if (IMMUTABLE.indexOf(type) !== -1 && oldDoc && !oldDoc._deleted && !newDoc._deleted && !isAdmin) {
    refuse('Readings are never changed once shared: save a new one.');
  }
  if (newDoc._deleted) return;
  if (SHARED.indexOf(newDoc.type) === -1 && IMMUTABLE.indexOf(newDoc.type) === -1) {
    refuse('Unknown document type: ' + newDoc.type);
  }
  if (newDoc._id.indexOf(newDoc.type + ':') !== 0) refuse('A ' + newDoc.type + ' document id starts with "' + newDoc.type + ':".');
  if (newDoc.v !== 1) refuse('This document was written by a newer Creator Scout: update the extension.');
  if (!newDoc.data || typeof newDoc.data !== 'object') refuse('A document carries its record in "data".');
  if (typeof newDoc.editedAt !== 'number') refuse('A document says when it was written ("editedAt").');
  if (newDoc.editedBy !== userCtx.name && !isAdmin) refuse('A document is signed by the user who writes it ("editedBy").');
  if (SHARED.indexOf(newDoc.type) !== -1 && (!newDoc.stamps || typeof newDoc.stamps !== 'object')) {
    refuse('A shared record stamps each field with who changed it and when ("stamps").');
  }
}`;
}

export function teamDesignDoc(db: string) {
  return {
    _id: DESIGN_DOC_ID,
    rulesVersion: RULES_VERSION,
    language: 'javascript',
    validate_doc_update: validateSource(db),
  };
}
