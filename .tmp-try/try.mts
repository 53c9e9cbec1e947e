import { launchWithExtension } from '../tests/harness/extension.ts';
import { startCouchServer } from '../tests/harness/couch-server.ts';
const server = await startCouchServer({ databases: ['acme'], users: [{ name: 'ann', password: 'pw', roles: ['acme:editor'] }] });
const b = await launchWithExtension({ passThrough: [server.url] });
try {
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('options.html#/team'));
  await page.getByLabel('Server address').fill(server.url);
  await page.getByLabel('Team database').fill('acme');
  await page.getByLabel('User name').fill('ann');
  await page.getByLabel('Password').fill('pw');
  await page.getByRole('button', { name: 'Join the team' }).click();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(1000);
    const t = await page.locator('.team-page').innerText();
    console.log(i, JSON.stringify(t.slice(-300)));
    if (/joined|alert|permission/i.test(t) && i > 3) break;
  }
} finally { await b.close(); await server.dispose(); }
