// The builder's form as typed (strings, as inputs hold them) and the agreement it stands for.
// Pure. Calendar dates are kept as local midnight of the chosen day (a date input's value is a day,
// not an instant); durations the user gives in months are turned into the days the record keeps.
import { emptyAgreementTerms } from '@/utils/model/defaults';
import type { FieldProblem } from '@/utils/model/errors';
import type { Agreement, AgreementTerms } from '@/utils/model/schemas';
import type { Platform } from '@/utils/model/reading';
import type { DeliverableType, UsageChannel } from './labels';
import { dateInputValue, parseDateInput } from '@/utils/date-input';
import { parseAmount } from '@/utils/amount';

export interface DeliverableDraft {
  id: string;
  type: DeliverableType;
  platform: Platform | '';
  count: string;
  dueDate: string;
  notes: string;
}

export interface PaymentDraft {
  id: string;
  description: string;
  amount: string;
  dueDate: string;
  paidDate: string;
}

export type DurationUnit = 'days' | 'months';

export interface AgreementDraft {
  title: string;
  creatorId: string;
  /** '' for none. */
  campaignId: string;
  deliverables: DeliverableDraft[];
  fee: string;
  currency: string;
  payments: PaymentDraft[];
  paymentTerms: string;
  channels: UsageChannel[];
  usageAmount: string;
  usageUnit: DurationUnit;
  whitelistingDays: string;
  exclusivityCategory: string;
  exclusivityDays: string;
  disclosure: string;
  approvalRounds: string;
  creativeFreedom: string;
  startDate: string;
  notes: string;
  /** Not edited in the form: set when the agreement is marked as signed. */
  signedAt: number | null;
}

/** What a save writes: everything but the id, status and times. */
export interface AgreementInput {
  title: string;
  creatorId: string;
  campaignId: string | null;
  terms: AgreementTerms;
}

const DAY = 86_400_000;

/** A creative-freedom clause the builder offers: clear rules, the creator's own voice. */
export const SUGGESTED_CREATIVE_FREEDOM =
  'The creator writes, films and edits the content in their own voice and style. The brand shares its key messages and brand-safety rules in the brief and may ask for factual corrections and changes required by law or by those rules, within the agreed approval rounds; it will not script the content word for word.';

// --- Dates ---

/** Whole calendar days from `from` to `to` (a day across a daylight-saving change still counts once). */
export function calendarDaysBetween(from: number, to: number): number {
  return Math.round((to - from) / DAY);
}

/** How many days `months` calendar months are, from the start date when there is one. */
export function monthsToDays(months: number, startAt: number | null): number {
  if (startAt === null) return Math.round(months * 30.4375);
  const end = new Date(startAt);
  end.setMonth(end.getMonth() + months);
  return calendarDaysBetween(startAt, end.getTime());
}

/** A stored duration shown as whole months when it is exactly that, else in days. */
export function durationForInput(days: number | null, startAt: number | null): { amount: string; unit: DurationUnit } {
  if (days === null) return { amount: '', unit: 'months' };
  for (let months = 1; months <= 120; months++) {
    const asDays = monthsToDays(months, startAt);
    if (asDays === days) return { amount: String(months), unit: 'months' };
    if (asDays > days) break;
  }
  return { amount: String(days), unit: 'days' };
}

// --- Numbers ---

