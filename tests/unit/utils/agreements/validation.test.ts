import { describe, expect, it } from 'vitest';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import type { AgreementTerms } from '@/utils/model/schemas';
import { draftOf as newDraftFrom, durationForInput, monthsToDays, newDraft, readDraft, splitFee, type AgreementInput } from '@/utils/agreements/draft';
import { parseAmount } from '@/utils/amount';
import { dateInputValue, parseDateInput } from '@/utils/date-input';
import { agreementProblems } from '@/utils/agreements/validation';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

function input(terms: Partial<AgreementTerms>, patch: Partial<AgreementInput> = {}): AgreementInput {
  return { title: 'Spring launch', creatorId: 'ana', campaignId: null, terms: { ...emptyAgreementTerms(), ...terms }, ...patch };
}
const messages = (i: AgreementInput) => Object.fromEntries(agreementProblems(i).map((p) => [p.field, p.message]));

describe('agreementProblems', () => {
  it('accepts the defaults once there is a title and a creator', () => {
    expect(agreementProblems(input({}))).toEqual([]);
  });

  it('asks for a title and a creator', () => {
    expect(messages(input({}, { title: ' ', creatorId: '' }))).toEqual({
      title: 'Title: give the agreement a name, such as “Spring launch — 2 reels”.',
      creator: 'Creator: choose who this agreement is with.',
    });
  });

  it('refuses payments that add up to more than the fee, saying both amounts', () => {
    const terms = {
      fee: 1000,
      currency: 'USD',
      paymentSchedule: [
        { id: 'a', description: 'On signing', amount: 600, dueAt: null, paidAt: null },
        { id: 'b', description: 'After publication', amount: 600, dueAt: null, paidAt: null },
      ],
    };
    expect(messages(input(terms))).toEqual({
      paymentSchedule: 'Payment schedule: the payments add up to $1,200.00, more than the $1,000.00 fee. Lower a payment or raise the fee.',
    });
    expect(agreementProblems(input({ ...terms, fee: 1200 }))).toEqual([]);
  });

  it('points at each due date before the start date', () => {
    const found = messages(
      input({
        startAt: day(2026, 3, 10),
        deliverables: [
          { id: 'd1', type: 'reel', platform: 'instagram', count: 1, dueAt: day(2026, 3, 12), notes: '' },
          { id: 'd2', type: 'story', platform: 'instagram', count: 1, dueAt: day(2026, 3, 9), notes: '' },
        ],
        fee: 100,
        paymentSchedule: [{ id: 'p', description: '', amount: 100, dueAt: day(2026, 3, 1), paidAt: null }],
      }),
    );
    expect(Object.keys(found)).toEqual(['deliverables.1.dueDate', 'payments.0.dueDate']);
    expect(found['deliverables.1.dueDate']).toBe('Due date: this is before the start date (Mar 10, 2026). Pick the start date or later, or move the start date.');
  });

  it('asks how long the content may run when paid ads are selected, and keeps whitelisting to paid ads', () => {
    expect(messages(input({ usageRights: { channels: ['paid_ads'], durationDays: null, whitelistingDays: null } }))).toEqual({
      usageDuration: 'Usage duration: paid ads are selected, so say how long the brand may use the content, such as 3 months.',
    });
    expect(messages(input({ usageRights: { channels: ['website'], durationDays: 30, whitelistingDays: 10 } }))).toEqual({
      whitelistingDays: 'Whitelisting window: whitelisting is for paid ads. Tick Paid ads, or clear the window.',
    });
    expect(messages(input({ usageRights: { channels: ['paid_ads'], durationDays: 30, whitelistingDays: 60 } })).whitelistingDays).toBe(
      'Whitelisting window: longer than the usage rights (30 days). Shorten it, or extend the usage rights.',
    );
  });

  it('wants both a category and a length for exclusivity, and ties schema limits to the field', () => {
    expect(Object.keys(messages(input({ exclusivity: { category: 'skincare', days: null } })))).toEqual(['exclusivityDays']);
    expect(Object.keys(messages(input({ exclusivity: { category: '', days: 30 } })))).toEqual(['exclusivityCategory']);
    expect(messages(input({ approvalRounds: 11 }))).toEqual({ approvalRounds: 'Approval rounds: at most 10.' });
    expect(messages(input({ usageRights: { channels: [], durationDays: 4000, whitelistingDays: null } }))).toEqual({ usageDuration: 'Usage duration: at most 3,650 days.' });
    expect(messages(input({ deliverables: [{ id: 'd', type: 'post', platform: null, count: 0, dueAt: null, notes: '' }] }))).toEqual({ 'deliverables.0.count': 'Count: at least 1.' });
  });
});

