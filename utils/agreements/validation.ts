// What is wrong with an agreement, one sentence per builder field, each saying how to fix it. Pure:
// the builder shows these next to the fields and storage refuses to save while there are any.
import type * as z from 'zod';
import { problemsFromIssues, tooBigSentence, type FieldProblem } from '@/utils/model/errors';
import { AgreementTermsSchema } from '@/utils/model/schemas';
import { formatDate } from '@/utils/format';
import type { AgreementInput } from './draft';
import { formatMoney } from './labels';

const grouped = new Intl.NumberFormat('en-US');

/** The builder field a stored path belongs to (list positions kept: `payments.0.amount`). */
const FIELD_OF_PATH: Record<string, string> = {
  deliverables: 'deliverables',
  'deliverables.#.type': 'deliverables.#.type',
  'deliverables.#.platform': 'deliverables.#.platform',
  'deliverables.#.count': 'deliverables.#.count',
  'deliverables.#.dueAt': 'deliverables.#.dueDate',
  'deliverables.#.notes': 'deliverables.#.notes',
  fee: 'fee',
  currency: 'currency',
  paymentSchedule: 'paymentSchedule',
  'paymentSchedule.#.description': 'payments.#.description',
  'paymentSchedule.#.amount': 'payments.#.amount',
  'paymentSchedule.#.dueAt': 'payments.#.dueDate',
  'paymentSchedule.#.paidAt': 'payments.#.paidDate',
  paymentTerms: 'paymentTerms',
  'usageRights.channels': 'channels',
  'usageRights.durationDays': 'usageDuration',
  'usageRights.whitelistingDays': 'whitelistingDays',
  'exclusivity.category': 'exclusivityCategory',
  'exclusivity.days': 'exclusivityDays',
  disclosure: 'disclosure',
  approvalRounds: 'approvalRounds',
  creativeFreedom: 'creativeFreedom',
  startAt: 'startDate',
  notes: 'notes',
};

const LABELS: Record<string, string> = {
  deliverables: 'Deliverables',
  type: 'Type',
  platform: 'Platform',
  count: 'Count',
  dueDate: 'Due date',
  paidDate: 'Paid on',
  description: 'Description',
  amount: 'Amount',
  fee: 'Fee',
  currency: 'Currency',
  paymentSchedule: 'Payment schedule',
  paymentTerms: 'Payment terms',
  channels: 'Usage channels',
  usageDuration: 'Usage duration',
  whitelistingDays: 'Whitelisting window',
  exclusivityCategory: 'Exclusivity category',
  exclusivityDays: 'Exclusivity',
  disclosure: 'Disclosure',
  approvalRounds: 'Approval rounds',
  creativeFreedom: 'Creative freedom',
  startDate: 'Start date',
  notes: 'Notes',
};
const DAY_FIELDS = new Set(['usageDuration', 'whitelistingDays', 'exclusivityDays']);

function fieldOf(path: PropertyKey[]): string {
  const pattern = path.map((p) => (typeof p === 'number' ? '#' : String(p))).join('.');
  const indexes = path.filter((p): p is number => typeof p === 'number');
  const template = FIELD_OF_PATH[pattern] ?? 'form';
  let i = 0;
  return template.replace(/#/g, () => String(indexes[i++]));
}

function sentenceFor(field: string, issue: z.core.$ZodIssue): string {
  const key = field.split('.').pop() ?? field;
  const label = LABELS[key] ?? 'This agreement';
  const unit = DAY_FIELDS.has(key) ? ' days' : '';
  if (key === 'currency') return 'Currency: choose a three-letter code such as EUR or USD.';
  if (issue.code === 'too_small') return `${label}: at least ${grouped.format(issue.minimum)}${unit}.`;
  if (issue.code === 'too_big') return tooBigSentence(label, issue, unit);
  return `${label}: ${issue.message}`;
}

function zodProblems(input: AgreementInput): FieldProblem[] {
  const result = AgreementTermsSchema.safeParse(input.terms);
  return result.success ? [] : problemsFromIssues(result.error, fieldOf, sentenceFor);
}

function ruleProblems(input: AgreementInput): FieldProblem[] {
  const { terms } = input;
  const problems: FieldProblem[] = [];
  if (!input.title.trim()) problems.push({ field: 'title', message: 'Title: give the agreement a name, such as “Spring launch — 2 reels”.' });
  else if (input.title.length > 300) problems.push({ field: 'title', message: 'Title: at most 300 characters.' });
  if (!input.creatorId) problems.push({ field: 'creator', message: 'Creator: choose who this agreement is with.' });

  const scheduled = terms.paymentSchedule.reduce((sum, p) => sum + p.amount, 0);
  if (terms.paymentSchedule.length > 0 && terms.fee === null) {
    problems.push({ field: 'fee', message: 'Fee: enter the fee the payment schedule is paid from.' });
  } else if (terms.fee !== null && scheduled - terms.fee > 0.005) {
    problems.push({
      field: 'paymentSchedule',
      message: `Payment schedule: the payments add up to ${formatMoney(scheduled, terms.currency)}, more than the ${formatMoney(terms.fee, terms.currency)} fee. Lower a payment or raise the fee.`,
    });
  }

  if (terms.startAt !== null) {
    const start = formatDate(terms.startAt);
    const tooEarly = `Due date: this is before the start date (${start}). Pick the start date or later, or move the start date.`;
    terms.deliverables.forEach((d, i) => {
      if (d.dueAt !== null && d.dueAt < terms.startAt!) problems.push({ field: `deliverables.${i}.dueDate`, message: tooEarly });
    });
    terms.paymentSchedule.forEach((p, i) => {
      if (p.dueAt !== null && p.dueAt < terms.startAt!) problems.push({ field: `payments.${i}.dueDate`, message: tooEarly });
    });
  }

  const { channels, durationDays, whitelistingDays } = terms.usageRights;
  const paidAds = channels.includes('paid_ads');
  if (paidAds && durationDays === null) {
    problems.push({ field: 'usageDuration', message: 'Usage duration: paid ads are selected, so say how long the brand may use the content, such as 3 months.' });
  }
  if (whitelistingDays !== null && !paidAds) {
    problems.push({ field: 'whitelistingDays', message: 'Whitelisting window: whitelisting is for paid ads. Tick Paid ads, or clear the window.' });
  } else if (whitelistingDays !== null && durationDays !== null && whitelistingDays > durationDays) {
    problems.push({
      field: 'whitelistingDays',
      message: `Whitelisting window: longer than the usage rights (${grouped.format(durationDays)} days). Shorten it, or extend the usage rights.`,
    });
  }
  if (terms.exclusivity.days !== null && !terms.exclusivity.category) {
    problems.push({ field: 'exclusivityCategory', message: 'Exclusivity category: name the category, such as “skincare”, in which the creator will not promote competitors.' });
  }
  if (terms.exclusivity.category && terms.exclusivity.days === null) {
    problems.push({ field: 'exclusivityDays', message: 'Exclusivity: say for how many days the creator will not promote competitors.' });
  }
  return problems;
}

/** Every problem, at most one per field; empty when the agreement can be saved. */
export function agreementProblems(input: AgreementInput): FieldProblem[] {
  const seen = new Set<string>();
  return [...ruleProblems(input), ...zodProblems(input)].filter((p) => !seen.has(p.field) && seen.add(p.field));
}
