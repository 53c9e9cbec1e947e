// Words and numbers as an agreement shows them: deliverable types, usage channels, currencies,
// statuses and money. Pure: the builder, the list and the printable document share them, so the
// document says exactly what the builder showed.
import type { Agreement, AgreementTerms, DELIVERABLE_TYPES, USAGE_CHANNELS } from '@/utils/model/schemas';
import { platformName } from '@/utils/format';

export type DeliverableType = (typeof DELIVERABLE_TYPES)[number];
export type UsageChannel = (typeof USAGE_CHANNELS)[number];
export type AgreementStatus = Agreement['status'];
export type Deliverable = AgreementTerms['deliverables'][number];
export type Payment = AgreementTerms['paymentSchedule'][number];

export const DELIVERABLE_TYPE_LABELS: Record<DeliverableType, string> = {
  post: 'Post',
  reel: 'Reel',
  story: 'Story',
  video: 'Video',
  short: 'Short',
  live: 'Live stream',
  tweet: 'Tweet',
  thread: 'Thread',
  blog: 'Blog post',
  other: 'Other',
};

export const USAGE_CHANNEL_LABELS: Record<UsageChannel, string> = {
  organic_social: 'Organic social',
  paid_ads: 'Paid ads',
  website: 'Website',
  email: 'Email',
  out_of_home: 'Out of home',
  print: 'Print',
};

export const STATUS_LABELS: Record<AgreementStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  signed: 'Signed',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** ISO 4217 codes offered in the builder, the most used first; an agreement may hold any other. */
export const COMMON_CURRENCIES = [
  'EUR', 'USD', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'BRL', 'MXN', 'INR', 'SGD', 'HKD', 'NZD', 'ZAR', 'AED',
] as const;

/** "Reel on Instagram", "3 × Story on TikTok", "Blog post". */
export function deliverableLabel(d: Pick<Deliverable, 'type' | 'platform' | 'count'>): string {
  const what = `${d.count > 1 ? `${d.count} × ` : ''}${DELIVERABLE_TYPE_LABELS[d.type]}`;
  return d.platform ? `${what} on ${platformName(d.platform)}` : what;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** 1500, "EUR" → "€1,500.00"; an unknown code still reads "ABC 1,500.00". */
export function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'symbol' });
    } catch {
      format = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      const plain = format;
      format = { format: (n: number) => `${currency} ${plain.format(n)}` } as Intl.NumberFormat;
    }
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

/** "30 days", "1 day". */
export function formatDays(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
