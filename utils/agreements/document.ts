// What the printable agreement says, section by section, as plain strings. Pure: the document
// component only lays these out (as text), and tests can read every clause without a browser.
import type { Account, Agreement, Creator } from '@/utils/model/schemas';
import { formatDate, platformName } from '@/utils/format';
import { DELIVERABLE_TYPE_LABELS, formatDays, formatMoney, STATUS_LABELS, USAGE_CHANNEL_LABELS } from './labels';
import { durationForInput } from './draft';
import { usageRightsEnd, whitelistingEnd } from './reminders';

/** The brand's side, as the sender details hold it; any part may be empty. */
export interface BrandParty {
  brandName: string;
  name: string;
  title: string;
  email: string;
  website: string;
}

export interface CreatorParty {
  creator: Pick<Creator, 'displayName' | 'contact' | 'location'>;
  accounts: Array<Pick<Account, 'platform' | 'handle' | 'url'>>;
}

export interface DocTable {
  caption: string;
  columns: string[];
  rows: string[][];
  empty: string;
}

export interface DocSection {
  id: string;
  heading: string;
  /** Label–value pairs, shown as a definition list. */
  facts?: Array<[string, string]>;
  paragraphs?: string[];
  table?: DocTable;
}

export interface PartyBlock {
  role: string;
  name: string;
  lines: string[];
}

export interface AgreementDocumentModel {
  title: string;
  status: string;
  /** "Prepared Mar 1, 2026" and the like: shown under the title. */
  meta: string[];
  parties: PartyBlock[];
  sections: DocSection[];
  signatures: Array<{ party: string; name: string; date: string }>;
}

export const FALLBACK_BRAND_NAME = 'The brand';
const NONE = 'None stated';

const dateOr = (at: number | null, fallback = 'To be agreed') => (at === null ? fallback : formatDate(at));

function brandBlock(brand: Partial<BrandParty>): PartyBlock {
  const name = brand.brandName?.trim() || FALLBACK_BRAND_NAME;
  const person = [brand.name?.trim(), brand.title?.trim()].filter(Boolean).join(', ');
  const lines = [person ? `Represented by ${person}` : '', brand.email?.trim() ?? '', brand.website?.trim() ?? ''].filter(Boolean);
  return { role: 'Brand', name, lines };
}

function creatorBlock({ creator, accounts }: CreatorParty): PartyBlock {
  const lines = [
    creator.contact.email,
    creator.contact.other,
    creator.location,
    ...accounts.map((a) => `@${a.handle} on ${platformName(a.platform)} (${a.url})`),
  ].filter((line) => line.trim());
  return { role: 'Creator', name: creator.displayName, lines };
}

function usageDuration(agreement: Agreement): string {
  const days = agreement.terms.usageRights.durationDays;
  if (days === null) return 'No limit stated';
  const end = usageRightsEnd(agreement.terms);
  // Shown as it was entered: "6 months" stays 6 months rather than becoming 184 days.
  const entered = durationForInput(days, agreement.terms.startAt);
  const amount = entered.unit === 'months' ? `${entered.amount} ${entered.amount === '1' ? 'month' : 'months'}` : formatDays(days);
  return end === null ? `${amount} from the start date` : `${amount} from the start date, until ${formatDate(end)}`;
}

function whitelisting(agreement: Agreement): string {
  const days = agreement.terms.usageRights.whitelistingDays;
  if (days === null || !agreement.terms.usageRights.channels.includes('paid_ads')) return 'None';
  const end = whitelistingEnd(agreement.terms);
  const until = end === null ? '' : `, until ${formatDate(end)}`;
  return `${formatDays(days)} from the start date${until}: the brand may run paid ads from the creator’s account`;
}

/** Key dates in order: the start, each deliverable and payment, and when rights and exclusivity end. */
function timeline(agreement: Agreement): string[][] {
  const { terms } = agreement;
  const events: Array<[number, string]> = [];
  if (terms.startAt !== null) events.push([terms.startAt, 'Start of the agreement']);
  for (const d of terms.deliverables) if (d.dueAt !== null) events.push([d.dueAt, `${DELIVERABLE_TYPE_LABELS[d.type]}${d.platform ? ` on ${platformName(d.platform)}` : ''} due${d.count > 1 ? ` (${d.count})` : ''}`]);
  for (const p of terms.paymentSchedule) if (p.dueAt !== null) events.push([p.dueAt, `Payment of ${formatMoney(p.amount, terms.currency)} due${p.description ? `: ${p.description}` : ''}`]);
  const usageEnd = usageRightsEnd(terms);
  if (usageEnd !== null) events.push([usageEnd, 'Usage rights end']);
  const whitelistEnd = whitelistingEnd(terms);
  if (whitelistEnd !== null) events.push([whitelistEnd, 'Whitelisting window ends']);
  if (terms.startAt !== null && terms.exclusivity.days !== null) {
    const end = new Date(terms.startAt);
    end.setDate(end.getDate() + terms.exclusivity.days);
    events.push([end.getTime(), 'Exclusivity ends']);
  }
  return events.sort((a, b) => a[0] - b[0]).map(([at, what]) => [formatDate(at), what]);
}

