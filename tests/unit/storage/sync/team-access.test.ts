// Joining and creating a team against a real CouchDB-compatible server: each failure is the sentence
// the Team page shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMembership, checkTeamForm, createTeam, normalizeServer, type ServerRequest } from '@/storage/sync/team-access';
import { DESIGN_DOC_ID, teamRole } from '@/utils/sync/security';
import { freePort, startCouchServer, type CouchServer } from '../../../harness/couch-server';

const DB = 'team-access';
const ann = { name: 'ann', password: 'ann-pw', roles: [teamRole(DB, 'editor')] };
const vic = { name: 'vic', password: 'vic-pw', roles: [teamRole(DB, 'viewer')] };
const out = { name: 'otto', password: 'otto-pw', roles: [] };

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer({ users: [ann, vic, out] });
}, 120_000);
afterAll(async () => {
  await server?.dispose();
}, 60_000);

function as(who: { name: string; password: string }): ServerRequest {
  return (path, init = {}) => server.request(path, { method: init.method, body: init.body, as: who });
}

describe('joining and creating a team', { timeout: 60_000 }, () => {
  it('checks the form before asking anything', () => {
    expect(checkTeamForm({ url: 'couch', db: 'acme', user: 'ann', password: 'x' })).toMatch(/^Enter the server’s address/);
    expect(checkTeamForm({ url: 'https://c.example', db: 'Acme', user: 'ann', password: 'x' })).toMatch(/lowercase letter/);
    expect(checkTeamForm({ url: 'https://c.example', db: 'acme', user: ' ', password: 'x' })).toBe('Enter your user name on the team server.');
    expect(checkTeamForm({ url: 'https://c.example/', db: 'acme', user: 'ann', password: 'x' })).toBeNull();
    expect(normalizeServer('https://c.example/couch/')).toBe('https://c.example/couch');
  });

  it('the server admin creates the team with its rules; anyone else is told to sign in as the admin', async () => {
    // pouchdb-server crashes on a non-admin's PUT of a missing database (README): CouchDB 3 answers 401, as here.
    const refused: ServerRequest = async () => new Response(JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' }), { status: 401 });
    await expect(createTeam(refused, server.url, DB)).rejects.toThrow('Only a server admin can create a team: sign in with the server admin’s name and password.');
    await createTeam(as(server.admin), server.url, DB);
    const design = await server.request(`/${DB}/${encodeURIComponent(DESIGN_DOC_ID)}`, { as: server.admin });
    expect(design.status).toBe(200);
  });

  it('tells each member their role, and each failure in a sentence', async () => {
    expect(await checkMembership(as(ann), server.url, DB)).toEqual({ role: 'editor', name: 'ann' });
    expect(await checkMembership(as(vic), server.url, DB)).toEqual({ role: 'viewer', name: 'vic' });
    expect(await checkMembership(as(server.admin), server.url, DB)).toEqual({ role: 'admin', name: 'admin' });
    await expect(checkMembership(as({ name: 'ann', password: 'wrong' }), server.url, DB)).rejects.toThrow('The team server did not accept this user name and password.');
    await expect(checkMembership(as(ann), server.url, 'no-such-team')).rejects.toThrow(`There is no team database “no-such-team” on ${server.url}.`);
    await expect(checkMembership(as(out), server.url, DB)).rejects.toThrow(`“otto” is not a member of the team “${DB}”.`);
  });

  it('says when the server cannot be reached', async () => {
    const port = await freePort();
    const down = `http://127.0.0.1:${port}`;
    const request: ServerRequest = (path) => fetch(`${down}${path}`);
    await expect(checkMembership(request, down, DB)).rejects.toThrow(`Cannot reach the team server at ${down}.`);
  });
});
