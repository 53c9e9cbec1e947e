// Generated data for the roster benchmarks: a backup file with n creators, 2 accounts and 10
// snapshots each (5 per account), restored into the extension through its own "Restore a backup" page.
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/storage/backup';
import { LATEST_VERSION } from '@/storage/db';
import type { Account, Creator, Snapshot } from '@/utils/model/schemas';
import { profileUrlFor } from '@/utils/csv/accounts';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { DEFAULT_STAGES } from '@/utils/pipeline';

const DAY = 86_400_000;
const TAGS = ['travel', 'food', 'fitness', 'tech', 'beauty', 'gaming', 'parenting', 'finance', 'fashion', 'outdoors'];
const STRENGTHS = ['storytelling', 'sales-driven', 'educational', 'humor', 'aesthetic', 'community'];

function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

export function generateBackup(creators: number, accountsPerCreator: number, snapshotsPerAccount: number, now: number): Backup {
  const rand = random(7);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const tables = { creators: [] as Creator[], accounts: [] as Account[], snapshots: [] as Snapshot[], posts: [], interactions: [], templates: [], agreements: [], reminders: [], campaigns: [] };
  for (let i = 0; i < creators; i++) {
    const id = `creator-${i}`;
    tables.creators.push({
      id, displayName: `Creator ${i} ${pick(['Lopez', 'Kim', 'Okafor', 'Schmidt', 'Rossi', 'Tanaka'])}`, status: pick(DEFAULT_STAGES), toVet: rand() < 0.1,
      tags: [pick(TAGS), pick(TAGS)].filter((t, k, all) => all.indexOf(t) === k), strengths: [pick(STRENGTHS)],
      contact: { email: `creator${i}@example.com`, other: '' }, location: pick(['Madrid', 'Lagos', 'Berlin', 'Seoul', 'Austin']), language: pick(['en', 'es', 'de']),
      ambassador: rand() < 0.05, notes: '', lastContactedAt: rand() < 0.5 ? now - Math.floor(rand() * 90) * DAY : null, keepInTouchDays: null, createdAt: now - 400 * DAY, updatedAt: now - Math.floor(rand() * 400) * DAY,
    });
    for (let a = 0; a < accountsPerCreator; a++) {
      const platform = PLATFORMS[(i + a) % PLATFORMS.length]!;
      const handle = `creator_${i}_${a}`;
      const followers = Math.floor(10 ** (3 + rand() * 4));
      const accountId = `${platform}:${handle}`;
      tables.accounts.push({
        id: accountId, creatorId: id, platform, handle, url: profileUrlFor(platform, handle), displayName: `Creator ${i}`, bio: 'Stories about everyday things',
        verified: null, followers, followersPrecision: 1, following: Math.floor(rand() * 2000), posts: Math.floor(rand() * 900),
        engagementRate: rand() * 0.08, engagementMethod: 'followers', fitScore: Math.floor(rand() * 100), scoredAt: now, firstSeenAt: now - 300 * DAY, lastSeenAt: now,
      });
      for (let s = 0; s < snapshotsPerAccount; s++) {
        tables.snapshots.push({
          id: `${accountId}:${s}`, accountId, takenAt: now - (snapshotsPerAccount - s) * 7 * DAY, kind: 'view',
          counts: { followers: { value: Math.floor(followers * (0.8 + (0.2 * s) / snapshotsPerAccount)), precision: 1, source: 'meta' } },
        });
      }
    }
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: LATEST_VERSION, exportedAt: now, tables: { ...tables, deliverables: [] } } as Backup;
}
