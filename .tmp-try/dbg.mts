import { startCouchServer } from '../tests/harness/couch-server.ts';
const server = await startCouchServer({ users: [{ name: 'vic', password: 'v', roles: [] }] });
for (const [m, b] of [['PUT', undefined], ['GET', undefined]] as const) {
  try { const r = await server.request('/x', { method: m, body: b, as: { name: 'vic', password: 'v' } }); console.log(m, r.status); } catch (e) { console.log('ERR', m, e); }
}
try { const r = await server.request('/_session', { as: { name: 'vic', password: 'v' } }); console.log('session', r.status, await r.text()); } catch (e) { console.log('ERR', e); }
await server.dispose();
