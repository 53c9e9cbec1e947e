import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import type { Deliverable } from '@/utils/model/schemas';
import { calendarItems, filterItems, visibleDays, weekStartOf, type CalendarSources } from '@/utils/calendar/events';
import { calendarCsv, calendarIcs } from '@/utils/calendar/export';
import { makeAgreement, makeReminder } from '../../../helpers/records';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const NOW = new Date(2026, 2, 15, 12).getTime();

const deliverable = (patch: Partial<Deliverable> & Pick<Deliverable, 'id'>): Deliverable => ({
  creatorId: 'ana', campaignId: 'spring', agreementId: 'a1', type: 'reel', platform: 'instagram', count: 1, description: '', draftDueAt: null, publishDueAt: null,
  status: 'brief_sent', rounds: [], postUrl: '', postId: null, publishedAt: null, verifiedAt: null, createdAt: NOW, updatedAt: NOW, ...patch,
});

const sources = (): CalendarSources => ({
  deliverables: [
    { deliverable: deliverable({ id: 'd1', publishDueAt: day(2026, 3, 10) }), creatorName: 'Ana', campaignName: 'Spring' },
    { deliverable: deliverable({ id: 'd2', type: 'story', count: 3, publishDueAt: day(2026, 3, 20), draftDueAt: day(2026, 3, 17), status: 'brief_sent' }), creatorName: 'Ana', campaignName: 'Spring' },
    { deliverable: deliverable({ id: 'd3', creatorId: 'bo', campaignId: null, agreementId: null, type: 'other', description: 'Unboxing, "v2"; with commas', publishDueAt: day(2026, 3, 1), status: 'published' }), creatorName: 'Bo', campaignName: null },
  ],
  agreements: [
    makeAgreement({
      id: 'a1', creatorId: 'ana', campaignId: 'spring', status: 'signed', title: 'Spring launch',
      terms: { ...emptyAgreementTerms(), startAt: day(2026, 3, 1), usageRights: { channels: ['organic_social'], durationDays: 90, whitelistingDays: null },
        paymentSchedule: [{ id: 'p1', description: 'On signing', amount: 500, dueAt: day(2026, 3, 5), paidAt: null }, { id: 'p2', description: 'Paid', amount: 100, dueAt: day(2026, 3, 6), paidAt: day(2026, 3, 6) }] },
    }),
  ],
  reminders: [
    makeReminder({ id: 'r1', creatorId: 'ana', title: 'Follow up with Ana', dueAt: new Date(2026, 2, 18, 10).getTime(), source: { type: 'manual', id: null } }),
    makeReminder({ id: 'r2', creatorId: 'ana', title: 'Pay Ana', dueAt: new Date(2026, 2, 5, 10).getTime(), source: { type: 'agreement', id: 'a1' } }),
    makeReminder({ id: 'r3', creatorId: 'ana', title: 'Changed draft due', dueAt: new Date(2026, 2, 12, 10).getTime(), kind: 'deliverable', source: { type: 'deliverable', id: 'd1' } }),
  ],
  creatorNames: new Map([['ana', 'Ana'], ['bo', 'Bo']]),
  campaignNames: new Map([['spring', 'Spring']]),
});

describe('calendarItems', () => {
  it('lists deliverables, draft due dates, unpaid payments, rights ends and reminders once each, earliest first', () => {
    const items = calendarItems(sources(), NOW);
    expect(items.map((i) => [i.key, i.day, i.overdue])).toEqual([
      ['deliverable:d3', day(2026, 3, 1), false], // published: never overdue
      ['payment:a1:p1', day(2026, 3, 5), true],
      ['deliverable:d1', day(2026, 3, 10), true],
      ['reminder:r3', day(2026, 3, 12), true],
      ['draft:d2', day(2026, 3, 17), false],
      ['reminder:r1', day(2026, 3, 18), false],
      ['deliverable:d2', day(2026, 3, 20), false],
      ['rights:a1', day(2026, 5, 30), false],
    ]);
    expect(items.find((i) => i.key === 'deliverable:d2')!.title).toBe('3 × Story on Instagram');
    expect(items.find((i) => i.key === 'payment:a1:p1')!.title).toBe('Pay €500.00 (On signing) — Spring launch');
  });

  it('filters by campaign, creator and status', () => {
    const items = calendarItems(sources(), NOW);
    expect(filterItems(items, { campaignId: '', creatorId: 'bo', stage: '' }).map((i) => i.key)).toEqual(['deliverable:d3']);
    expect(filterItems(items, { campaignId: 'spring', creatorId: '', stage: 'brief_sent' }).map((i) => i.key)).toEqual(['deliverable:d1', 'draft:d2', 'deliverable:d2']);
  });
});

describe('weeks', () => {
  it('start on the locale’s first day of the week', () => {
    expect(weekStartOf('en-US')).toBe(0);
    expect(weekStartOf('de-DE')).toBe(1);
    const march = visibleDays('month', day(2026, 3, 15), 1);
    expect(new Date(march[0]!).getDay()).toBe(1);
    expect(march[0]).toBe(day(2026, 2, 23));
    expect(march.at(-1)).toBe(day(2026, 4, 5));
    expect(visibleDays('week', day(2026, 3, 15), 0)).toEqual([15, 16, 17, 18, 19, 20, 21].map((d) => day(2026, 3, d)));
  });
});

describe('export', () => {
  it('writes an .ics file that an independent parser (ical.js) reads back event by event', () => {
    const items = calendarItems(sources(), NOW);
    const text = calendarIcs(items, NOW);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(items.length);
    const reel = events.find((e) => e.uid === 'deliverable:d1@creator-scout.invalid')!;
    expect(reel.summary).toBe('Reel on Instagram — Ana');
    expect(reel.startDate.isDate).toBe(true);
    expect([reel.startDate.year, reel.startDate.month, reel.startDate.day]).toEqual([2026, 3, 10]);
    expect(reel.description).toBe('Deliverable due\nCreator: Ana\nCampaign: Spring\nStatus: Brief sent');
    const unboxing = events.find((e) => e.uid === 'deliverable:d3@creator-scout.invalid')!;
    expect(unboxing.summary).toBe('Unboxing, "v2"; with commas — Bo');
  });

  it('writes a CSV a spreadsheet reads back, one row per item', () => {
    const items = calendarItems(sources(), NOW);
    const parsed = Papa.parse<string[]>(calendarCsv(items).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(['Date', 'Type', 'Title', 'Creator', 'Campaign', 'Status', 'Overdue']);
    expect(parsed.data).toHaveLength(items.length + 1);
    expect(parsed.data[1]).toEqual(['2026-03-01', 'Deliverable due', 'Unboxing, "v2"; with commas', 'Bo', '', 'Published', 'no']);
    expect(parsed.data[3]).toEqual(['2026-03-10', 'Deliverable due', 'Reel on Instagram', 'Ana', 'Spring', 'Brief sent', 'yes']);
  });
});
