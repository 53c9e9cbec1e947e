// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chromeStoreProblems, firefoxStoreProblems, type PackageFiles } from '../../../../scripts/tools/store-check.ts';

// The store checks catch what each store rejects, one fault at a time, and pass a clean package.

function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

const README = `# X\n\n## Permissions, and why\n\n| Permission | Why |\n| --- | --- |\n| Instagram (\`instagram.com\`) | Read the profile. |\n| \`storage\` | Preferences. |\n\n## Next\n\n| \`alarms\` | Mentioned outside the table. |\n`;

function chromePackage(manifest: Record<string, unknown> = {}, extra: Record<string, string> = {}): PackageFiles {
  const files: PackageFiles = new Map();
  files.set(
    'manifest.json',
    Buffer.from(
      JSON.stringify({
        manifest_version: 3,
        name: 'Creator Scout',
        description: 'Vet creators on the page you are viewing.',
        icons: { 128: 'icon/128.png' },
        permissions: ['storage'],
        host_permissions: ['https://*.instagram.com/*'],
        ...manifest,
      }),
    ),
  );
  files.set('icon/128.png', png(128, 128));
  files.set('background.js', Buffer.from('const dynamicTypingFunction = (f) => f; dynamicTypingFunction(1); obj.eval2 = 1;'));
  files.set('popup.html', Buffer.from('<script type="module" src="/chunks/popup.js"></script>'));
  for (const [name, text] of Object.entries(extra)) files.set(name, Buffer.from(text));
  return files;
}

describe('Chrome Web Store check', () => {
  it('passes a clean package (names that merely contain "Function(" or "eval" are not calls)', () => {
    expect(chromeStoreProblems(chromePackage(), README)).toEqual([]);
  });

  it.each([
    ['a description over 132 characters', { description: 'x'.repeat(133) }, {}, /description is 133 characters/],
    ['Manifest V2', { manifest_version: 2 }, {}, /only Manifest V3/],
    ['no 128 px icon', { icons: { 48: 'icon/48.png' } }, {}, /no 128 px icon/],
    ['an icon of the wrong size', { icons: { 128: 'icon/small.png' } }, { 'icon/small.png': '' }, /missing or not a PNG/],
    ['eval', {}, { 'a.js': 'var x = eval("1+1");' }, /a\.js: eval\(\)/],
    ['new Function', {}, { 'b.js': 'const f = new Function("return this")();' }, /b\.js: new Function\(\)/],
    ['code in a setTimeout string', {}, { 'c.js': 'setTimeout("run()", 10);' }, /c\.js: setTimeout/],
    ['a remote script in a page', {}, { 'p.html': '<script src="https://cdn.example/x.js"></script>' }, /p\.html: a <script> loaded from the web/],
    ['a remote import', {}, { 'd.js': 'await import("https://cdn.example/x.js");' }, /d\.js: a script imported from the web/],
    ['a CSP that allows eval', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }, {}, /content security policy/],
    ['a permission the README does not justify in its table', { permissions: ['storage', 'alarms'] }, {}, /"alarms" is not justified/],
    ['a host the README does not name', { host_permissions: ['https://*.tiktok.com/*'] }, {}, /"https:\/\/\*\.tiktok\.com\/\*" is not justified/],
  ])('rejects %s', (_what, manifest, extra, problem) => {
    const problems = chromeStoreProblems(chromePackage(manifest, extra), README);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  it('rejects a 64 px icon named as the 128 px one', () => {
    const files = chromePackage();
    files.set('icon/128.png', png(64, 64));
    expect(chromeStoreProblems(files, README)).toEqual(['The 128 px icon icon/128.png is 64×64.']);
  });
});

describe('Firefox Add-ons check (web-ext lint report)', () => {
  const react = { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'chunks/browser-polyfill-D9Hk9Zlg.js', message: 'Unsafe assignment to innerHTML' };

  it('accepts only the warnings the README explains', () => {
    expect(firefoxStoreProblems({ errors: [], notices: [], warnings: [react] }, 'UNSAFE_VAR_ASSIGNMENT: React DOM')).toEqual([]);
    expect(firefoxStoreProblems({ errors: [], notices: [], warnings: [react] }, 'no word of it')).toEqual([
      'The README does not explain the accepted warning UNSAFE_VAR_ASSIGNMENT.',
    ]);
  });

  it('rejects every error, notice and any other warning, even of an accepted code elsewhere', () => {
    const ours = { ...react, file: 'content-scripts/instagram.js' };
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad' };
    const notice = { code: 'SOME_NOTICE', file: 'manifest.json', message: 'hm' };
    expect(firefoxStoreProblems({ errors: [error], notices: [notice], warnings: [ours] }, 'UNSAFE_VAR_ASSIGNMENT')).toEqual([
      'error MANIFEST_FIELD_INVALID: bad',
      'notice SOME_NOTICE in manifest.json: hm',
      'warning UNSAFE_VAR_ASSIGNMENT in content-scripts/instagram.js: Unsafe assignment to innerHTML',
    ]);
  });
});
