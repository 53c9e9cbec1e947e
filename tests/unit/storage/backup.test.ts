// @vitest-environment jsdom
// jsdom: free disk space is read from navigator.storage.estimate().
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preferencesSummary, readPreferences } from '@/storage/backup-preferences';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { NO_FILTERS } from '@/utils/roster-filters';
import { savedViews, type SavedView } from '@/utils/browser/roster-views-store';
import { DEFAULT_BRAND_PROFILE } from '@/utils/scoring/brand-profile';
import { senderDetails } from '@/utils/browser/sender-store';
import { EMPTY_SENDER } from '@/utils/model/sender';
import { badgeHiddenOn } from '@/utils/browser/settings';
import { feedChipsHiddenOn } from '@/utils/browser/feed-settings';
import {
  backupFileName,
  countsOf,
  currentCounts,
  exportBackup,
  parseBackup,
  restoreBackup,
  serializeBackup,
  type Backup,
  type BackupTables,
  type WorkProgress,
} from '@/storage/backup';
import { WRITE_SLICE } from '@/storage/bulk-write';
import { CreatorScoutDB, LATEST_VERSION, setDatabaseForTests } from '@/storage/db';
import { saveViewedProfile } from '@/storage/profiles';
import { TABLE_NAMES } from '@/utils/model/schemas';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import { makeAgreement, makeCampaign, makeCreator, makeReminder } from '../../helpers/records';
import { accountRecord } from '../../helpers/creator-detail-seed';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

/** One or more valid records in every table, as a user's database would hold them. */
async function seedEverything(): Promise<void> {
  const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
  await db().posts.add({
    // A collab: written with an account not on the roster, seen on Pluto's page.
    id: 'instagram:CPeC-Eenc8l', authorAccountIds: ['instagram:pluto__travel', 'instagram:partner.co'], seenOnAccountIds: ['instagram:pluto__travel'], url: 'https://www.instagram.com/p/CPeC-Eenc8l/', postedAt: T - DAY,
    seenAt: T, pinned: false, sponsored: true, caption: 'Trip planning #ad', counts: { likes: { value: 298_000, precision: 1000, source: 'meta' } },
  });
  await db().interactions.add({ id: 'i-note', creatorId, type: 'note', at: T, text: 'Loves trains, "really"', details: { mood: 'good', score: 3, ok: true, none: null } });
  await db().templates.add({ id: 't1', name: 'First outreach', kind: 'outreach', subject: 'Hi', body: 'Hello {{name}} — ¿qué tal? 👋', createdAt: T, updatedAt: T });
  await db().agreements.add(makeAgreement({ id: 'a1', creatorId, campaignId: 'k1', status: 'signed', title: 'Spring', terms: { ...emptyAgreementTerms(), fee: 500, deliverables: [{ id: 'd1', type: 'reel', platform: 'instagram', count: 1, dueAt: T + 9 * DAY, notes: 'Lisbon' }] } }));
  await db().reminders.add(makeReminder({ id: 'r1', creatorId, title: 'Follow up', dueAt: T + 5 * DAY }));
  await db().campaigns.add(makeCampaign({ id: 'k1', name: 'Spring trips', status: 'active', startAt: T, budget: 5000 }, [{ creatorId, fee: 500, promoCode: 'PLUTO10' }]));
}

function backupWith(tables: Partial<Record<keyof BackupTables, unknown[]>>, envelope: Record<string, unknown> = {}): string {
  const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []]));
  return JSON.stringify({ format: 'creator-scout-backup', version: 1, schemaVersion: LATEST_VERSION, exportedAt: T, tables: { ...empty, ...tables }, ...envelope });
}

/** Run `work` against a second, empty database, then put the test's database back. */
async function inFreshDatabase<R>(work: () => Promise<R>): Promise<R> {
  const other = new CreatorScoutDB(`backup-target-${Math.random()}`);
  await other.open();
  setDatabaseForTests(other);
  try {
    return await work();
  } finally {
    setDatabaseForTests(db());
    await other.delete();
  }
}