describe('the builder draft', () => {
  it('reads dates as local calendar days and writes them back the same', () => {
    expect(parseDateInput('2026-03-10')).toBe(day(2026, 3, 10));
    expect(dateInputValue(day(2026, 3, 10))).toBe('2026-03-10');
    expect(parseDateInput('')).toBeNull();
    expect(parseDateInput('2026-02-30')).toBeNaN();
  });

  it('reads amounts typed the usual ways', () => {
    expect([parseAmount('1500'), parseAmount('1,500.50'), parseAmount('1500,5'), parseAmount(' '), parseAmount('12abc')]).toEqual([1500, 1500.5, 1500.5, null, Number.NaN]);
  });

  it('turns months into calendar days from the start, and shows whole months back as months', () => {
    expect(monthsToDays(6, day(2026, 3, 10))).toBe(184);
    expect(monthsToDays(12, null)).toBe(365);
    expect(durationForInput(184, day(2026, 3, 10))).toEqual({ amount: '6', unit: 'months' });
    expect(durationForInput(45, day(2026, 3, 10))).toEqual({ amount: '45', unit: 'days' });
  });

  it('says which fields could not be read', () => {
    const draft = { ...newDraft('ana'), title: 'X', fee: 'lots', approvalRounds: '', payments: [{ id: 'p', description: 'Deposit', amount: '', dueDate: '', paidDate: '' }] };
    expect(readDraft(draft).problems.map((p) => p.field).sort()).toEqual(['approvalRounds', 'fee', 'payments.0.amount']);
  });

  it('round-trips a full agreement through the form', () => {
    const terms: AgreementTerms = {
      ...emptyAgreementTerms('GBP'),
      deliverables: [{ id: 'd', type: 'reel', platform: 'instagram', count: 2, dueAt: day(2026, 4, 1), notes: 'Bottle in shot' }],
      fee: 1500.5,
      paymentSchedule: [{ id: 'p', description: 'On signing', amount: 750, dueAt: day(2026, 3, 10), paidAt: day(2026, 3, 11) }],
      paymentTerms: 'Net 30',
      usageRights: { channels: ['paid_ads', 'website'], durationDays: 184, whitelistingDays: 30 },
      exclusivity: { category: 'skincare', days: 60 },
      approvalRounds: 2,
      creativeFreedom: 'Own voice',
      startAt: day(2026, 3, 10),
      signedAt: 123,
      notes: 'Ship the product first',
    };
    const original: AgreementInput = { title: 'Spring launch', creatorId: 'ana', campaignId: 'spring', terms };
    expect(readDraft(newDraftFrom(original))).toEqual({ input: original, problems: [] });
  });

  it('splits the fee so the parts add up exactly', () => {
    expect(splitFee(1000, 50, '2026-03-10', '2026-04-01')).toEqual([
      { description: '50 % on signing', amount: '500', dueDate: '2026-03-10', paidDate: '' },
      { description: '50 % after publication', amount: '500', dueDate: '2026-04-01', paidDate: '' },
    ]);
    expect(splitFee(1000, 33, '', '').map((p) => p.amount)).toEqual(['330', '670']);
    expect(splitFee(99.99, 50, '', '').map((p) => Number(p.amount)).reduce((a, b) => a + b)).toBeCloseTo(99.99, 10);
    expect(splitFee(500, 100, '', '')).toHaveLength(1);
  });
});
