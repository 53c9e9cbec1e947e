// Creators ranked across every campaign they were in, so the best can be thanked, rewarded and
// invited to be ambassadors. Each creator's results and fees are added up over their campaigns and
// the metrics computed from the sums (a creator's ROI is their total return on their total fees,
// not an average of percentages). Amounts in different currencies are never added together: a
// creator paid in two currencies has one line per currency. Pure.
import type { Campaign } from '@/utils/model/schemas';
import { totalPrecision, totalResults, type Results, type ResultsPrecision } from '@/utils/campaign-metrics';
import { RESULT_FIELDS } from './results-file';
import { reportColumn, reportPrecisions, reportValues, totalCost, type Precisions, type ReportColumnId, type Values } from './report';

export interface RankMetric {
  id: ReportColumnId;
  /** Costs are better low; everything else is better high. */
  better: 'higher' | 'lower';
}

export const RANK_METRICS: readonly RankMetric[] = [
  { id: 'roi', better: 'higher' },
  { id: 'revenue', better: 'higher' },
  { id: 'sales', better: 'higher' },
  { id: 'signups', better: 'higher' },
  { id: 'clicks', better: 'higher' },
  { id: 'engagements', better: 'higher' },
  { id: 'views', better: 'higher' },
  { id: 'cpa', better: 'lower' },
  { id: 'cpc', better: 'lower' },
  { id: 'cpe', better: 'lower' },
  { id: 'cpm', better: 'lower' },
];

export interface CampaignResultLine {
  campaignId: string;
  campaignName: string;
  /** When it ran (its start, or when it was created): the newest is the one to thank them for. */
  at: number;
  values: Values;
  precision: Precisions;
}

export interface CreatorRanking {
  creatorId: string;
  currency: string;
  /** Campaigns with results, newest first. */
  campaigns: CampaignResultLine[];
  results: Results;
  fees: number | null;
  /** Summed results, total fees, and every metric computed from the sums. */
  values: Values;
  /** Which of them are approximate (a sum with a count a page showed rounded). */
  precision: Precisions;
}

export function hasResults(results: Results): boolean {
  return RESULT_FIELDS.some((f) => results[f] !== null);
}

/**
 * Every creator (per currency) with results in at least one campaign, best first on `metricId`;
 * those whose metric cannot be computed (no revenue entered, say) come last.
 */
export function rankCreators(campaigns: readonly Campaign[], metricId: ReportColumnId = 'roi'): CreatorRanking[] {
  const groups = new Map<string, { creatorId: string; currency: string; lines: CampaignResultLine[]; results: Array<{ results: Results; precision: ResultsPrecision | undefined }>; fees: Array<number | null> }>();
  for (const campaign of campaigns) {
    for (const member of campaign.creators) {
      if (!hasResults(member.results)) continue;
      const key = `${member.creatorId}\u0000${campaign.currency}`;
      const group = groups.get(key) ?? { creatorId: member.creatorId, currency: campaign.currency, lines: [], results: [], fees: [] };
      group.lines.push({
        campaignId: campaign.id,
        campaignName: campaign.name,
        at: campaign.startAt ?? campaign.createdAt,
        values: reportValues(member.results, member.fee),
        precision: reportPrecisions(member.results, member.resultsPrecision),
      });
      group.results.push({ results: member.results, precision: member.resultsPrecision });
      group.fees.push(member.fee);
      groups.set(key, group);
    }
  }
  const better = RANK_METRICS.find((m) => m.id === metricId)?.better ?? 'higher';
  const rankings = [...groups.values()].map((g): CreatorRanking => {
    const results = totalResults(g.results.map((r) => r.results));
    const fees = totalCost(g.fees);
    const precision = reportPrecisions(results, totalPrecision(g.results));
    return { creatorId: g.creatorId, currency: g.currency, campaigns: g.lines.sort((a, b) => b.at - a.at), results, fees, values: reportValues(results, fees), precision };
  });
  return rankings.sort((a, b) => {
    const x = a.values[metricId];
    const y = b.values[metricId];
    if (x === y) return a.creatorId.localeCompare(b.creatorId);
    if (x === null) return 1;
    if (y === null) return -1;
    return better === 'higher' ? y - x : x - y;
  });
}

export function rankMetricLabel(id: ReportColumnId): string {
  const column = reportColumn(id);
  return column.formula ? `${column.label} = ${column.formula}` : column.label;
}
