import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
import { launchWithExtension } from '../tests/harness/extension.ts';
const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-prefs-'));
const b = await launchWithExtension({ userDataDir: dir });
const id = b.extensionId;
await b.context.close();
for (const f of ['Default/Preferences', 'Default/Secure Preferences']) {
  const p = path.join(dir, f);
  if (!existsSync(p)) { console.log('no', f); continue; }
  const j = JSON.parse(readFileSync(p, 'utf8'));
  const s = j?.extensions?.settings?.[id];
  console.log(f, s ? JSON.stringify(Object.keys(s)) : 'none', s ? JSON.stringify(s.granted_permissions ?? s.active_permissions ?? null).slice(0, 600) : '', JSON.stringify(j.protection ?? null).slice(0,300));
}
console.log(dir, id);
