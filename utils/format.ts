import type { MeasuredCount } from '@/utils/model/reading';
import { siteOf, type PlatformId } from '@/utils/platforms/sites';

const grouped = new Intl.NumberFormat('en-US');
const compactByDigits = [0, 1, 2].map(
  (digits) => new Intl.NumberFormat('en-US', { notation: 'compact', minimumFractionDigits: digits, maximumFractionDigits: digits }),
);

/**
 * A count the way a user reads it: exact counts in full ("2,362"), rounded ones compact with as
 * many digits as the page showed ("783.4K", "4.69M", "25M") — never more, never fewer.
 */
export function formatCount(count: Pick<MeasuredCount, 'value' | 'precision'>): string {
  if (count.precision <= 1) return grouped.format(count.value);
  const unit = count.value >= 1e9 ? 1e9 : count.value >= 1e6 ? 1e6 : count.value >= 1e3 ? 1e3 : 1;
  const digits = Math.min(2, Math.max(0, Math.round(Math.log10(unit / count.precision))));
  return compactByDigits[digits]!.format(count.value);
}

/** A count as plain text that keeps its precision: "≈6.2M" for a rounded one, "2,362" for an exact one. */
export function approximately(count: Pick<MeasuredCount, 'value' | 'precision'>): string {
  return count.precision > 1 ? `≈${formatCount(count)}` : formatCount(count);
}

/** What a screen reader (and a tooltip) says about a count's precision. */
export function describePrecision(count: Pick<MeasuredCount, 'value' | 'precision'>): string {
  if (count.precision <= 1) return 'exact';
  return `rounded on the page: about ${grouped.format(count.value)}, to the nearest ${grouped.format(count.precision)}`;
}

const SOURCE_NAMES: Record<MeasuredCount['source'], string> = {
  meta: 'the page’s meta tags',
  json: 'the page’s embedded data',
  jsonld: 'the page’s structured data',
  dom: 'the visible page',
  aria: 'the page’s accessibility labels',
  url: 'the address',
};

export function describeSource(source: MeasuredCount['source']): string {
  return SOURCE_NAMES[source];
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(epochMs: number): string {
  return dateFormat.format(epochMs);
}

export function formatDateTime(epochMs: number): string {
  return dateTimeFormat.format(epochMs);
}

export function platformName(platform: PlatformId): string {
  return siteOf(platform).name;
}

/** "content_in_progress" → "Content in progress" */
export function statusLabel(status: string): string {
  const words = status.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 0.01234 → "1.23%" (two decimals below 10 %, one above). */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  return `${percent.toFixed(percent < 10 ? 2 : 1)}%`;
}
