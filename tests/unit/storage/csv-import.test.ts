import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/storage/backup';
import { quickEditCreator } from '@/storage/creators';
import { exportRosterCsv } from '@/storage/csv-export';
import type { WorkProgress } from '@/storage/backup';
import { WRITE_SLICE } from '@/storage/bulk-write';
import { applyImport, ImportCancelledError, ImportRefusedError, previewCsvImport } from '@/storage/csv-import';
import { saveViewedProfile } from '@/storage/profiles';
import { AccountSchema, CreatorSchema, InteractionSchema } from '@/utils/model/schemas';
import { guessMapping } from '@/utils/csv/fields';
import { parseCsv } from '@/utils/csv/parse';
import { generateRosterCsv } from '../../helpers/generate-csv';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 12);
const HOUR = 3_600_000;

async function previewOf(text: string) {
  const csv = parseCsv(text);
  return previewCsvImport(csv, guessMapping(csv.columns, csv.rows));
}

/** Pluto is saved (2,362 followers, shortlisted) and tagged travel and apps. */
async function savePluto(): Promise<string> {
  const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
  await quickEditCreator(creatorId, { tags: ['travel', 'apps'] }, T);
  return creatorId;
}

const MIXED = [
  'Name,Platform,Handle,Followers,Status,Tags,Email',
  'Pluto,Instagram,pluto__travel,"2,400",Contacted,Travel; trains,pluto@example.com',
  'Ana Souza,TikTok,@ana_tt,,,food,',
  'Bo,,,,,,',
  'Ana Souza,TikTok,ANA_TT,12.3K,replied,lisbon,ana@example.com',
].join('\r\n');