describe('exportBackup', () => {
  it('holds every record of every table as stored, with its format, versions and date', async () => {
    await seedEverything();
    const steps: WorkProgress[] = [];
    const backup = await exportBackup(T, (p) => steps.push(p));
    expect(backup).toMatchObject({ format: 'creator-scout-backup', version: 1, schemaVersion: LATEST_VERSION, exportedAt: T });
    expect(Object.keys(backup.tables).sort()).toEqual([...TABLE_NAMES].sort());
    for (const table of TABLE_NAMES) expect(backup.tables[table], table).toEqual(await db().table(table).toArray());
    expect(countsOf(backup)).toMatchObject({ creators: 1, accounts: 1, snapshots: 1, posts: 1, interactions: 2, templates: 1, agreements: 1, reminders: 1, campaigns: 1 });
    expect(steps.at(-1)).toEqual({ phase: 'Reading your data', done: TABLE_NAMES.length, total: TABLE_NAMES.length });
    expect(backupFileName(T)).toBe('creator-scout-backup-2026-11-20.json');
  });
});

describe('restoreBackup', () => {
  it('gives back exactly what was backed up: export → restore into a fresh database → export again', async () => {
    await seedEverything();
    const before = await exportBackup(T);
    const parsed = parseBackup(serializeBackup(before));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const after = await inFreshDatabase(async () => {
      await restoreBackup(parsed.backup);
      return exportBackup(T);
    });
    expect(after).toEqual(before);
  });

  it('replaces everything: records that are not in the backup are gone', async () => {
    await seedEverything();
    const backup = await exportBackup(T);
    await saveViewedProfile(plutoReading({ handle: 'someone_else', url: 'https://www.instagram.com/someone_else/' }), { now: T + DAY });
    expect(await db().creators.count()).toBe(2);
    expect(await restoreBackup(backup)).toMatchObject({ creators: 1, accounts: 1 });
    expect(await currentCounts()).toEqual(countsOf(backup));
    expect(await db().accounts.get('instagram:someone_else')).toBeUndefined();
  });

  it('is all-or-nothing: when a write fails, the database is exactly as before', async () => {
    await seedEverything();
    const backup = await exportBackup(T);
    const other = structuredClone(backup);
    other.tables.creators[0]!.displayName = 'Someone else';
    other.tables.campaigns = [];
    // A write that fails halfway through, after some tables were already cleared and written.
    db().reminders.hook('creating', () => {
      throw new Error('The disk is full');
    });
    await expect(restoreBackup(other)).rejects.toThrow('The disk is full');
    expect(await exportBackup(T)).toEqual(backup);
  });

  it('can be cancelled midway, after some records were written: the database and preferences are exactly as before', async () => {
    await seedEverything();
    const backup = await exportBackup(T);
    const before = await readPreferences();
    // A backup larger than one slice of writes, with other preferences.
    const other = structuredClone(backup);
    other.tables.snapshots = Array.from({ length: WRITE_SLICE * 2 + 10 }, (_, i) => ({ ...backup.tables.snapshots[0]!, id: `snapshot-${i}` }));
    other.preferences = { ...other.preferences!, badgeHiddenOn: ['tiktok'] };
    const cancel = new AbortController();
    const seen: WorkProgress[] = [];
    const failure = await restoreBackup(other, (p) => {
      seen.push(p);
      // Cancelled once the first slice of snapshots is written.
      if (p.done >= WRITE_SLICE) cancel.abort();
    }, undefined, cancel.signal).catch((e: unknown) => e as Error);
    expect(failure).toMatchObject({ name: 'RestoreCancelledError' });
    expect((failure as Error).message).toBe(
      'The restore was cancelled, so nothing was changed: your data was checked and is as it was before (1 creator, 1 account, 1 snapshot, 1 post, 2 timeline entries, 1 template, 1 agreement, 1 reminder, 1 campaign).',
    );
    // The progress counted records, and stopped at the cancel.
    const total = TABLE_NAMES.reduce((n, t) => n + other.tables[t].length, 0);
    expect(seen[0]).toEqual({ phase: 'Restoring the backup', done: 0, total });
    expect(seen.at(-1)!.done).toBeLessThan(total);
    expect(seen.at(-1)!.done).toBeGreaterThanOrEqual(WRITE_SLICE);
    expect(await exportBackup(T)).toEqual(backup);
    expect(await readPreferences()).toEqual(before);
  });

  it('reports its progress in records written, up to all of them', async () => {
    await seedEverything();
    const backup = await exportBackup(T);
    const seen: WorkProgress[] = [];
    await restoreBackup(backup, (p) => seen.push(p));
    const total = TABLE_NAMES.reduce((n, t) => n + backup.tables[t].length, 0);
    expect(seen.at(-1)).toEqual({ phase: 'Restoring the backup', done: total, total });
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('says the data is as before only after counting it again, and never claims an undo for a full disk', async () => {
    await seedEverything();
    const backup = await exportBackup(T);
    db().creators.hook('creating', () => {
      const quota = new Error('The quota has been exceeded.');
      quota.name = 'QuotaExceededError';
      throw quota;
    });
    const failure = await restoreBackup(backup).catch((e: unknown) => e as Error);
    expect(failure).toMatchObject({ name: 'RestoreFailedError', intact: true });
    expect((failure as Error).message).toBe(
      'The backup was not restored: your disk is full. Your data was checked and is as it was before (1 creator, 1 account, 1 snapshot, 1 post, 2 timeline entries, 1 template, 1 agreement, 1 reminder, 1 campaign). Free some disk space and try again.',
    );
  });

  it('refuses a restore the disk has no room for before writing anything', async () => {
    await seedEverything();
    const backup = await exportBackup(T);
    const other = structuredClone(backup);
    other.tables.campaigns = [];
    // What Chromium says for an extension with unlimitedStorage: quota = usage + the disk's free space.
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: vi.fn().mockResolvedValue({ quota: 3_000_000, usage: 1_000_000 }) } });
    try {
      await expect(restoreBackup(other, undefined, 5 * 1024 * 1024)).rejects.toThrow(
        'There is not enough free disk space to restore this backup: it needs about 23 MB, and 2 MB are free. Nothing was changed. Free some disk space and try again.',
      );
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
    expect(await exportBackup(T)).toEqual(backup);
  });
});

