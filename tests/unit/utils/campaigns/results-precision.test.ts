import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup, restoreBackup, serializeBackup } from '@/storage/backup';
import { importCampaignResults, updateCampaignMember } from '@/storage/campaigns';
import { CreatorScoutDB, setDatabaseForTests } from '@/storage/db';
import { NO_RESULTS } from '@/utils/model/defaults';
import { rankCreators } from '@/utils/campaigns/ranking';
import { campaignReport, campaignReportCsv, formatFigure } from '@/utils/campaigns/report';
import { withFreshDatabase } from '../../../helpers/db';
import { makeCampaign, makeCreator } from '../../../helpers/records';

// Campaign results filled from a post whose page showed a count rounded ("1.2M views") keep that
// precision: in the record, every total made from it, the report, its CSV and backups.

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 10, 20, 12);

// Ana's reel showed "1.2M" views and "12K" likes (rounded) and 553 comments (exact); Bo's numbers were typed by hand.
const spring = makeCampaign({ id: 'spring', name: 'Spring', goal: 'awareness', currency: 'EUR' }, [
  { creatorId: 'ana', fee: 600, results: { ...NO_RESULTS, views: 1_200_000, likes: 12_000, comments: 553 }, resultsPrecision: { views: 100_000, likes: 1000 } },
  { creatorId: 'bo', fee: 400, results: { ...NO_RESULTS, views: 48_210, likes: 2_001, comments: 80 } },
]);
const names: Record<string, string> = { ana: 'Ana Lima', bo: 'Bo Chen' };

describe('the report of rounded results', () => {
  const report = campaignReport(spring, (id) => names[id]!);

  it('shows a rounded count as the page did, with “≈”, and an exact one in full', () => {
    const ana = report.rows.find((r) => r.creatorId === 'ana')!;
    const bo = report.rows.find((r) => r.creatorId === 'bo')!;
    expect(formatFigure(ana.values.views, 'number', 'EUR', ana.precision.views)).toBe('≈1.2M');
    expect(formatFigure(ana.values.likes, 'number', 'EUR', ana.precision.likes)).toBe('≈12K');
    expect(formatFigure(ana.values.comments, 'number', 'EUR', ana.precision.comments)).toBe('553');
    // Engagements = 12K + 553: as precise as its least precise term; its cost per engagement is approximate too.
    expect(ana.values.engagements).toBe(12_553);
    expect(formatFigure(ana.values.engagements, 'number', 'EUR', ana.precision.engagements)).toBe('≈13K');
    expect(formatFigure(ana.values.cpm, 'money', 'EUR', ana.precision.cpm)).toBe('≈€0.50'); // 600 ÷ 1,200,000 × 1,000
    expect(formatFigure(ana.values.cpc, 'money', 'EUR', ana.precision.cpc)).toBe('—');
    expect(bo.precision).toEqual({});
    expect(formatFigure(bo.values.views, 'number', 'EUR', bo.precision.views)).toBe('48,210');
  });

  it('a total with a rounded count in it is approximate', () => {
    expect(report.totals.views).toBe(1_248_210);
    expect(report.totalsPrecision).toMatchObject({ views: 100_000, likes: 1000, engagements: 1000, cpm: 100_000, cpe: 1000 });
    expect(report.totalsPrecision.comments).toBeUndefined();
    expect(formatFigure(report.totals.views, 'number', 'EUR', report.totalsPrecision.views)).toBe('≈1.2M');
    expect(formatFigure(report.totals.comments, 'number', 'EUR', report.totalsPrecision.comments)).toBe('633');
  });

  it('the CSV keeps the value and says its precision next to it', () => {
    const rows = Papa.parse<string[]>(campaignReportCsv(report).slice(1), { skipEmptyLines: true }).data;
    const header = rows[0]!;
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    const ana = rows.find((r) => r[0] === 'Ana Lima')!;
    const bo = rows.find((r) => r[0] === 'Bo Chen')!;
    const total = rows.find((r) => r[0] === 'Total')!;
    expect([cell(ana, 'Views'), cell(ana, 'Views precision'), cell(ana, 'Likes precision'), cell(ana, 'Comments precision'), cell(ana, 'Engagements precision')]).toEqual([
      '1200000', '100000', '1000', 'exact', '1000',
    ]);
    expect([cell(bo, 'Views'), cell(bo, 'Views precision')]).toEqual(['48210', 'exact']);
    expect([cell(total, 'Views'), cell(total, 'Views precision')]).toEqual(['1248210', '100000']);
    // A count nobody entered has no precision either.
    expect([cell(ana, 'Clicks'), header.includes('Clicks precision')]).toEqual(['', false]);
  });

  it('top performers keep it across campaigns', () => {
    const summer = makeCampaign({ id: 'summer', name: 'Summer', currency: 'EUR' }, [{ creatorId: 'ana', fee: 100, results: { ...NO_RESULTS, views: 3_000 } }]);
    const ana = rankCreators([spring, summer], 'views').find((r) => r.creatorId === 'ana')!;
    expect(ana.values.views).toBe(1_203_000);
    expect(formatFigure(ana.values.views, 'number', 'EUR', ana.precision.views)).toBe('≈1.2M');
    expect(ana.campaigns.find((c) => c.campaignId === 'summer')!.precision).toEqual({});
  });
});