describe('CSV import', () => {
  it('finds the saved accounts a file names, in a small roster or a large one', async () => {
    // A roster with fewer accounts than the file names is read whole; a larger one is looked up
    // account by account. Either way Pluto is recognised and the stranger is new.
    const plutoId = await savePluto();
    const file = 'Name,Platform,Handle,Followers\r\nPluto,Instagram,pluto__travel,2400\r\nNew One,TikTok,new_one,10';
    const small = await previewOf(file);
    for (const handle of ['a1', 'a2', 'a3']) await saveViewedProfile(plutoReading({ handle }), { now: T });
    const large = await previewOf(file);
    for (const preview of [small, large]) {
      expect(preview.updated.map((u) => u.creatorId)).toEqual([plutoId]);
      expect(preview.newCreators.map((c) => c.name)).toEqual(['New One']);
    }
  });

  it('previews new, updated and duplicate rows, then imports them in one go', async () => {
    const plutoId = await savePluto();
    const file = MIXED.replace('Bo,,,,,,\r\n', '');
    const preview = await previewOf(file);
    expect(preview.rejected).toEqual([]);
    expect(preview.newCreators).toEqual([{ lines: [3, 4], name: 'Ana Souza', accounts: ['TikTok @ana_tt'] }]);
    expect(preview.duplicates).toEqual([{ line: 4, sameAs: 3, account: 'TikTok @ANA_TT' }]);
    expect(preview.updated).toEqual([
      {
        creatorId: plutoId,
        name: 'Pluto',
        lines: [2],
        changes: [
          { field: 'Status', change: 'Shortlisted → Contacted' },
          { field: 'Tags', change: 'adds trains' },
          { field: 'Email', change: 'empty → “pluto@example.com”' },
          { field: 'Instagram @pluto__travel followers', change: '2,362 → 2,400' },
        ],
      },
    ]);
    // The preview wrote nothing.
    expect(await db().creators.count()).toBe(1);

    const result = await applyImport(preview, T + HOUR);
    expect(result).toEqual({ creatorsAdded: 1, creatorsUpdated: 1, accountsAdded: 1 });

    const pluto = await db().creators.get(plutoId);
    // Tags are merged, not replaced; the file's other values win.
    expect(pluto).toMatchObject({ status: 'contacted', tags: ['travel', 'apps', 'trains'], contact: { email: 'pluto@example.com', other: '' }, updatedAt: T + HOUR });
    expect(await db().accounts.get('instagram:pluto__travel')).toMatchObject({ followers: 2400, creatorId: plutoId });
    const plutoTimeline = await db().interactions.where('creatorId').equals(plutoId).toArray();
    expect(plutoTimeline.map((i) => [i.type, i.details])).toContainEqual(['status_change', { from: 'shortlisted', to: 'contacted' }]);

    const ana = await db().accounts.get('tiktok:ana_tt');
    expect(ana).toMatchObject({ handle: 'ana_tt', url: 'https://www.tiktok.com/@ana_tt', followers: 12_300, firstSeenAt: T + HOUR });
    // The later line merged into the first: its status, tags and email are there too.
    expect(await db().creators.get(ana!.creatorId)).toMatchObject({
      displayName: 'Ana Souza', status: 'replied', tags: ['food', 'lisbon'], contact: { email: 'ana@example.com', other: '' }, toVet: false, createdAt: T + HOUR,
    });
    // The file's counts update the accounts' latest count; snapshots stay what was read on pages.
    expect((await db().accounts.get('instagram:pluto__travel'))?.followers).toBe(2400);
    expect(await db().snapshots.filter((s) => s.kind === 'import').count()).toBe(0);
  });

  it('gives new creators the "prospect" stage and marks those without numbers as to vet', async () => {
    const preview = await previewOf('Name,Profile URL,Followers\nAna,https://www.instagram.com/ana.travels/,\nBo,https://x.com/bo_x,900\n');
    await applyImport(preview, T);
    const creators = (await db().creators.toArray()).sort((a, b) => a.displayName.localeCompare(b.displayName));
    expect(creators.map((c) => [c.displayName, c.status, c.toVet])).toEqual([
      ['Ana', 'prospect', true],
      ['Bo', 'prospect', false],
    ]);
    // No timeline entry or snapshot per imported creator; the count is the account's latest.
    expect(await db().interactions.count()).toBe(0);
    expect(await db().snapshots.count()).toBe(0);
    expect((await db().accounts.get('x:bo_x'))?.followers).toBe(900);
  });

  it('refuses a file with one bad row and changes nothing', async () => {
    await savePluto();
    const before = await exportBackup(T);
    const preview = await previewOf(MIXED);
    expect(preview.rejected).toEqual([{ line: 4, field: 'handle', reason: 'missing: every row needs a handle with its platform, or a profile URL.' }]);
    expect(preview.newCreators).toHaveLength(1);
    await expect(applyImport(preview, T + HOUR)).rejects.toThrow(ImportRefusedError);
    await expect(applyImport(preview, T + HOUR)).rejects.toThrow('1 row needs fixing, so nothing was imported. Fix the file and choose it again.');
    expect(await exportBackup(T)).toEqual(before);
  });

  it('writes nothing when a write fails halfway', async () => {
    await savePluto();
    const before = await exportBackup(T);
    const preview = await previewOf(MIXED.replace('Bo,,,,,,\r\n', ''));
    db().interactions.hook('creating', () => {
      throw new Error('The disk is full');
    });
    await expect(applyImport(preview, T + HOUR)).rejects.toThrow('The disk is full');
    expect(await exportBackup(T)).toEqual(before);
  });

  it('updates, never duplicates, an account saved between the preview and the import', async () => {
    const preview = await previewOf('Name,Platform,Handle,Tags\nPluto P.,Instagram,pluto__travel,ski\n');
    expect(preview.newCreators).toHaveLength(1);
    const creatorId = await savePluto();
    expect(await applyImport(preview, T + HOUR)).toMatchObject({ creatorsAdded: 0, creatorsUpdated: 1 });
    expect(await db().creators.count()).toBe(1);
    expect(await db().creators.get(creatorId)).toMatchObject({ displayName: 'Pluto P.', tags: ['travel', 'apps', 'ski'] });
  });

  it('writes the records the preview planned, dated when the import runs, while the roster is unchanged', async () => {
    const plutoId = await savePluto();
    const preview = await previewOf(MIXED.replace('Bo,,,,,,\r\n', ''));
    const planned = preview.planned!;
    // What the import writes without checking it again: every record passes its schema.
    for (const c of planned.writes.creators) expect(CreatorSchema.safeParse(c).success).toBe(true);
    for (const a of planned.writes.accounts) expect(AccountSchema.safeParse(a).success).toBe(true);
    for (const i of planned.writes.interactions) expect(InteractionSchema.safeParse(i).success).toBe(true);
    expect(await applyImport(preview, T + HOUR)).toEqual({ creatorsAdded: 1, creatorsUpdated: 1, accountsAdded: 1 });
    const ana = planned.writes.creators.find((c) => c.displayName === 'Ana Souza')!;
    expect(await db().creators.get(ana.id)).toMatchObject({ createdAt: T + HOUR, updatedAt: T + HOUR, status: 'replied' });
    expect(await db().accounts.get('tiktok:ana_tt')).toMatchObject({ creatorId: ana.id, firstSeenAt: T + HOUR, lastSeenAt: T + HOUR });
    expect(await db().creators.get(plutoId)).toMatchObject({ status: 'contacted', createdAt: T, updatedAt: T + HOUR });
    const timeline = await db().interactions.where('creatorId').equals(plutoId).filter((i) => i.type === 'status_change').toArray();
    expect(timeline.map((i) => [i.at, i.text])).toEqual([[T + HOUR, 'Changed by a CSV import.']]);
  });

  it('plans again when a creator the file names was edited after the preview, keeping the edit', async () => {
    const plutoId = await savePluto();
    const preview = await previewOf('Name,Platform,Handle,Tags\nPluto,Instagram,pluto__travel,ski\n');
    await db().creators.update(plutoId, { notes: 'Met in Lisbon', location: 'Porto' });
    expect(await applyImport(preview, T + HOUR)).toMatchObject({ creatorsAdded: 0, creatorsUpdated: 1 });
    expect(await db().creators.get(plutoId)).toMatchObject({ notes: 'Met in Lisbon', location: 'Porto', tags: ['travel', 'apps', 'ski'] });
  });

  it('adds an account from a row with a saved creator’s name to that creator', async () => {
    const creatorId = await savePluto();
    const preview = await previewOf('Name,Platform,Handle\nPluto,Instagram,pluto__travel\nPluto,TikTok,pluto_tt\n');
    expect(preview.updated).toEqual([{ creatorId, name: 'Pluto', lines: [2, 3], changes: [{ field: 'Accounts', change: 'adds TikTok @pluto_tt' }] }]);
    await applyImport(preview, T + HOUR);
    expect(await db().accounts.get('tiktok:pluto_tt')).toMatchObject({ creatorId });
  });

  it('imports its own export back into an empty roster', async () => {
    await savePluto();
    const creatorId = (await db().creators.toArray())[0]!.id;
    await quickEditCreator(creatorId, { status: 'content_in_progress' }, T);
    const tiktok = await saveViewedProfile(plutoReading({ platform: 'tiktok', handle: 'pluto_tt', url: 'https://www.tiktok.com/@pluto_tt' }), { now: T });
    await db().accounts.update('tiktok:pluto_tt', { creatorId });
    await db().creators.delete(tiktok.creatorId);
    const csv = await exportRosterCsv();
    await db().delete();
    await db().open();
    const preview = await previewOf(csv);
    expect(preview.rejected).toEqual([]);
    expect(preview.newCreators).toEqual([{ lines: [2, 3], name: 'Pluto', accounts: ['Instagram @pluto__travel', 'TikTok @pluto_tt'] }]);
    await applyImport(preview, T);
    const [pluto] = await db().creators.toArray();
    expect(pluto).toMatchObject({ displayName: 'Pluto', status: 'content_in_progress', tags: ['travel', 'apps'] });
    expect((await db().accounts.toArray()).map((a) => [a.id, a.followers])).toEqual([
      ['instagram:pluto__travel', 2362],
      ['tiktok:pluto_tt', 2362],
    ]);
  });

  it('can be cancelled midway, after some records were written: the roster is exactly as before', async () => {
    await savePluto();
    const before = await exportBackup(T);
    // More creators and accounts than one slice of writes.
    const preview = await previewOf(generateRosterCsv(Math.ceil(WRITE_SLICE / 2) + 100));
    const cancel = new AbortController();
    const seen: WorkProgress[] = [];
    const failure = await applyImport(preview, T + HOUR, (p) => {
      seen.push(p);
      if (p.done > 0) cancel.abort();
    }, cancel.signal).catch((e: unknown) => e as Error);
    expect(failure).toBeInstanceOf(ImportCancelledError);
    expect((failure as Error).message).toBe('The import was cancelled, so nothing was imported: your roster was checked and is as it was before.');
    expect(seen[0]).toMatchObject({ phase: 'Saving the import', done: 0 });
    // Cancelled after the creators were written, before the accounts.
    expect(seen.at(-1)!.done).toBe(Math.ceil(WRITE_SLICE / 2) + 100);
    expect(seen.at(-1)!.total).toBeGreaterThan(WRITE_SLICE);
    expect(await exportBackup(T)).toEqual(before);
  });

  it('previews and imports 500 generated creators', async () => {
    const preview = await previewOf(generateRosterCsv(500));
    expect(preview.rejected).toEqual([]);
    expect(preview.newCreators).toHaveLength(500);
    expect(await applyImport(preview, T)).toMatchObject({ creatorsAdded: 500, accountsAdded: 500 });
    expect(await db().accounts.count()).toBe(500);
  });
});
