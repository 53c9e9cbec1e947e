// The team's roles are enforced by the server: installed on a real CouchDB-compatible server
// (pouchdb-server, tests/harness/couch-server.ts), then each role tries to write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTeamRules, TeamSetupError } from '@/storage/sync/team-setup';
import { stampEdit } from '@/utils/sync/stamps';
import { ANONYMOUS_REFUSAL, DESIGN_DOC_ID, RULES_VERSION, teamRole, VIEWER_REFUSAL } from '@/utils/sync/security';
import { startCouchServer, type CouchServer } from '../../../harness/couch-server';
import { makeCreator } from '../../../helpers/records';

const DB = 'team-acme';
const ada = { name: 'ada', password: 'ada-pw', roles: [teamRole(DB, 'admin')] };
const eve = { name: 'eve', password: 'eve-pw', roles: [teamRole(DB, 'editor')] };
const vic = { name: 'vic', password: 'vic-pw', roles: [teamRole(DB, 'viewer')] };
const out = { name: 'out', password: 'out-pw', roles: ['other-team:editor'] };

let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer({ databases: [DB], users: [ada, eve, vic, out] });
  await installTeamRules(DB, (path, init) => server.request(`/${DB}/${path}`, { ...init, as: server.admin }));
}, 120_000);
afterAll(async () => {
  await server?.dispose();
}, 60_000);

function creatorDoc(by: string, id = 'c1') {
  return stampEdit('creator', makeCreator({ id, displayName: `Written by ${by}` }), null, { by, at: 1_700_000_000_000 })!.doc;
}

async function put<D extends { _id: string }>(doc: D, as?: { name: string; password: string }) {
  const res = await server.request(`/${DB}/${encodeURIComponent(doc._id)}`, { method: 'PUT', body: JSON.stringify(doc), as });
  return { status: res.status, body: (await res.json()) as { ok?: boolean; error?: string; reason?: string; rev?: string } };
}

describe('team rules on the server', { timeout: 60_000 }, () => {
  it('installs the security object and the validation design document', async () => {
    const security = (await (await server.request(`/${DB}/_security`, { as: server.admin })).json()) as Record<string, { roles: string[] }>;
    expect(security.admins!.roles).toEqual(['team-acme:admin']);
    expect(security.members!.roles).toEqual(['team-acme:admin', 'team-acme:editor', 'team-acme:viewer']);
    const design = (await (await server.request(`/${DB}/${encodeURIComponent(DESIGN_DOC_ID)}`, { as: eve })).json()) as { rulesVersion: number; validate_doc_update: string };
    expect(design.rulesVersion).toBe(RULES_VERSION);
    expect(design.validate_doc_update).toContain(VIEWER_REFUSAL);
  });

  it("accepts an editor's write and an admin's", async () => {
    const byEve = await put(creatorDoc('eve'), eve);
    expect(byEve.status).toBe(201);
    expect(byEve.body.ok).toBe(true);
    const byAda = await put(creatorDoc('ada', 'c2'), ada);
    expect(byAda.status).toBe(201);
    const read = (await (await server.request(`/${DB}/creator%3Ac1`, { as: vic })).json()) as { data: { displayName: string } };
    expect(read.data.displayName).toBe('Written by eve');
  });

  it("refuses a viewer's write with a message a person can read, and keeps nothing of it", async () => {
    const res = await put(creatorDoc('vic', 'c3'), vic);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'forbidden', reason: VIEWER_REFUSAL });
    expect((await server.request(`/${DB}/creator%3Ac3`, { as: ada })).status).toBe(404);
  });

  it('refuses an anonymous write and a user of another team', async () => {
    const anonymous = await put(creatorDoc('nobody', 'c4'));
    expect([401, 403]).toContain(anonymous.status);
    if (anonymous.status === 403) expect(anonymous.body.reason).toBe(ANONYMOUS_REFUSAL);
    const outsider = await put(creatorDoc('out', 'c5'), out);
    expect([401, 403]).toContain(outsider.status);
    expect((await server.request(`/${DB}/creator%3Ac4`, { as: ada })).status).toBe(404);
    expect((await server.request(`/${DB}/creator%3Ac5`, { as: ada })).status).toBe(404);
  });

  it('refuses a document signed by someone else, of an unknown type, or without stamps', async () => {
    const forged = await put(creatorDoc('ada', 'c6'), eve);
    expect(forged.status).toBe(403);
    expect(forged.body.reason).toMatch(/signed by the user who writes it/);
    const unknown = await put({ _id: 'draft:1', type: 'draft', v: 1, data: {}, editedBy: 'eve', editedAt: 1 } as { _id: string }, eve);
    expect(unknown.status).toBe(403);
    expect(unknown.body.reason).toBe('Unknown document type: draft');
    const { stamps: _stamps, ...unstamped } = creatorDoc('eve', 'c7');
    const noStamps = await put(unstamped, eve);
    expect(noStamps.status).toBe(403);
    expect(noStamps.body.reason).toMatch(/stamps each field/);
  });

  it('keeps a shared reading as it was written', async () => {
    const reading = { _id: 'snapshot:instagram:ana:abc', type: 'snapshot', v: 1, data: { takenAt: 1 }, editedBy: 'eve', editedAt: 1 };
    const first = await put(reading, eve);
    expect(first.status).toBe(201);
    const changed = await put({ ...reading, _rev: first.body.rev, data: { takenAt: 2 } }, eve);
    expect(changed.status).toBe(403);
    expect(changed.body.reason).toMatch(/never changed once shared/);
  });

  it("lets a team admin (not the server's admin) install the rules again, over the old design document", async () => {
    const before = (await (await server.request(`/${DB}/${encodeURIComponent(DESIGN_DOC_ID)}`, { as: ada })).json()) as { _rev: string };
    await expect(installTeamRules(DB, (path, init) => server.request(`/${DB}/${path}`, { ...init, as: ada }))).resolves.toBe(RULES_VERSION);
    const after = (await (await server.request(`/${DB}/${encodeURIComponent(DESIGN_DOC_ID)}`, { as: ada })).json()) as { _rev: string };
    expect(Number.parseInt(after._rev, 10)).toBe(Number.parseInt(before._rev, 10) + 1);
  });

  it('says plainly when someone who is not an admin tries to install the rules', async () => {
    const attempt = installTeamRules(DB, (path, init) => server.request(`/${DB}/${path}`, { ...init, as: eve }));
    await expect(attempt).rejects.toBeInstanceOf(TeamSetupError);
    await expect(attempt).rejects.toThrow(/only a team admin can do this/);
  });
});
