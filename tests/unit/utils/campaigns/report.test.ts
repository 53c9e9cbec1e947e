import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NO_RESULTS } from '@/utils/model/defaults';
import { rankCreators } from '@/utils/campaigns/ranking';
import { campaignReport, campaignReportCsv, formatFigure, reportFileName, reportValues } from '@/utils/campaigns/report';
import { makeCampaign } from '../../../helpers/records';

const names: Record<string, string> = { ana: 'Ana Lima', bo: 'Bo Chen', cy: '=HYPERLINK("http://evil")' };
const nameOf = (id: string) => names[id] ?? id;

const spring = makeCampaign({ id: 'spring', name: 'Spring launch', goal: 'sales', currency: 'EUR', startAt: Date.UTC(2026, 2, 1) }, [
  { creatorId: 'bo', fee: 300, results: { ...NO_RESULTS, views: 20_000, likes: 900, comments: 100, clicks: 150, sales: 2, revenue: 150 } },
  { creatorId: 'ana', fee: 500, results: { ...NO_RESULTS, views: 50_000, likes: 2_300, comments: 200, clicks: 400, sales: 10, revenue: 1_750 } },
  { creatorId: 'cy', fee: null, results: { ...NO_RESULTS } },
]);

describe('the metrics of a creator', () => {
  it('fee 500, revenue 1,750 → ROI 250 %; and the costs per result', () => {
    const v = reportValues(spring.creators[1]!.results, 500);
    expect(v.roi).toBeCloseTo(2.5); // (1,750 − 500) ÷ 500
    expect(formatFigure(v.roi, 'percent', 'EUR')).toBe('250%');
    expect(v.engagements).toBe(2_500); // 2,300 + 200
    expect(v.cpe).toBeCloseTo(0.2); // 500 ÷ 2,500
    expect(v.cpm).toBeCloseTo(10); // 500 ÷ 50,000 × 1,000
    expect(v.cpc).toBeCloseTo(1.25); // 500 ÷ 400
    expect(v.cpa).toBeCloseTo(50); // 500 ÷ 10 sales
    expect(formatFigure(v.cpc, 'money', 'EUR')).toBe('€1.25');
  });

  it('fee 300, revenue 150 → ROI −50 %', () => {
    const v = reportValues(spring.creators[0]!.results, 300);
    expect(v.roi).toBeCloseTo(-0.5); // (150 − 300) ÷ 300
    expect(formatFigure(v.roi, 'percent', 'EUR')).toBe('-50%');
  });

  it('shows “—” where a number is missing, never 0 or Infinity', () => {
    const v = reportValues({ ...NO_RESULTS, revenue: 100 }, null);
    expect(v.roi).toBeNull();
    expect(formatFigure(v.roi, 'percent', 'EUR')).toBe('—');
    expect(reportValues({ ...NO_RESULTS, clicks: 0 }, 100).cpc).toBeNull();
  });
});

describe('the campaign report', () => {
  it('orders creators on the goal’s headline metric and totals the campaign', () => {
    const report = campaignReport(spring, nameOf);
    // Sales campaign: compared on revenue; Cy has none, so last.
    expect(report.rows.map((r) => r.creatorId)).toEqual(['ana', 'bo', 'cy']);
    expect(report.totals.fee).toBe(800);
    expect(report.totals.revenue).toBe(1_900);
    expect(report.totals.roi).toBeCloseTo(1.375); // (1,900 − 800) ÷ 800
  });

  it('exports the same figures as spreadsheet-safe CSV: BOM, CRLF, formulas neutralized', () => {
    const csv = campaignReportCsv(campaignReport(spring, nameOf));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'Creator', 'Fee (cost) (EUR)', 'Views', 'Views precision', 'Likes', 'Likes precision', 'Comments', 'Comments precision',
      'Clicks', 'Sign-ups', 'Sales', 'Revenue (EUR)', 'Engagements', 'Engagements precision',
      'Cost per engagement (EUR)', 'CPM (EUR)', 'Cost per click (EUR)', 'Cost per acquisition (EUR)', 'ROI (%)',
    ]);
    expect(rows[1]).toEqual(['Ana Lima', '500.00', '50000', 'exact', '2300', 'exact', '200', 'exact', '400', '', '10', '1750.00', '2500', 'exact', '0.20', '10.00', '1.25', '50.00', '250.0']);
    expect(rows[2]).toEqual(['Bo Chen', '300.00', '20000', 'exact', '900', 'exact', '100', 'exact', '150', '', '2', '150.00', '1000', 'exact', '0.30', '15.00', '2.00', '150.00', '-50.0']);
    // A name that a spreadsheet would run as a formula is kept as text.
    expect(rows[3]![0]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[4]).toEqual(['Total', '800.00', '70000', 'exact', '3200', 'exact', '300', 'exact', '550', '', '12', '1900.00', '3500', 'exact', '0.23', '11.43', '1.45', '66.67', '137.5']);
    expect(reportFileName('Spring launch — Café')).toBe('spring-launch-cafe-results.csv');
  });
});

describe('top performers across campaigns', () => {
  const summer = makeCampaign({ id: 'summer', name: 'Summer', goal: 'traffic', currency: 'EUR', startAt: Date.UTC(2026, 5, 1) }, [
    { creatorId: 'bo', fee: 200, results: { ...NO_RESULTS, clicks: 300, revenue: 1_000 } },
    { creatorId: 'ana', fee: 500, results: { ...NO_RESULTS } },
  ]);
  const usd = makeCampaign({ id: 'us', name: 'US launch', currency: 'USD' }, [{ creatorId: 'cy', fee: 100, results: { ...NO_RESULTS, revenue: 1_000 } }]);

  it('ranks by ROI over all their campaigns: total revenue against total fees', () => {
    const ranking = rankCreators([spring, summer, usd], 'roi');
    // Cy: (1,000 − 100) ÷ 100 = 900 %; Ana: 250 % (her summer campaign has no results, so its fee is not counted);
    // Bo: (150 + 1,000 − 300 − 200) ÷ 500 = 130 %.
    expect(ranking.map((r) => [r.creatorId, r.currency, Math.round(r.values.roi! * 1000) / 10])).toEqual([
      ['cy', 'USD', 900],
      ['ana', 'EUR', 250],
      ['bo', 'EUR', 130],
    ]);
    // The newest campaign first: the one to thank them for.
    expect(ranking[2]!.campaigns.map((c) => c.campaignId)).toEqual(['summer', 'spring']);
  });

  it('ranks by another metric, lowest first for costs', () => {
    expect(rankCreators([spring, summer], 'clicks').map((r) => r.creatorId)).toEqual(['bo', 'ana']); // 450 vs 400
    expect(rankCreators([spring, summer], 'cpc').map((r) => r.creatorId)).toEqual(['bo', 'ana']); // 500 ÷ 450 = 1.11 vs 1.25
    expect(rankCreators([spring], 'cpa').map((r) => r.creatorId)).toEqual(['ana', 'bo']); // 50 vs 150
  });
});
