import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportRosterCsv } from '@/storage/csv-export';
import type { Account, Creator } from '@/utils/model/schemas';
import { ROSTER_CSV_COLUMNS, rosterCsv } from '@/utils/csv/export';
import { withFreshDatabase } from '../../helpers/db';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

function creator(overrides: Partial<Creator> = {}): Creator {
  return {
    id: 'c1', displayName: 'Ana Souza', status: 'content_in_progress', toVet: false, tags: ['travel', 'food'], strengths: ['storytelling'],
    contact: { email: 'ana@example.com', other: 'WhatsApp +351 912 345 678' }, location: 'Lisbon, PT', language: 'pt', ambassador: true,
    notes: '', lastContactedAt: T - 3 * DAY, keepInTouchDays: null, createdAt: T - 30 * DAY, updatedAt: T, ...overrides,
  };
}

function account(overrides: Partial<Account> = {}): Account {
  return {
    id: 'instagram:ana.travels', creatorId: 'c1', platform: 'instagram', handle: 'ana.travels', url: 'https://www.instagram.com/ana.travels/',
    displayName: 'Ana', bio: '', verified: null, followers: 23_456, followersPrecision: 1, following: null, posts: null, engagementRate: 0.01234,
    engagementMethod: 'followers', fitScore: 71.6, scoredAt: T, firstSeenAt: T, lastSeenAt: T, ...overrides,
  };
}

function rows(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('rosterCsv', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF, and has the roster’s columns', () => {
    const text = rosterCsv([creator()], [account()]);
    expect(text.startsWith('\uFEFFName,Platform,Handle,Profile URL,Followers,Followers precision,Engagement rate (%),Engagement basis,Fit score,Tier,Status,Tags,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rows(text)[0]).toEqual([...ROSTER_CSV_COLUMNS]);
  });

  it('writes one row per account with the creator repeated, and one row for a creator without accounts', () => {
    const bo = creator({ id: 'c2', displayName: 'Bo', tags: [], strengths: [], contact: { email: '', other: '' }, ambassador: false, toVet: true, lastContactedAt: null, status: 'prospect', location: '', language: '' });
    const text = rosterCsv([creator(), bo], [account(), account({ id: 'tiktok:ana_tt', platform: 'tiktok', handle: 'ana_tt', url: 'https://www.tiktok.com/@ana_tt', followers: null, engagementRate: null, fitScore: null })]);
    expect(rows(text).slice(1)).toEqual([
      ['Ana Souza', 'Instagram', 'ana.travels', 'https://www.instagram.com/ana.travels/', '23456', 'exact', '1.23', 'by followers (median of recent posts)', '72', 'Micro', 'Content in progress', 'travel; food', 'storytelling', 'ana@example.com', 'WhatsApp +351 912 345 678', 'Lisbon, PT', 'pt', 'yes', 'no', '2026-11-17', '2026-10-21'],
      ['Ana Souza', 'TikTok', 'ana_tt', 'https://www.tiktok.com/@ana_tt', '', '', '', '', '', '', 'Content in progress', 'travel; food', 'storytelling', 'ana@example.com', 'WhatsApp +351 912 345 678', 'Lisbon, PT', 'pt', 'yes', 'no', '2026-11-17', '2026-10-21'],
      ['Bo', '', '', '', '', '', '', '', '', '', 'Prospect', '', '', '', '', '', '', 'no', 'yes', '', '2026-10-21'],
    ]);
  });

  it('quotes every value that needs it', () => {
    const text = rosterCsv([creator({ displayName: 'Ana "the traveller" Souza', location: 'Lisbon, PT', contact: { email: '', other: 'line one\nline two' } })], []);
    expect(text).toContain('"Ana ""the traveller"" Souza"');
    expect(text).toContain('"Lisbon, PT"');
    expect(text).toContain('"line one\nline two"');
    expect(rows(text)[1]![0]).toBe('Ana "the traveller" Souza');
  });

  it('neutralizes cells a spreadsheet would run as a formula', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1)', '\tTab', '\rCR', '=1\n=2'];
    const text = rosterCsv(hostile.map((name, i) => creator({ id: `c${i}`, displayName: name, tags: [], location: 'Lisbon' })), []);
    const names = rows(text).slice(1).map((r) => r[0]);
    expect(names.sort()).toEqual(hostile.map((h) => `'${h}`).sort());
    for (const cell of names) expect(cell).toMatch(/^'/);
    // A plain value that merely contains these characters is left alone.
    expect(rows(rosterCsv([creator({ displayName: 'Ana = Bo' })], []))[1]![0]).toBe('Ana = Bo');
  });
});

describe('exportRosterCsv', () => {
  it('exports what the database holds', async () => {
    await db().creators.add(creator());
    await db().accounts.add(account());
    const text = await exportRosterCsv();
    expect(rows(text)).toHaveLength(2);
    expect(rows(text)[1]!.slice(0, 3)).toEqual(['Ana Souza', 'Instagram', 'ana.travels']);
  });
});
