// Campaign results with their formulas, for each creator and for a whole campaign. Pure. A figure
// that needs a number nobody entered is null (with the formula still shown), never 0 or Infinity.

export interface Results {
  views: number | null;
  likes: number | null;
  comments: number | null;
  clicks: number | null;
  signups: number | null;
  sales: number | null;
  revenue: number | null;
}

export interface Metric {
  id: 'engagements' | 'cpe' | 'cpm' | 'cpc' | 'cpa' | 'roi';
  label: string;
  formula: string;
  value: number | null;
  /** How to show it: money in the campaign's currency, a plain number, or a ratio as a percentage. */
  unit: 'money' | 'number' | 'percent';
}

const sum = (...values: Array<number | null>): number | null =>
  values.every((v) => v === null) ? null : values.reduce<number>((acc, v) => acc + (v ?? 0), 0);
const divide = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);

/** Engagements = likes + comments (what the creator's post earned). */
export function engagements(r: Results): number | null {
  return sum(r.likes, r.comments);
}

/**
 * Every metric of one creator (or a whole campaign, with summed results and the total cost).
 * Acquisitions are sales where entered, else sign-ups.
 */
export function campaignMetrics(r: Results, cost: number | null): Metric[] {
  const acquisitions = r.sales ?? r.signups;
  return [
    { id: 'engagements', label: 'Engagements', formula: 'likes + comments', value: engagements(r), unit: 'number' },
    { id: 'cpe', label: 'Cost per engagement', formula: 'cost ÷ (likes + comments)', value: divide(cost, engagements(r)), unit: 'money' },
    { id: 'cpm', label: 'CPM', formula: 'cost ÷ views × 1,000', value: divide(cost, r.views) === null ? null : divide(cost, r.views)! * 1000, unit: 'money' },
    { id: 'cpc', label: 'Cost per click', formula: 'cost ÷ clicks', value: divide(cost, r.clicks), unit: 'money' },
    { id: 'cpa', label: 'Cost per acquisition', formula: r.sales !== null ? 'cost ÷ sales' : 'cost ÷ sign-ups', value: divide(cost, acquisitions), unit: 'money' },
    { id: 'roi', label: 'ROI', formula: '(revenue − cost) ÷ cost', value: r.revenue === null || cost === null || cost === 0 ? null : (r.revenue - cost) / cost, unit: 'percent' },
  ];
}

/** Results of several creators added up (a metric is null only if nobody entered it). */
export function totalResults(all: Results[]): Results {
  const keys = ['views', 'likes', 'comments', 'clicks', 'signups', 'sales', 'revenue'] as const;
  return Object.fromEntries(keys.map((k) => [k, sum(...all.map((r) => r[k]))])) as unknown as Results;
}