describe('storing rounded results', () => {
  it('a rounded count left as it was keeps its precision; one typed anew is exact', async () => {
    await db().campaigns.add(spring);
    const ana = spring.creators[0]!;
    await updateCampaignMember('spring', 'ana', { results: { ...ana.results, clicks: 40 } }, NOW);
    expect((await db().campaigns.get('spring'))!.creators[0]!.resultsPrecision).toEqual({ views: 100_000, likes: 1000 });
    await updateCampaignMember('spring', 'ana', { results: { ...ana.results, clicks: 40, views: 1_234_567 } }, NOW + 1);
    expect((await db().campaigns.get('spring'))!.creators[0]!.resultsPrecision).toEqual({ likes: 1000 });
    await updateCampaignMember('spring', 'ana', { results: { ...ana.results, likes: null } }, NOW + 2);
    expect((await db().campaigns.get('spring'))!.creators[0]!.resultsPrecision).toEqual({});
  });

  it('a file that sets a count makes it exact; one that adds to it keeps the precision', async () => {
    await db().campaigns.add(spring);
    await importCampaignResults('spring', [{ creatorId: 'ana', results: { likes: 300 } }], 'add', NOW);
    let ana = (await db().campaigns.get('spring'))!.creators[0]!;
    expect([ana.results.likes, ana.resultsPrecision]).toEqual([12_300, { views: 100_000, likes: 1000 }]);
    await importCampaignResults('spring', [{ creatorId: 'ana', results: { views: 1_250_431 } }], 'replace', NOW + 1);
    ana = (await db().campaigns.get('spring'))!.creators[0]!;
    expect([ana.results.views, ana.resultsPrecision]).toEqual([1_250_431, { likes: 1000 }]);
  });

  it('backups keep the precision, and a backup made before it restores with its results exact', async () => {
    await db().creators.bulkAdd([makeCreator({ id: 'ana', displayName: 'Ana Lima' }), makeCreator({ id: 'bo', displayName: 'Bo Chen' })]);
    await db().campaigns.add(spring);
    const backup = await exportBackup(NOW);
    expect(backup.tables.campaigns[0]!.creators[0]!.resultsPrecision).toEqual({ views: 100_000, likes: 1000 });
    const old = structuredClone(backup);
    for (const m of old.tables.campaigns[0]!.creators) delete m.resultsPrecision;
    const other = new CreatorScoutDB(`precision-target-${Math.random()}`);
    await other.open();
    setDatabaseForTests(other);
    try {
      for (const [file, expected] of [
        [serializeBackup(backup), { views: 100_000, likes: 1000 }],
        [serializeBackup(old), undefined],
      ] as const) {
        const parsed = parseBackup(file);
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        await restoreBackup(parsed.backup);
        const ana = (await other.campaigns.get('spring'))!.creators[0]!;
        expect(ana.results.views).toBe(1_200_000);
        expect(ana.resultsPrecision).toEqual(expected);
      }
    } finally {
      setDatabaseForTests(db());
      await other.delete();
    }
  });

  it('refuses a precision that is not a positive number', async () => {
    const bad = makeCampaign({ id: 'bad' }, [{ creatorId: 'ana', resultsPrecision: { views: 0 } }]);
    const backup = await exportBackup(NOW);
    const parsed = parseBackup(serializeBackup({ ...backup, tables: { ...backup.tables, campaigns: [bad] } }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.join('\n')).toMatch(/resultsPrecision/);
  });
});
