// `npm run demo`: Chromium with the built extension and the bundled real pages served at their real
// URLs — no internet needed. With a display it opens a window to play in; headless (no display, or
// `--headless`) it walks the main flow and saves screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fixturePages, launchWithExtension, ROOT } from '../../tests/harness/extension.ts';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = path.join(ROOT, '.demo');
const pages = fixturePages();
const browser = await launchWithExtension({ headless, pages });
const { context, extensionUrl, tabIdOf } = browser;

console.log(`Creator Scout demo — extension ${browser.extensionId}`);
console.log(`Serving ${pages.length} saved page(s) at their real URLs; every other request is blocked:`);
for (const page of pages) console.log(`  ${page.url}`);

if (!headless) {
  const [first] = context.pages();
  for (const [i, page] of pages.entries()) {
    const tab = i === 0 && first ? first : await context.newPage();
    await tab.goto(page.url);
  }
  const roster = await context.newPage();
  await roster.goto(extensionUrl('options.html'));
  console.log('\nClick the Creator Scout icon in the toolbar on a profile tab. Close the window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const shots: string[] = [];
async function shoot(page: Page, name: string, selector?: string) {
  const file = path.join(outDir, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file });
  shots.push(file);
}

const profilePage = pages.find((p) => p.name.startsWith('instagram/ig-profile')) ?? pages[0];
if (!profilePage) throw new Error('No saved pages in tests/fixtures to show.');
const profile = await context.newPage();
await profile.goto(profilePage.url, { waitUntil: 'load' });
await shoot(profile, 'profile-page');

const popup = await context.newPage();
await popup.setViewportSize({ width: 360, height: 800 });
await popup.goto(extensionUrl(`popup.html?tabId=${await tabIdOf(profilePage.url)}`));
await popup.locator('article[data-scored="true"]').waitFor();
await shoot(popup, 'popup', 'main');
await popup.getByRole('button', { name: /Save/ }).click();
await popup.getByText(/Saved/).first().waitFor();
await shoot(popup, 'popup-saved', 'main');

// The README's picture: the popup as it opens over the profile page.
const composite = await context.newPage();
const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
await composite.setContent(
  `<body style="margin:0;position:relative;width:1280px;height:800px;font-family:sans-serif">` +
    `<img src="${dataUrl(path.join(outDir, 'profile-page.png'))}" style="position:absolute;inset:0;filter:brightness(.97)">` +
    `<img src="${dataUrl(path.join(outDir, 'popup.png'))}" style="position:absolute;top:8px;right:24px;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.28);border:1px solid #ccd">` +
    `</body>`,
);
await shoot(composite, 'popup-on-page');

// A profile whose page shows enough for every score.
const tiktokUrl = 'https://www.tiktok.com/@illojuan';
const tiktok = await context.newPage();
await tiktok.goto(tiktokUrl, { waitUntil: 'load' });
await shoot(tiktok, 'tiktok-page-with-badge');
const tiktokPopup = await context.newPage();
await tiktokPopup.setViewportSize({ width: 360, height: 800 });
await tiktokPopup.goto(extensionUrl(`popup.html?tabId=${await tabIdOf(tiktokUrl)}`));
await tiktokPopup.locator('article[data-scored="true"]').waitFor();
await shoot(tiktokPopup, 'popup-tiktok', 'main');

const options = await context.newPage();
await options.goto(extensionUrl('options.html'));
await options.getByRole('table').waitFor();
await shoot(options, 'options');

await browser.close();
console.log('\nScreenshots:');
for (const file of shots) console.log(`  ${file}`);
