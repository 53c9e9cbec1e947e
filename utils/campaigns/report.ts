// A campaign's results as a report: one row per creator (results and the metrics computed from
// them, with their formulas), the campaign's totals, and the same figures as a CSV file. The table
// and the file are made from the same rounded figures, so they always agree. Pure.
import Papa from 'papaparse';
import type { Campaign } from '@/utils/model/schemas';
import { campaignMetrics, PAGE_COUNT_FIELDS, totalPrecision, totalResults, type Metric, type Results, type ResultsPrecision } from '@/utils/campaign-metrics';
import { approximately, formatDate } from '@/utils/format';
import { precisionCell } from '@/utils/csv/export';
import { RESULT_FIELD_LABELS, RESULT_FIELDS, type ResultField } from './results-file';
import { slugify } from './tracking';

export type Goal = Campaign['goal'];
export type Unit = Metric['unit'];
export type ReportColumnId = 'fee' | ResultField | Metric['id'];

export interface ReportColumn {
  id: ReportColumnId;
  label: string;
  /** How it is computed, for the column header and the legend; null for a number that is entered. */
  formula: string | null;
  unit: Unit;
}

const METRIC_COLUMNS: ReportColumn[] = campaignMetrics({ views: 0, likes: 0, comments: 0, clicks: 0, signups: 0, sales: 0, revenue: 0 }, 0).map((m) => ({
  id: m.id,
  label: m.label,
  formula: m.id === 'cpa' ? 'cost ÷ sales (÷ sign-ups where no sales are entered)' : m.formula,
  unit: m.unit,
}));

/** Every column of the report, in order: the fee, the results as entered, then the metrics. */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { id: 'fee', label: 'Fee (cost)', formula: null, unit: 'money' },
  ...RESULT_FIELDS.map((field): ReportColumn => ({ id: field, label: RESULT_FIELD_LABELS[field], formula: null, unit: field === 'revenue' ? 'money' : 'number' })),
  ...METRIC_COLUMNS,
];

export function reportColumn(id: ReportColumnId): ReportColumn {
  return REPORT_COLUMNS.find((c) => c.id === id)!;
}

export interface Headline {
  /** The figure creators are compared on (the chart, the report's order). */
  metric: ReportColumnId;
  /** The cost of one unit of it, which says whether it was worth the money. */
  costMetric: ReportColumnId;
  /** Why this goal is judged by this figure, in words. */
  why: string;
}

/** The goal decides the headline metric: the one number a campaign is judged by. */
export const GOAL_HEADLINES: Readonly<Record<Goal, Headline>> = {
  awareness: { metric: 'views', costMetric: 'cpm', why: 'Awareness is about being seen: creators are compared on views, and on CPM (cost per 1,000 views).' },
  engagement: { metric: 'engagements', costMetric: 'cpe', why: 'Engagement is about people reacting: creators are compared on likes + comments, and on cost per engagement.' },
  traffic: { metric: 'clicks', costMetric: 'cpc', why: 'Traffic is about visits to your site: creators are compared on clicks on their tracked link, and on cost per click.' },
  signups: { metric: 'signups', costMetric: 'cpa', why: 'Sign-ups are about new accounts or subscribers: creators are compared on sign-ups, and on cost per sign-up.' },
  sales: { metric: 'revenue', costMetric: 'roi', why: 'Sales are about money coming back: creators are compared on revenue from their link and code, and on ROI.' },
};

export const GOAL_LABELS: Readonly<Record<Goal, string>> = {
  awareness: 'Awareness',
  engagement: 'Engagement',
  traffic: 'Traffic',
  signups: 'Sign-ups',
  sales: 'Sales',
};

export type Values = Record<ReportColumnId, number | null>;
/** The figures computed from a rounded count (above 1: see Metric['precision']); exact ones have no entry. */
export type Precisions = Partial<Record<ReportColumnId, number>>;

/** Which of the results and metrics of one creator (or a total) are approximate, and to what unit. */
export function reportPrecisions(results: Results, precision: ResultsPrecision = {}): Precisions {
  const out: Precisions = {};
  for (const field of PAGE_COUNT_FIELDS) if (results[field] !== null && (precision[field] ?? 1) > 1) out[field] = precision[field];
  for (const metric of campaignMetrics(results, 0, precision)) if (metric.precision > 1) out[metric.id] = metric.precision;
  return out;
}

/** The results and fee of one creator (or a total) with every metric, by column. */
export function reportValues(results: Results, cost: number | null): Values {
  const values = { fee: cost, ...results } as Values;
  for (const metric of campaignMetrics(results, cost)) values[metric.id] = metric.value;
  return values;
}

export interface ReportRow {
  creatorId: string;
  name: string;
  values: Values;
  precision: Precisions;
}

export interface CampaignReport {
  currency: string;
  headline: Headline;
  /** Best first on the headline metric; creators without it last, by name. */
  rows: ReportRow[];
  totals: Values;
  totalsPrecision: Precisions;
}

/** Sum of the fees entered; null when none is. */
export function totalCost(fees: Array<number | null>): number | null {
  return fees.some((f) => f !== null) ? fees.reduce<number>((acc, f) => acc + (f ?? 0), 0) : null;
}

