import { describe, expect, it } from 'vitest';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import type { AgreementTerms } from '@/utils/model/schemas';
import { planReminderSync } from '@/utils/agreements/reminder-plan';
import { remindersFor, usageRightsEnd, whitelistingEnd } from '@/utils/agreements/reminders';
import { makeAgreement, makeReminder } from '../../../helpers/records';

// Calendar days are local midnight; reminders fire at 10:00 local on the day. Built with local
// dates, so these hold in any time zone.
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const at10 = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10).getTime();

function agreementWith(terms: Partial<AgreementTerms>, title = 'Spring launch') {
  return makeAgreement({ id: 'agr-1', creatorId: 'ana', title, terms: { ...emptyAgreementTerms(), ...terms } });
}

describe('remindersFor', () => {
  it('sets one reminder per deliverable due date, titled with what, where, who and which agreement', () => {
    const agreement = agreementWith({
      deliverables: [
        { id: 'd1', type: 'reel', platform: 'instagram', count: 1, dueAt: day(2026, 3, 20), notes: 'Show the bottle' },
        { id: 'd2', type: 'story', platform: 'tiktok', count: 3, dueAt: day(2026, 3, 25), notes: '' },
        { id: 'd3', type: 'blog', platform: null, count: 1, dueAt: null, notes: '' },
      ],
    });
    expect(remindersFor(agreement, 'Ana')).toEqual([
      { creatorId: 'ana', kind: 'deliverable', title: 'Reel on Instagram due for Ana — Spring launch', dueAt: at10(2026, 3, 20), notes: 'Show the bottle', source: { type: 'agreement', id: 'agr-1' } },
      { creatorId: 'ana', kind: 'deliverable', title: '3 × Story on TikTok due for Ana — Spring launch', dueAt: at10(2026, 3, 25), notes: '', source: { type: 'agreement', id: 'agr-1' } },
    ]);
  });

  it('sets one per unpaid payment with a date, saying how much', () => {
    const agreement = agreementWith({
      fee: 1000,
      currency: 'EUR',
      paymentTerms: 'Net 30',
      paymentSchedule: [
        { id: 'p1', description: '50 % on signing', amount: 500, dueAt: day(2026, 3, 1), paidAt: day(2026, 3, 1) },
        { id: 'p2', description: '50 % after publication', amount: 500, dueAt: day(2026, 4, 10), paidAt: null },
        { id: 'p3', description: 'Bonus', amount: 0, dueAt: null, paidAt: null },
      ],
    });
    const reminders = remindersFor(agreement, 'Ana');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ kind: 'payment', title: 'Pay Ana €500.00 (50 % after publication) — Spring launch', dueAt: at10(2026, 4, 10), notes: 'Payment terms: Net 30' });
  });

  it('counts usage rights and whitelisting in calendar days from the start date', () => {
    const terms = {
      startAt: day(2026, 1, 15),
      usageRights: { channels: ['organic_social', 'paid_ads'] as AgreementTerms['usageRights']['channels'], durationDays: 90, whitelistingDays: 30 },
    };
    // 15 Jan + 90 days = 15 Apr (16 + 28 + 31 + 15); + 30 days = 14 Feb.
    expect(usageRightsEnd(terms)).toBe(day(2026, 4, 15));
    expect(whitelistingEnd(terms)).toBe(day(2026, 2, 14));
    const reminders = remindersFor(agreementWith(terms), 'Ana');
    expect(reminders.map((r) => [r.kind, r.title, r.dueAt])).toEqual([
      ['usage_rights', 'Usage rights end for Ana — Spring launch', at10(2026, 4, 15)],
      ['usage_rights', 'Whitelisting window ends for Ana — Spring launch', at10(2026, 2, 14)],
    ]);
  });

  it('crosses a year and a leap day correctly', () => {
    expect(usageRightsEnd({ startAt: day(2027, 12, 1), usageRights: { channels: [], durationDays: 365, whitelistingDays: null } })).toBe(day(2028, 11, 30));
  });

  it('sets no usage reminders without a start date, a duration, or paid ads for whitelisting', () => {
    expect(remindersFor(agreementWith({ usageRights: { channels: ['paid_ads'], durationDays: 90, whitelistingDays: 30 } }), 'Ana')).toEqual([]);
    expect(remindersFor(agreementWith({ startAt: day(2026, 1, 1), usageRights: { channels: ['website'], durationDays: null, whitelistingDays: 30 } }), 'Ana')).toEqual([]);
  });

  it('keeps titles within the 300 characters a reminder allows', () => {
    const agreement = agreementWith({ deliverables: [{ id: 'd', type: 'post', platform: null, count: 1, dueAt: day(2026, 1, 1), notes: '' }] }, 'x'.repeat(300));
    const [reminder] = remindersFor(agreement, 'Ana');
    expect(reminder!.title).toHaveLength(300);
    expect(reminder!.title.endsWith('…')).toBe(true);
  });
});

describe('planReminderSync', () => {
  const want = (title: string, dueAt: number, kind: 'deliverable' | 'payment' = 'deliverable') => ({ creatorId: 'ana', title, dueAt, kind, notes: '', source: { type: 'agreement' as const, id: 'agr-1' } });
  const have = (id: string, title: string, dueAt: number, status: 'pending' | 'done' | 'cancelled' = 'pending', kind: 'deliverable' | 'payment' = 'deliverable') =>
    makeReminder({ id, title, dueAt, status, kind, creatorId: 'ana', source: { type: 'agreement', id: 'agr-1' } });

  it('changes nothing when the reminders already match', () => {
    expect(planReminderSync([want('A', 1), want('B', 2)], [have('r1', 'A', 1), have('r2', 'B', 2)])).toEqual({ create: [], update: [], cancel: [] });
  });

  it('moves a reminder whose date changed and renames one whose title changed', () => {
    const plan = planReminderSync([want('A', 5), want('B renamed', 2)], [have('r1', 'A', 1), have('r2', 'B', 2)]);
    expect(plan.create).toEqual([]);
    expect(plan.cancel).toEqual([]);
    expect(plan.update).toEqual([
      { id: 'r1', patch: { title: 'A', dueAt: 5, notes: '', kind: 'deliverable' } },
      { id: 'r2', patch: { title: 'B renamed', dueAt: 2, notes: '', kind: 'deliverable' } },
    ]);
  });

  it('creates the missing ones and cancels the pending ones no longer implied, leaving done ones alone', () => {
    const plan = planReminderSync([want('A', 1), want('Pay', 3, 'payment')], [have('r1', 'A', 1, 'done'), have('r2', 'Old', 2), have('r3', 'Older', 0, 'done')]);
    expect(plan.create.map((r) => r.title)).toEqual(['Pay']);
    expect(plan.update).toEqual([]);
    expect(plan.cancel).toEqual(['r2']);
  });

  it('makes a reminder again when the one it had was cancelled', () => {
    expect(planReminderSync([want('A', 1)], [have('r1', 'A', 1, 'cancelled')]).create).toHaveLength(1);
  });
});
