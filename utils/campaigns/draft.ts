// What the campaign forms hold (text, as typed) and how it becomes a record's fields: dates from
// date inputs, amounts as people write them, hashtags from a list. What cannot be read is a
// problem naming the field, in a sentence the user can act on. Pure.
import type { FieldProblem } from '@/utils/model/errors';
import type { Campaign, CampaignCreator } from '@/utils/model/schemas';
import { cleanTags } from '@/utils/tags';
import { parseResultNumber, RESULT_FIELD_LABELS, RESULT_FIELDS } from './results-file';
import { dateInputValue, parseDateInput } from '@/utils/date-input';

export type CampaignDetails = Pick<Campaign, 'name' | 'goal' | 'brief' | 'status' | 'startAt' | 'endAt' | 'budget' | 'currency'>;

export interface CampaignDraft {
  name: string;
  /** Empty until the user picks one: the goal is a decision, not a default. */
  goal: Campaign['goal'] | '';
  status: Campaign['status'];
  /** `yyyy-mm-dd`, as a date input gives it; empty for none. */
  startDate: string;
  endDate: string;
  budget: string;
  currency: string;
  deliverables: string;
  hashtags: string;
  disclosures: string;
  deadlines: string;
  dos: string;
  donts: string;
}

export const DEFAULT_DISCLOSURE = '#ad in the first line of the caption, and the platform’s paid-partnership label.';

export function emptyCampaignDraft(currency = 'EUR'): CampaignDraft {
  return {
    name: '', goal: '', status: 'planned', startDate: '', endDate: '', budget: '', currency,
    deliverables: '', hashtags: '', disclosures: DEFAULT_DISCLOSURE, deadlines: '', dos: '', donts: '',
  };
}


/** "#spring, #ad  travel" → ["spring", "ad", "travel"]: cleaned as tags are (utils/tags.ts). */
export function hashtagsFromText(text: string): string[] {
  return cleanTags(text.split(/[\s,;]+/));
}

export function draftOfCampaign(c: Campaign): CampaignDraft {
  return {
    name: c.name, goal: c.goal, status: c.status, startDate: dateInputValue(c.startAt), endDate: dateInputValue(c.endAt),
    budget: c.budget === null ? '' : String(c.budget), currency: c.currency,
    deliverables: c.brief.deliverables, hashtags: c.brief.hashtags.map((h) => `#${h}`).join(' '), disclosures: c.brief.disclosures,
    deadlines: c.brief.deadlines, dos: c.brief.dos, donts: c.brief.donts,
  };
}

/** An amount typed by a person ("1,500", "€ 2.000,50"): null for empty, or the problem with it. */
export function readAmount(text: string, label: string, example: string): { value: number | null; problem: string | null } {
  const parsed = parseResultNumber(text);
  if (parsed.ok) return { value: parsed.value, problem: null };
  return { value: null, problem: `${label}: enter an amount of 0 or more, such as ${example}, or leave it empty.` };
}

/**
 * The campaign's fields from the form, and what cannot be read as typed. The record is then checked
 * against CampaignSchema by storage (lengths, the currency code…), which names its fields the same way.
 */
export function readCampaignDraft(draft: CampaignDraft): { details: CampaignDetails; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!draft.goal) problems.push({ field: 'goal', message: 'Goal: choose the one main goal of this campaign.' });
  const startAt = parseDateInput(draft.startDate);
  const endAt = parseDateInput(draft.endDate);
  if (Number.isNaN(startAt)) problems.push({ field: 'startAt', message: 'Start date: enter a date such as 2026-03-01, or leave it empty.' });
  if (Number.isNaN(endAt)) problems.push({ field: 'endAt', message: 'End date: enter a date such as 2026-03-31, or leave it empty.' });
  else if (startAt !== null && endAt !== null && !Number.isNaN(startAt) && endAt < startAt) {
    problems.push({ field: 'endAt', message: 'End date: must be on or after the start date.' });
  }
  const budget = readAmount(draft.budget, 'Budget', '5000');
  if (budget.problem) problems.push({ field: 'budget', message: budget.problem });
  const details: CampaignDetails = {
    name: draft.name.trim(),
    goal: draft.goal || 'awareness',
    status: draft.status,
    startAt: Number.isNaN(startAt) ? null : startAt,
    endAt: Number.isNaN(endAt) ? null : endAt,
    budget: budget.value,
    currency: draft.currency.trim().toUpperCase(),
    brief: {
      deliverables: draft.deliverables.trim(),
      hashtags: hashtagsFromText(draft.hashtags),
      disclosures: draft.disclosures.trim(),
      deadlines: draft.deadlines.trim(),
      dos: draft.dos.trim(),
      donts: draft.donts.trim(),
    },
  };
  return { details, problems };
}

// --- A creator's results, entered by hand ---

export type ResultsDraft = Record<(typeof RESULT_FIELDS)[number], string>;

export function draftOfResults(results: CampaignCreator['results']): ResultsDraft {
  return Object.fromEntries(RESULT_FIELDS.map((f) => [f, results[f] === null ? '' : String(results[f])])) as ResultsDraft;
}

/** Each field a number of 0 or more, or empty for "not known" (which is not the same as 0). */
export function readResultsDraft(draft: ResultsDraft): { results: CampaignCreator['results']; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const results = {} as CampaignCreator['results'];
  for (const field of RESULT_FIELDS) {
    const parsed = parseResultNumber(draft[field]);
    results[field] = parsed.ok ? parsed.value : null;
    if (!parsed.ok) {
      problems.push({
        field: `results.${field}`,
        message: `${RESULT_FIELD_LABELS[field]}: ${parsed.reason}. Enter a number of 0 or more, or leave it empty if you do not know it.`,
      });
    }
  }
  return { results, problems };
}