export function campaignReport(campaign: Campaign, nameOf: (creatorId: string) => string): CampaignReport {
  const headline = GOAL_HEADLINES[campaign.goal];
  const rows = campaign.creators.map((m) => ({
    creatorId: m.creatorId,
    name: nameOf(m.creatorId),
    values: reportValues(m.results, m.fee),
    precision: reportPrecisions(m.results, m.resultsPrecision),
  }));
  rows.sort((a, b) => {
    const x = a.values[headline.metric];
    const y = b.values[headline.metric];
    if (x === y) return a.name.localeCompare(b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  });
  const results = totalResults(campaign.creators.map((m) => m.results));
  const totals = reportValues(results, totalCost(campaign.creators.map((m) => m.fee)));
  const totalsPrecision = reportPrecisions(results, totalPrecision(campaign.creators.map((m) => ({ results: m.results, precision: m.resultsPrecision }))));
  return { currency: campaign.currency, headline, rows, totals, totalsPrecision };
}

/**
 * The figure as the report shows it and the CSV holds it: money to the cent, ROI as a percentage
 * with one decimal (2.5 → 250), other numbers to two decimals at most.
 */
export function reportFigure(value: number | null, unit: Unit): number | null {
  if (value === null) return null;
  const scaled = unit === 'percent' ? value * 100 : value;
  const digits = unit === 'percent' ? 10 : 100;
  return Math.round(scaled * digits) / digits;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(value: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format.format(value);
}

/**
 * For people: "€1,750.00", "250%", "12,400"; "—" where a number is not known. One computed from a
 * rounded count says so: "≈1.2M" (as precise as the page showed it, like every count), "≈€0.42".
 */
export function formatFigure(value: number | null, unit: Unit, currency: string, precision = 1): string {
  const figure = reportFigure(value, unit);
  if (figure === null) return '—';
  if (precision > 1) return unit === 'number' ? approximately({ value: figure, precision }) : `≈${formatFigure(value, unit, currency)}`;
  if (unit === 'money') return formatMoney(figure, currency);
  if (unit === 'percent') return `${percentFormat.format(figure)}%`;
  return numberFormat.format(figure);
}

/** For files: "1750.00", "250.0", "12400"; empty where a number is not known. */
export function csvFigure(value: number | null, unit: Unit): string {
  const figure = reportFigure(value, unit);
  if (figure === null) return '';
  if (unit === 'money') return figure.toFixed(2);
  if (unit === 'percent') return figure.toFixed(1);
  return String(figure);
}

export function csvHeader(column: ReportColumn, currency: string): string {
  if (column.unit === 'money') return `${column.label} (${currency})`;
  if (column.unit === 'percent') return `${column.label} (%)`;
  return column.label;
}

// A cell starting with one of these is run as a formula by spreadsheet programs ("CSV injection"):
// = + - @, tab and carriage return, and their full-width forms — except a plain negative number
// such as an ROI of "-50.0", which must stay a number. (utils/csv/export.ts's csvText defuses every
// leading "-", which would turn a negative ROI into text.)
const FORMULA_START = /^(?!-\d+(?:\.\d+)?$)[=+\-@\t\r＝＋－＠]/;

/** The columns that hold counts a page may have shown rounded: each is followed by its precision in the file. */
const COUNT_COLUMNS: ReadonlySet<ReportColumnId> = new Set<ReportColumnId>([...PAGE_COUNT_FIELDS, 'engagements']);

/**
 * The report as spreadsheet-safe CSV, one row per creator in the report's order, then the total:
 * UTF-8 with a BOM (for Excel), CRLF line ends, quotes where needed, formulas defused. Views, likes,
 * comments and engagements are each followed by their precision ("exact", or the unit a rounded
 * count is known to, like the roster's Followers precision), so the numbers stay numbers.
 */
export function campaignReportCsv(report: CampaignReport): string {
  const header = ['Creator', ...REPORT_COLUMNS.flatMap((c) => [csvHeader(c, report.currency), ...(COUNT_COLUMNS.has(c.id) ? [`${c.label} precision`] : [])])];
  const line = (name: string, values: Values, precision: Precisions) => [
    name,
    ...REPORT_COLUMNS.flatMap((c) => {
      const cell = csvFigure(values[c.id], c.unit);
      return COUNT_COLUMNS.has(c.id) ? [cell, cell === '' ? '' : precisionCell(precision[c.id] ?? 1)] : [cell];
    }),
  ];
  const rows = [...report.rows.map((r) => line(r.name, r.values, r.precision)), line('Total', report.totals, report.totalsPrecision)];
  return '\uFEFF' + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START, header: true });
}

/** "Spring launch" → "spring-launch-results.csv" (a name any file system accepts). */
export function reportFileName(campaignName: string): string {
  return `${slugify(campaignName) || 'campaign'}-results.csv`;
}

/** "Mar 1, 2026 – Mar 31, 2026", "From Mar 1, 2026", "No dates yet". */
export function campaignDates(start: number | null, end: number | null): string {
  if (start === null && end === null) return 'No dates yet';
  if (start === null) return `Until ${formatDate(end!)}`;
  if (end === null) return `From ${formatDate(start)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