describe('parseBackup', () => {
  it('accepts a backup and gives its records back', async () => {
    await seedEverything();
    const text = serializeBackup(await exportBackup(T));
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && countsOf(parsed.backup).creators).toBe(1);
  });

  it('refuses a file that is not JSON, or not a backup', () => {
    expect(parseBackup('{ not json')).toEqual({ ok: false, errors: [expect.stringMatching(/not a Creator Scout backup: it is not JSON/)] });
    expect(parseBackup('{"hello":"world"}')).toEqual({ ok: false, errors: [expect.stringMatching(/^This file is not a Creator Scout backup\./)] });
    expect(parseBackup('null')).toMatchObject({ ok: false });
  });

  it('refuses a damaged envelope, saying what is missing', () => {
    const text = JSON.stringify({ format: 'creator-scout-backup', version: 1, schemaVersion: LATEST_VERSION, exportedAt: T, tables: { creators: [] } });
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toMatch(/^The backup is damaged: “tables\.accounts”/);
  });

  it('names the table, the record and the field of bad records', () => {
    const { creatorId } = { creatorId: 'c1' };
    const good = { id: creatorId, displayName: 'Ana', status: 'prospect', toVet: false, tags: [], strengths: [], contact: { email: '', other: '' }, location: '', language: '', ambassador: false, notes: '', lastContactedAt: null, keepInTouchDays: null, createdAt: T, updatedAt: T };
    const parsed = parseBackup(
      backupWith({
        creators: [good, { ...good, id: 'c2', contact: { email: 'not-an-email', other: '' } }],
        reminders: [makeReminder({ id: 'r1', creatorId: 'c1', title: 'Follow up', dueAt: -5 })],
        templates: [{ id: 't1', name: 'A', kind: 'x', subject: '', body: '', createdAt: T, updatedAt: T }, { id: 't1', name: 'B', kind: 'x', subject: '', body: '', createdAt: T, updatedAt: T }],
      }),
    );
    expect(parsed).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^This backup has records Creator Scout cannot read, so it cannot be restored\. Nothing was changed\.$/),
        expect.stringMatching(/^creators, record 2 \(id “c2”\): “contact\.email” — Invalid email address\.$/),
        expect.stringMatching(/^templates, record 2: has the same id “t1” as record 1\.$/),
        expect.stringMatching(/^reminders, record 1 \(id “r1”\): “dueAt” — Too small/),
      ],
    });
  });

  it('refuses links a page could run or that leave the platform, impossible counts and broken ids, naming each record', async () => {
    await seedEverything();
    const backup = await exportBackup(T);
    const bad = structuredClone(backup);
    bad.tables.accounts[0]!.url = 'javascript:alert(1)';
    bad.tables.posts[0]!.url = 'data:text/html,<script>alert(1)</script>';
    bad.tables.creators[0]!.id = 'c\ud83d';
    bad.tables.campaigns[0]!.landingUrl = 'file:///etc/passwd';
    const parsed = parseBackup(serializeBackup(bad));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.slice(1)).toEqual([
      'creators, record 1 (id “c\ufffd”): “id” — must be well-formed text, without control characters.',
      expect.stringMatching(/^accounts, record 1 \(id “instagram:pluto__travel”\): “url” — must be an https address on Instagram, TikTok, YouTube, X or Bluesky\.$/),
      expect.stringMatching(/^posts, record 1 \(id “[^”]+”\): “url” — must be an https address on Instagram, TikTok, YouTube, X or Bluesky\.$/),
      expect.stringMatching(/^campaigns, record 1 \(id “[^”]+”\): “landingUrl” — /),
    ]);
    const elsewhere = structuredClone(backup);
    elsewhere.tables.accounts[0]!.url = 'https://www.tiktok.com/@pluto__travel';
    expect(parseBackup(serializeBackup(elsewhere))).toMatchObject({ ok: false, errors: [expect.any(String), expect.stringContaining('“url” — must be a link to the account’s own platform.')] });
    const huge = structuredClone(backup);
    huge.tables.accounts[0]!.followers = 1e308;
    expect(parseBackup(serializeBackup(huge))).toMatchObject({ ok: false, errors: [expect.any(String), expect.stringContaining('“followers” — Too big')] });
  });

  it('refuses records that point at records the backup does not hold, naming both', async () => {
    await seedEverything();
    const backup = await exportBackup(T);
    const orphans = structuredClone(backup);
    orphans.tables.creators = [];
    orphans.tables.campaigns = [];
    const parsed = parseBackup(serializeBackup(orphans));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toBe('This backup has records Creator Scout cannot read, so it cannot be restored. Nothing was changed.');
    expect(parsed.errors[1]).toMatch(/^accounts, record 1 \(id “instagram:pluto__travel”\): its creator “[^”]+” is not among the backup’s creators\.$/);
    expect(parsed.errors.join('\n')).toMatch(/agreements, record 1 \(id “a1”\): its creator “[^”]+” is not among the backup’s creators\./);
    expect(parsed.errors.join('\n')).toMatch(/…and \d+ more problems\./);
  });

  it('reports the first few bad records and how many more there are', () => {
    const parsed = parseBackup(backupWith({ templates: Array.from({ length: 8 }, (_, i) => ({ id: `t${i}` })) }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toHaveLength(1 + 5 + 1);
    expect(!parsed.ok && parsed.errors.at(-1)).toBe('…and 3 more problems.');
  });

  it('refuses a backup from a newer format or a newer database version, saying to update', () => {
    expect(parseBackup(backupWith({}, { version: 2 }))).toEqual({
      ok: false,
      errors: ['This backup was made by a newer version of Creator Scout (backup format 2; this version reads format 1). Update Creator Scout, then restore it.'],
    });
    expect(parseBackup(backupWith({}, { schemaVersion: LATEST_VERSION + 1 }))).toEqual({
      ok: false,
      errors: [expect.stringMatching(new RegExp(`^This backup was made by a newer version of Creator Scout \\(database version ${LATEST_VERSION + 1}; .*Update Creator Scout`))],
    });
  });

  it('accepts an older database version only when its records fit today’s format', () => {
    const v1Account = {
      id: 'instagram:pluto__travel', creatorId: 'c1', platform: 'instagram', handle: 'pluto__travel', url: 'https://www.instagram.com/pluto__travel/',
      displayName: 'Pluto', bio: '', verified: null, followers: 2362, following: 136, posts: 224, firstSeenAt: T, lastSeenAt: T,
    };
    const refused = parseBackup(backupWith({ accounts: [v1Account] }, { schemaVersion: 1 }));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]).toMatch(/^This backup was made by an older version of Creator Scout \(database version 1\) and its records do not fit/);
    expect(!refused.ok && refused.errors[1]).toMatch(/^accounts, record 1 \(id “instagram:pluto__travel”\): “(engagementRate|followersPrecision)”/);

    const fits = parseBackup(backupWith({ templates: [{ id: 't1', name: 'A', kind: 'x', subject: '', body: '', createdAt: T, updatedAt: T }] }, { schemaVersion: 1 }));
    expect(fits.ok && (fits.backup as Backup).tables.templates).toHaveLength(1);
  });

  it('restores a backup made before version 7: each account gets the precision its follower count was shown with, as the upgrade gives it', () => {
    const v6Account = (id: string, handle: string, followers: number | null) => ({
      id, creatorId: 'c1', platform: 'instagram', handle, url: `https://www.instagram.com/${handle}/`, displayName: handle, bio: '', verified: null,
      followers, following: null, posts: null, engagementRate: null, engagementMethod: null, fitScore: null, scoredAt: null, firstSeenAt: T, lastSeenAt: T,
    });
    const snapshot = (id: string, accountId: string, takenAt: number, value: number, precision: number) => ({
      id, accountId, takenAt, kind: 'view', counts: { followers: { value, precision, source: 'dom' } },
    });
    const parsed = parseBackup(
      backupWith(
        {
          creators: [makeCreator({ id: 'c1' })],
          accounts: [v6Account('instagram:rounded', 'rounded', 6_200_000), v6Account('instagram:typed', 'typed', 12_345), v6Account('instagram:unseen', 'unseen', null)],
          snapshots: [
            snapshot('s-old', 'instagram:rounded', T - 86_400_000, 6_200_000, 1),
            snapshot('s-new', 'instagram:rounded', T, 6_200_000, 100_000),
            snapshot('s-typed', 'instagram:typed', T, 12_000, 1000),
          ],
        },
        { schemaVersion: 6 },
      ),
    );
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(Object.fromEntries(parsed.backup.tables.accounts.map((a) => [a.id, a.followersPrecision]))).toEqual({
      'instagram:rounded': 100_000,
      'instagram:typed': 1,
      'instagram:unseen': 1,
    });
  });
});