export function agreementDocument(
  agreement: Agreement,
  parties: { brand: Partial<BrandParty>; creator: CreatorParty; campaignName: string | null },
): AgreementDocumentModel {
  const { terms } = agreement;
  const brand = brandBlock(parties.brand);
  const creator = creatorBlock(parties.creator);
  const scheduled = terms.paymentSchedule.reduce((sum, p) => sum + p.amount, 0);
  const sections: DocSection[] = [
    {
      id: 'scope',
      heading: 'Scope and deliverables',
      facts: [['Campaign', parties.campaignName ?? 'Not part of a campaign']],
      table: {
        caption: 'Deliverables',
        columns: ['Deliverable', 'Platform', 'Count', 'Due', 'Notes'],
        rows: terms.deliverables.map((d) => [DELIVERABLE_TYPE_LABELS[d.type], d.platform ? platformName(d.platform) : 'Any', String(d.count), dateOr(d.dueAt), d.notes]),
        empty: 'No deliverables listed.',
      },
    },
    { id: 'timeline', heading: 'Timeline', facts: [['Start date', dateOr(terms.startAt)]], table: { caption: 'Key dates', columns: ['Date', 'What'], rows: timeline(agreement), empty: 'No dates set yet.' } },
    {
      id: 'payment',
      heading: 'Fee and payment',
      facts: [
        ['Fee', terms.fee === null ? 'To be agreed' : formatMoney(terms.fee, terms.currency)],
        ['Currency', terms.currency],
        ['Payment terms', terms.paymentTerms || NONE],
      ],
      table: {
        caption: `Payment schedule${terms.paymentSchedule.length ? ` (total ${formatMoney(scheduled, terms.currency)})` : ''}`,
        columns: ['Payment', 'Amount', 'Due', 'Paid'],
        rows: terms.paymentSchedule.map((p) => [p.description || 'Payment', formatMoney(p.amount, terms.currency), dateOr(p.dueAt), p.paidAt === null ? 'Not yet' : formatDate(p.paidAt)]),
        empty: 'No payment schedule: the fee is paid as the payment terms say.',
      },
    },
    {
      id: 'usage',
      heading: 'Usage rights',
      facts: [
        ['Channels', terms.usageRights.channels.length ? terms.usageRights.channels.map((c) => USAGE_CHANNEL_LABELS[c]).join(', ') : 'None: the content stays on the creator’s own channels'],
        ['Duration', usageDuration(agreement)],
        ['Paid-ad whitelisting', whitelisting(agreement)],
      ],
    },
    {
      id: 'exclusivity',
      heading: 'Exclusivity',
      paragraphs: [
        terms.exclusivity.category && terms.exclusivity.days !== null
          ? `For ${formatDays(terms.exclusivity.days)} from the start date, the creator will not promote competing brands in this category: ${terms.exclusivity.category}.`
          : 'None: the creator is free to work with other brands.',
      ],
    },
    { id: 'disclosure', heading: 'Disclosure', paragraphs: [terms.disclosure || NONE] },
    {
      id: 'approvals',
      heading: 'Approvals',
      paragraphs: [
        terms.approvalRounds === 0
          ? 'The creator publishes without the brand’s approval.'
          : `The creator shares each piece before publishing; the brand may ask for up to ${terms.approvalRounds} ${terms.approvalRounds === 1 ? 'round' : 'rounds'} of changes.`,
      ],
    },
    { id: 'creative-freedom', heading: 'Creative freedom', paragraphs: [terms.creativeFreedom || NONE] },
    { id: 'notes', heading: 'Other terms', paragraphs: [terms.notes || NONE] },
  ];
  const signed = terms.signedAt === null ? '' : formatDate(terms.signedAt);
  return {
    title: agreement.title,
    status: STATUS_LABELS[agreement.status],
    meta: [`Prepared ${formatDate(agreement.createdAt)}`, `Last changed ${formatDate(agreement.updatedAt)}`, ...(signed ? [`Signed ${signed}`] : [])],
    parties: [brand, creator],
    sections,
    signatures: [
      { party: brand.name, name: parties.brand.name?.trim() ?? '', date: signed },
      { party: creator.name, name: creator.name, date: signed },
    ],
  };
}
