import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '@/storage/backup';
import { CreatorScoutDB, LATEST_VERSION } from '@/storage/db';
import { emptyAgreementTerms, newCampaignCreator } from '@/utils/model/defaults';
import { RECORD_SCHEMAS, TABLE_NAMES } from '@/utils/model/schemas';
import { makeCampaign } from '../../helpers/records';

// Version 8: agreement lines and campaign creators' deliverables become one deliverable record each.
// Seeded at version 6 (the last version on main when it was written; 7 and 8 belong to other
// branches and only add what their own tests check).

const T = Date.UTC(2026, 2, 1, 12);
const DAY = 86_400_000;

const agreement = {
  id: 'a1',
  creatorId: 'c1',
  campaignId: 'k1',
  status: 'signed',
  title: 'Spring',
  terms: {
    ...emptyAgreementTerms(),
    approvalRounds: 2,
    deliverables: [
      { id: 'line-reel', type: 'reel', platform: 'instagram', count: 1, dueAt: T + 10 * DAY, notes: 'Show the app' },
      { id: 'line-stories', type: 'story', platform: null, count: 3, dueAt: null, notes: '' },
    ],
  },
  createdAt: T - DAY,
  updatedAt: T,
};

const campaign = makeCampaign({
  id: 'k1',
  name: 'Spring trips',
  updatedAt: T,
  creators: [
    newCampaignCreator('c1', T - 2 * DAY, {
      fee: 500,
      promoCode: 'ANA10',
      deliverables: [
        { id: 'k-1', description: 'Unboxing video', status: 'published', postUrl: 'https://www.instagram.com/p/CPeC-Eenc8l/' },
        { id: 'k-2', description: 'Story with the code', status: 'draft', postUrl: '' },
      ],
    }),
  ],
});

const makeCreator = (patch: { id: string; displayName?: string }) => ({
  displayName: 'Ana', status: 'contracted', toVet: false, tags: [], strengths: [], contact: { email: '', other: '' }, location: '', language: '',
  ambassador: false, notes: '', lastContactedAt: null, keepInTouchDays: null, createdAt: T, updatedAt: T, ...patch,
});

let name = '';
afterEach(async () => {
  await new CreatorScoutDB(name).delete();
});

describe('version 8 (deliverables)', () => {
  it('moves every agreement and campaign deliverable into its own record, keeping every other record', async () => {
    name = `upgrade-8-${Date.now()}`;
    const v6 = new CreatorScoutDB(name, 6);
    await v6.open();
    expect(v6.verno).toBe(6);
    expect(v6.tables.map((t) => t.name)).not.toContain('deliverables');
    const creator = makeCreator({ id: 'c1', displayName: 'Ana' });
    await v6.table('creators').add(creator);
    await v6.table('agreements').add(agreement);
    await v6.table('campaigns').add(campaign);
    v6.close();

    const current = new CreatorScoutDB(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    expect(await current.creators.toArray()).toEqual([creator]);
    // The agreement keeps its lines as its scope: they are the deliverables' ids.
    expect(await current.agreements.toArray()).toEqual([agreement]);
    // The campaign keeps everything but the deliverables, which moved.
    const [k] = await current.campaigns.toArray();
    expect(k).toEqual({ ...campaign, creators: [{ ...campaign.creators[0], deliverables: [] }] });

    const records = await current.deliverables.orderBy('id').toArray();
    expect(records).toEqual([
      expect.objectContaining({ id: 'k-1', creatorId: 'c1', campaignId: 'k1', agreementId: null, type: 'other', description: 'Unboxing video', status: 'published', postUrl: 'https://www.instagram.com/p/CPeC-Eenc8l/', createdAt: T - 2 * DAY }),
      expect.objectContaining({ id: 'k-2', creatorId: 'c1', campaignId: 'k1', agreementId: null, description: 'Story with the code', status: 'draft_received', postUrl: '' }),
      expect.objectContaining({ id: 'line-reel', creatorId: 'c1', campaignId: 'k1', agreementId: 'a1', type: 'reel', platform: 'instagram', count: 1, description: 'Show the app', publishDueAt: T + 10 * DAY, draftDueAt: null, status: 'brief_sent', rounds: [] }),
      expect.objectContaining({ id: 'line-stories', agreementId: 'a1', type: 'story', platform: null, count: 3, publishDueAt: null }),
    ]);
    for (const table of TABLE_NAMES) for (const record of await current.table(table).toArray()) expect(() => RECORD_SCHEMAS[table].parse(record), table).not.toThrow();
    // Queried by creator, agreement and campaign.
    expect(await current.deliverables.where('agreementId').equals('a1').count()).toBe(2);
    expect(await current.deliverables.where('campaignId').equals('k1').count()).toBe(4);
    current.close();
  });

  it('a backup made at version 6 restores with its deliverables moved the same way', () => {
    const empty = Object.fromEntries(TABLE_NAMES.filter((t) => t !== 'deliverables').map((t) => [t, []]));
    const text = JSON.stringify({
      format: 'creator-scout-backup',
      version: 1,
      schemaVersion: 6,
      exportedAt: T,
      tables: { ...empty, creators: [makeCreator({ id: 'c1' })], agreements: [agreement], campaigns: [campaign] },
    });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.backup.tables.deliverables.map((d) => [d.id, d.status]).sort()).toEqual([
      ['k-1', 'published'],
      ['k-2', 'draft_received'],
      ['line-reel', 'brief_sent'],
      ['line-stories', 'brief_sent'],
    ]);
    expect(parsed.backup.tables.campaigns[0]!.creators[0]!.deliverables).toEqual([]);
  });
});