/** A whole number as typed; '' → null; anything else → NaN. */
export function parseWhole(value: string): number | null {
  const text = value.trim();
  if (!text) return null;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The "split the fee" helper: `percentOnSigning` % due on signing (the start date) and the rest after
 * publication (the last deliverable's due date). The second part takes the rounding, so the two add
 * up to the fee exactly.
 */
export function splitFee(fee: number, percentOnSigning: number, signingDate: string, publicationDate: string): Array<Omit<PaymentDraft, 'id'>> {
  const first = round2((fee * percentOnSigning) / 100);
  const rest = round2(fee - first);
  const parts: Array<Omit<PaymentDraft, 'id'>> = [];
  if (first > 0) parts.push({ description: `${percentOnSigning} % on signing`, amount: String(first), dueDate: signingDate, paidDate: '' });
  if (rest > 0) parts.push({ description: `${100 - percentOnSigning} % after publication`, amount: String(rest), dueDate: publicationDate, paidDate: '' });
  return parts;
}

// --- Draft ↔ record ---

export function draftOf(input: AgreementInput): AgreementDraft {
  const { terms } = input;
  const usage = durationForInput(terms.usageRights.durationDays, terms.startAt);
  const num = (n: number | null) => (n === null ? '' : String(n));
  return {
    title: input.title,
    creatorId: input.creatorId,
    campaignId: input.campaignId ?? '',
    deliverables: terms.deliverables.map((d) => ({ id: d.id, type: d.type, platform: d.platform ?? '', count: String(d.count), dueDate: dateInputValue(d.dueAt), notes: d.notes })),
    fee: num(terms.fee),
    currency: terms.currency,
    payments: terms.paymentSchedule.map((p) => ({ id: p.id, description: p.description, amount: String(p.amount), dueDate: dateInputValue(p.dueAt), paidDate: dateInputValue(p.paidAt) })),
    paymentTerms: terms.paymentTerms,
    channels: [...terms.usageRights.channels],
    usageAmount: usage.amount,
    usageUnit: usage.unit,
    whitelistingDays: num(terms.usageRights.whitelistingDays),
    exclusivityCategory: terms.exclusivity.category,
    exclusivityDays: num(terms.exclusivity.days),
    disclosure: terms.disclosure,
    approvalRounds: String(terms.approvalRounds),
    creativeFreedom: terms.creativeFreedom,
    startDate: dateInputValue(terms.startAt),
    notes: terms.notes,
    signedAt: terms.signedAt,
  };
}

/** A new agreement's form: the defaults (disclosure wording, one approval round, organic social). */
export function newDraft(creatorId: string, currency?: string): AgreementDraft {
  return draftOf({ title: '', creatorId, campaignId: null, terms: emptyAgreementTerms(currency) });
}

/**
 * The record the draft stands for, and what could not be read (a fee that is not a number, a date
 * that is not a date). Fields that could not be read are left empty in `input`; the caller shows
 * `problems` and does not save.
 */
export function readDraft(draft: AgreementDraft): { input: AgreementInput; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const amount = (field: string, value: string, message: string): number | null => {
    const n = parseAmount(value);
    if (Number.isNaN(n)) problems.push({ field, message });
    return n === null || Number.isNaN(n) ? null : n;
  };
  const whole = (field: string, value: string, message: string): number | null => {
    const n = parseWhole(value);
    if (Number.isNaN(n)) problems.push({ field, message });
    return n === null || Number.isNaN(n) ? null : n;
  };
  const date = (field: string, value: string): number | null => {
    const n = parseDateInput(value);
    if (Number.isNaN(n)) problems.push({ field, message: 'Date: pick a day from the calendar, or leave it empty.' });
    return n === null || Number.isNaN(n) ? null : n;
  };

  const startAt = date('startDate', draft.startDate);
  const deliverables = draft.deliverables.map((d, i) => ({
    id: d.id,
    type: d.type,
    platform: d.platform || null,
    count: whole(`deliverables.${i}.count`, d.count, 'Count: enter a whole number such as 1 or 3.') ?? 1,
    dueAt: date(`deliverables.${i}.dueDate`, d.dueDate),
    notes: d.notes.trim(),
  }));
  const paymentSchedule = draft.payments.map((p, i) => {
    const value = amount(`payments.${i}.amount`, p.amount, 'Amount: enter an amount such as 500 or 499.50.');
    if (value === null && !p.amount.trim()) problems.push({ field: `payments.${i}.amount`, message: 'Amount: enter how much this payment is, or remove the payment.' });
    return { id: p.id, description: p.description.trim(), amount: value ?? 0, dueAt: date(`payments.${i}.dueDate`, p.dueDate), paidAt: date(`payments.${i}.paidDate`, p.paidDate) };
  });
  const usageAmount = whole('usageDuration', draft.usageAmount, 'Usage duration: enter a whole number of days or months, such as 90 days or 6 months.');
  const durationDays = usageAmount === null ? null : draft.usageUnit === 'months' ? monthsToDays(usageAmount, startAt) : usageAmount;

  const approvalRounds = whole('approvalRounds', draft.approvalRounds, 'Approval rounds: enter a whole number from 0 to 10.');
  if (approvalRounds === null && !draft.approvalRounds.trim()) problems.push({ field: 'approvalRounds', message: 'Approval rounds: enter how many rounds of changes the brand may ask for, 0 for none.' });

  const input: AgreementInput = {
    title: draft.title.trim(),
    creatorId: draft.creatorId,
    campaignId: draft.campaignId || null,
    terms: {
      deliverables,
      fee: amount('fee', draft.fee, 'Fee: enter an amount such as 1500 or 1500.50, or leave it empty.'),
      currency: draft.currency,
      paymentSchedule,
      paymentTerms: draft.paymentTerms.trim(),
      usageRights: {
        channels: [...draft.channels],
        durationDays,
        whitelistingDays: whole('whitelistingDays', draft.whitelistingDays, 'Whitelisting window: enter a whole number of days, such as 30, or leave it empty.'),
      },
      exclusivity: {
        category: draft.exclusivityCategory.trim(),
        days: whole('exclusivityDays', draft.exclusivityDays, 'Exclusivity: enter a whole number of days, such as 60, or leave it empty.'),
      },
      disclosure: draft.disclosure.trim(),
      approvalRounds: approvalRounds ?? 0,
      creativeFreedom: draft.creativeFreedom.trim(),
      startAt,
      signedAt: draft.signedAt,
      notes: draft.notes.trim(),
    },
  };
  return { input, problems };
}

/** The stored agreement's fields a save writes, for comparing and re-reading. */
export function inputOf(agreement: Agreement): AgreementInput {
  return { title: agreement.title, creatorId: agreement.creatorId, campaignId: agreement.campaignId, terms: agreement.terms };
}