describe('posts in a backup', () => {
  const post = (id: string, extra: Record<string, unknown>) => ({
    id, url: `https://www.instagram.com/p/${id.split(':')[1]}/`, postedAt: T - DAY, seenAt: T, pinned: false, sponsored: false, caption: '', counts: {}, ...extra,
  });
  const accounts = () => [accountRecord('c1', 'instagram', 'pluto__travel')];

  it('restores a backup made before version 9: a post’s one account becomes its author and where it was seen, as the upgrade does', () => {
    const parsed = parseBackup(
      backupWith({ creators: [makeCreator({ id: 'c1' })], accounts: accounts(), posts: [post('instagram:CP5lh1YLbj4', { accountId: 'instagram:pluto__travel' })] }, { schemaVersion: 8 }),
    );
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.backup.tables.posts).toEqual([
      { ...post('instagram:CP5lh1YLbj4', {}), authorAccountIds: ['instagram:pluto__travel'], seenOnAccountIds: ['instagram:pluto__travel'] },
    ]);
  });

  it('refuses a post that belongs to no account of the backup, naming it', () => {
    const parsed = parseBackup(
      backupWith({
        creators: [makeCreator({ id: 'c1' })],
        accounts: accounts(),
        posts: [post('instagram:Cgone', { authorAccountIds: ['instagram:gone'], seenOnAccountIds: ['instagram:gone'] })],
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[1]).toBe('posts, record 1 (id “instagram:Cgone”): its account “instagram:gone” is not among the backup’s accounts.');
  });
});

describe('preferences in a backup', () => {
  const SENDER = { name: 'Sam Rivera', email: 'sam@northwind.example', title: 'Partnerships lead', brandName: 'Northwind', website: 'northwind.example' };
  const PROFILE = { ...DEFAULT_BRAND_PROFILE, nicheKeywords: ['travel', 'trains'], languages: ['es'], minEngagement: 0.02 };
  const VIEW: SavedView = { name: 'Travel micro', query: 'travel', filters: { ...NO_FILTERS, tiers: ['micro'] }, sorting: [{ id: 'followers', desc: true }] };

  async function setPreferences(): Promise<void> {
    await senderDetails.set(SENDER);
    await brandProfile.set(PROFILE);
    await savedViews.save(VIEW);
    await badgeHiddenOn.set(['tiktok']);
    await feedChipsHiddenOn.set(['x', 'youtube']);
  }

  it('carries the sender details, fit criteria, saved views, badge and feed chip settings, and restores them', async () => {
    await seedEverything();
    await setPreferences();
    const backup = await exportBackup(T);
    expect(backup.preferences).toEqual({ senderDetails: SENDER, brandProfile: PROFILE, rosterViews: [VIEW], badgeHiddenOn: ['tiktok'], feedChipsHiddenOn: ['x', 'youtube'] });
    expect(preferencesSummary(backup.preferences!)).toEqual([
      'Your sender details (Sam Rivera, Northwind)',
      'Your brand’s fit criteria',
      '1 saved roster view: Travel micro',
      'The in-page badge switched off on TikTok',
      'The feed chips switched off on X, YouTube',
    ]);

    // A new browser profile: default preferences, empty database.
    fakeBrowser.reset();
    expect(await senderDetails.get()).toEqual(EMPTY_SENDER);
    const parsed = parseBackup(serializeBackup(backup));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const after = await inFreshDatabase(async () => {
      await restoreBackup(parsed.backup);
      return exportBackup(T);
    });
    expect(after).toEqual(backup);
    expect(await readPreferences()).toEqual(backup.preferences);
    expect(await feedChipsHiddenOn.get()).toEqual(['x', 'youtube']);
  });

  it('restores a backup whose preferences predate the feed chip setting, and leaves that setting as it is', async () => {
    await seedEverything();
    await setPreferences();
    const backup = await exportBackup(T);
    const { feedChipsHiddenOn: _, ...olderPreferences } = backup.preferences!;
    const older = { ...backup, preferences: { ...olderPreferences, badgeHiddenOn: ['bluesky' as const] } };
    const parsed = parseBackup(serializeBackup(older));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(preferencesSummary(parsed.backup.preferences!).at(-1)).toBe('No feed chip settings (a backup from before they were kept): yours stay as they are');
    await restoreBackup(parsed.backup);
    expect(await badgeHiddenOn.get()).toEqual(['bluesky']);
    expect(await feedChipsHiddenOn.get()).toEqual(['x', 'youtube']);
  });

  it('refuses a backup whose feed chip setting names no site it knows', () => {
    const parsed = parseBackup(
      backupWith({}, { preferences: { senderDetails: SENDER, brandProfile: PROFILE, rosterViews: [], badgeHiddenOn: [], feedChipsHiddenOn: ['myspace'] } }),
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[1]).toMatch(/^preferences: “preferences\.feedChipsHiddenOn\.0” — /);
  });

  it('leaves the current preferences alone when restoring a backup made before they were included', async () => {
    await seedEverything();
    const { preferences: _, ...older } = await exportBackup(T);
    await setPreferences();
    const parsed = parseBackup(serializeBackup(older as Backup));
    expect(parsed.ok && parsed.backup.preferences).toBeUndefined();
    if (parsed.ok) await restoreBackup(parsed.backup);
    expect(await senderDetails.get()).toEqual(SENDER);
    expect(await savedViews.list()).toEqual([VIEW]);
  });

  it('refuses a backup whose preferences do not read, naming the field', () => {
    const parsed = parseBackup(
      backupWith({}, { preferences: { senderDetails: { ...SENDER, email: 'not an email' }, brandProfile: PROFILE, rosterViews: [], badgeHiddenOn: [] } }),
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[1]).toMatch(/^preferences: “preferences\.senderDetails\.email” — /);
  });

  it('puts the preferences back as they were when writing the records fails', async () => {
    await seedEverything();
    await setPreferences();
    const backup = await exportBackup(T);
    const other = structuredClone(backup);
    other.preferences = { senderDetails: EMPTY_SENDER, brandProfile: DEFAULT_BRAND_PROFILE, rosterViews: [], badgeHiddenOn: [] };
    db().reminders.hook('creating', () => {
      throw new Error('The disk is full');
    });
    await expect(restoreBackup(other)).rejects.toThrow('The disk is full');
    expect(await exportBackup(T)).toEqual(backup);
  });
});
