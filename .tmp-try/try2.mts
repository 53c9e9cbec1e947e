import { teamProfile } from '../tests/harness/team-profile.ts';
import { startCouchServer } from '../tests/harness/couch-server.ts';
const server = await startCouchServer({ databases: ['acme'], users: [{ name: 'ann', password: 'pw', roles: ['acme:editor'] }] });
const p = await teamProfile(server.url);
const b = p.browser;
try {
  const page = await b.context.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  await page.goto(b.extensionUrl('options.html#/team'));
  await page.getByLabel('Server address').fill(server.url);
  await page.getByLabel('Team database').fill('acme');
  await page.getByLabel('User name').fill('ann');
  await page.getByLabel('Password').fill('pw');
  await page.getByRole('button', { name: 'Join the team' }).click();
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(1500);
    const t = await page.locator('.team-page').innerText();
    console.log(i, JSON.stringify(t.slice(-250)));
  }
  console.log(b.requests.filter(r => r.status !== 'extension-file').map(r => r.status + ' ' + r.url).slice(0, 20));
} finally { await p.dispose(); await server.dispose(); }
