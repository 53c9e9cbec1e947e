import { afterEach, describe, expect, it } from 'vitest';
import { exportRosterCsv } from '@/storage/csv-export';
import { applyImport, previewCsvImport } from '@/storage/csv-import';
import { resetTeamMemberForTests, setTeamActor } from '@/storage/team';
import { guessMapping } from '@/utils/csv/fields';
import { parseCsv } from '@/utils/csv/parse';
import { rosterCsv } from '@/utils/csv/export';
import { withFreshDatabase } from '../../helpers/db';
import { makeCreator } from '../../helpers/records';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 12);

afterEach(() => resetTeamMemberForTests());

async function importCsv(text: string) {
  const csv = parseCsv(text);
  const preview = await previewCsvImport(csv, guessMapping(csv.columns, csv.rows));
  return { preview, result: preview.rejected.length === 0 ? await applyImport(preview, T) : null };
}

const ownerOf = async (name: string) => (await db().creators.filter((c) => c.displayName === name).first())?.owner;

describe('CSV Owner column', () => {
  it('maps an "Owner" or "Assigned to" header to the owner, and the file’s owner wins over the importer', async () => {
    expect(guessMapping(['Name', 'Handle', 'Assigned to'], [])).toEqual(['name', 'handle', 'owner']);
    setTeamActor('maya', db());
    await importCsv(['Name,Platform,Handle,Owner', 'Ana,Instagram,ana_ig,sam', 'Bo,Instagram,bo_ig,'].join('\r\n'));
    expect(await ownerOf('Ana')).toBe('sam');
    // A row that names nobody: the importing teammate owns the new creator.
    expect(await ownerOf('Bo')).toBe('maya');
  });

  it('changes a saved creator’s owner when the file names one, and says so in the preview', async () => {
    await db().creators.add(makeCreator({ id: 'ana', displayName: 'Ana', owner: 'sam' }));
    await db().accounts.add({
      id: 'instagram:ana_ig', creatorId: 'ana', platform: 'instagram', handle: 'ana_ig', url: 'https://www.instagram.com/ana_ig/', displayName: 'Ana', bio: '',
      verified: null, followers: null, followersPrecision: 1, following: null, posts: null, engagementRate: null, engagementMethod: null, fitScore: null, scoredAt: null, firstSeenAt: T, lastSeenAt: T,
    });
    const { preview } = await importCsv(['Name,Platform,Handle,Owner', 'Ana,Instagram,ana_ig,lee'].join('\r\n'));
    expect(preview.updated[0]?.changes).toContainEqual({ field: 'Owner', change: '“sam” → “lee”' });
    expect(await ownerOf('Ana')).toBe('lee');
  });

  it('refuses an owner that is not a name, naming the line', async () => {
    const { preview } = await importCsv(['Name,Platform,Handle,Owner', `Ana,Instagram,ana_ig,${'x'.repeat(101)}`].join('\r\n'));
    expect(preview.rejected).toEqual([expect.objectContaining({ line: 2, field: 'owner' })]);
    expect(await db().creators.count()).toBe(0);
  });

  it('a solo user’s import gives no creator an owner', async () => {
    await importCsv(['Name,Platform,Handle', 'Ana,Instagram,ana_ig'].join('\r\n'));
    expect(await db().creators.toArray()).toEqual([expect.not.objectContaining({ owner: expect.anything() })]);
  });

  it('exports an Owner column for a team’s roster, and reads it back', async () => {
    setTeamActor('maya', db());
    await importCsv(['Name,Platform,Handle,Owner', 'Ana,Instagram,ana_ig,sam'].join('\r\n'));
    const text = await exportRosterCsv();
    const csv = parseCsv(text);
    expect(csv.columns.at(-1)).toBe('Owner');
    expect(csv.rows[0]!.cells.at(-1)).toBe('sam');
  });

  it('a roster without owners exports the columns it always had', () => {
    const header = (text: string) => parseCsv(text).columns;
    expect(header(rosterCsv([makeCreator({ id: 'a' })], []))).not.toContain('Owner');
    expect(header(rosterCsv([makeCreator({ id: 'a', owner: 'maya' })], []))).toContain('Owner');
  });
});
