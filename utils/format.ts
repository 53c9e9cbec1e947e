import type { MeasuredCount } from './extract/extraction';

const grouped = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** A count the way a user reads it: exact counts in full, rounded ones as the page showed them. */
export function formatCount(count: Pick<MeasuredCount, 'value' | 'precision'>): string {
  return count.precision <= 1 ? grouped.format(count.value) : compact.format(count.value);
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

const PLATFORM_NAMES = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
  bluesky: 'Bluesky',
} as const;

export function platformName(platform: keyof typeof PLATFORM_NAMES): string {
  return PLATFORM_NAMES[platform];
}

/** "content_in_progress" → "Content in progress" */
export function statusLabel(status: string): string {
  const words = status.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
