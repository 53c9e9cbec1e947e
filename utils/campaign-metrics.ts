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

/** The results a post's page shows, and so the ones that can be rounded there ("1.2M views"). */
export const PAGE_COUNT_FIELDS = ['views', 'likes', 'comments'] as const;
export type PageCountField = (typeof PAGE_COUNT_FIELDS)[number];

/**
 * The precision of each rounded result (the unit of the last digit the page showed: 100000 for
 * "1.2M"); a field without an entry is exact. Records saved before precision was kept have none:
 * until then results were typed by hand or imported from a file, so exact — the one path that filled
 * them from pages (linking a published post, added in the same unreleased version) now records it.
 */
export type ResultsPrecision = Partial<Record<PageCountField, number>>;

/**
 * The precision of a sum: the coarsest of its known terms (1 when every term is exact). 1.2M (to
 * the nearest 100,000) + 950 (exact) is ≈1.2M, known to the nearest 100,000 — as a sum is rounded
 * to its least precise term.
 */
export function sumPrecision(...terms: Array<{ value: number | null; precision: number | undefined }>): number {
  return terms.reduce((coarsest, t) => (t.value === null ? coarsest : Math.max(coarsest, t.precision ?? 1)), 1);
}

/** Only the rounded ones, so an exact result has no entry (as stored). */
export function roundedOnly(precision: ResultsPrecision): ResultsPrecision {
  return Object.fromEntries(Object.entries(precision).filter(([, p]) => p !== undefined && p > 1)) as ResultsPrecision;
}

/** The precision of the results of several creators added up. */
export function totalPrecision(all: Array<{ results: Results; precision?: ResultsPrecision | undefined }>): ResultsPrecision {
  return roundedOnly(
    Object.fromEntries(PAGE_COUNT_FIELDS.map((f) => [f, sumPrecision(...all.map((m) => ({ value: m.results[f], precision: m.precision?.[f] })))])),
  );
}

export interface Metric {
  id: 'engagements' | 'cpe' | 'cpm' | 'cpc' | 'cpa' | 'roi';
  label: string;
  formula: string;
  value: number | null;
  /** How to show it: money in the campaign's currency, a plain number, or a ratio as a percentage. */
  unit: 'money' | 'number' | 'percent';
  /**
   * Above 1 when it is computed from a rounded count, so approximate: for engagements, the unit it is
   * known to; for a cost per view or engagement, that of the count it divides by.
   */
  precision: number;
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
export function campaignMetrics(r: Results, cost: number | null, precision: ResultsPrecision = {}): Metric[] {
  const acquisitions = r.sales ?? r.signups;
  const engaged = sumPrecision({ value: r.likes, precision: precision.likes }, { value: r.comments, precision: precision.comments });
  const viewed = r.views === null ? 1 : (precision.views ?? 1);
  return [
    { id: 'engagements', label: 'Engagements', formula: 'likes + comments', value: engagements(r), unit: 'number', precision: engaged },
    { id: 'cpe', label: 'Cost per engagement', formula: 'cost ÷ (likes + comments)', value: divide(cost, engagements(r)), unit: 'money', precision: engaged },
    { id: 'cpm', label: 'CPM', formula: 'cost ÷ views × 1,000', value: divide(cost, r.views) === null ? null : divide(cost, r.views)! * 1000, unit: 'money', precision: viewed },
    { id: 'cpc', label: 'Cost per click', formula: 'cost ÷ clicks', value: divide(cost, r.clicks), unit: 'money', precision: 1 },
    { id: 'cpa', label: 'Cost per acquisition', formula: r.sales !== null ? 'cost ÷ sales' : 'cost ÷ sign-ups', value: divide(cost, acquisitions), unit: 'money', precision: 1 },
    { id: 'roi', label: 'ROI', formula: '(revenue − cost) ÷ cost', value: r.revenue === null || cost === null || cost === 0 ? null : (r.revenue - cost) / cost, unit: 'percent', precision: 1 },
  ];
}

/** Results of several creators added up (a metric is null only if nobody entered it). */
export function totalResults(all: Results[]): Results {
  const keys = ['views', 'likes', 'comments', 'clicks', 'signups', 'sales', 'revenue'] as const;
  return Object.fromEntries(keys.map((k) => [k, sum(...all.map((r) => r[k]))])) as unknown as Results;
}
