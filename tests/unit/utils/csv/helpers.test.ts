import { describe, expect, it } from 'vitest';
import type { Account, Creator } from '@/utils/model/schemas';
import { accountFromHandle, accountFromUrl, platformFromText } from '@/utils/csv/accounts';
import { guessMapping, mappingProblem, type ColumnMapping } from '@/utils/csv/fields';
import { decodeCsv, decodeCsvBytes, detectEncoding, parseCsv } from '@/utils/csv/parse';
import { previewImport } from '@/utils/csv/preview';
import { describeRejection, followersFromText, stageFromText } from '@/utils/csv/read-row';
import { generateRosterCsv } from '../../../helpers/generate-csv';

const EMPTY = { accounts: new Map<string, Account>(), creators: new Map<string, Creator>() };
const T = Date.UTC(2026, 10, 20, 12);

function preview(text: string, mapping?: ColumnMapping, state = EMPTY) {
  const csv = parseCsv(text);
  return previewImport(csv.rows, mapping ?? guessMapping(csv.columns, csv.rows), state, csv.problems);
}

describe('guessMapping', () => {
  it('maps headers by name and common synonyms, case-insensitively', () => {
    const headers = ['Full Name', 'USERNAME', '@', 'Link', 'Subscribers', 'Stage', 'E-mail', 'Niche', 'City', 'Lang', 'Comments', 'Brand ambassador', 'Phone', 'Skills', 'Network'];
    expect(guessMapping(headers, [])).toEqual([
      'name', 'handle', 'handle', 'profileUrl', 'followers', 'status', 'email', 'tags', 'location', 'language', 'notes', 'ambassador', 'otherContact', 'strengths', 'platform',
    ]);
  });

  it('maps a column named after a platform to that platform’s handles or addresses, and its followers to followers', () => {
    const headers = ['Instagram', 'IG handle', 'TikTok URL', 'YouTube channel', 'X (Twitter)', 'Twitter', 'Bluesky', 'Instagram followers', 'TikTok fans'];
    expect(guessMapping(headers, [])).toEqual(['instagram', 'instagram', 'tiktok', 'youtube', 'x', 'x', 'bluesky', 'followers', 'followers']);
  });

  it('guesses from the values when the header says nothing, and ignores what it cannot place', () => {
    const csv = parseCsv('Column A,Column B,Column C,Favourite colour\r\nhttps://www.instagram.com/ana/,ana@example.com,TikTok,blue\r\ninstagram.com/bo,bo@example.com,instagram,red\r\n');
    expect(guessMapping(csv.columns, csv.rows)).toEqual(['profileUrl', 'email', 'platform', 'ignore']);
  });

  it('lets the values decide when a header says little: a "Contact" column of emails is Email', () => {
    const csv = parseCsv('Contact,Phone,Username\r\nana@example.com,+351 912 345 678,https://x.com/ana_x\r\n');
    expect(guessMapping(csv.columns, csv.rows)).toEqual(['email', 'otherContact', 'profileUrl']);
  });

  it('says when no column can identify an account', () => {
    expect(mappingProblem(['name', 'email'])).toMatch(/No column is set to Handle, Profile URL or a platform/);
    expect(mappingProblem(['name', 'instagram'])).toBeNull();
  });
});

describe('parseCsv', () => {
  it('drops the BOM, detects the delimiter and keeps the line each row starts on', () => {
    const csv = parseCsv('\uFEFFName;Handle\r\n"Ana\r\nSouza";ana\r\n\r\n;\r\nBo;bo\r\n');
    expect(csv.columns).toEqual(['Name', 'Handle']);
    // Line 2 holds a value over two lines; line 4 is blank and line 5 holds only empty values.
    expect(csv.rows).toEqual([
      { line: 2, cells: ['Ana\r\nSouza', 'ana'] },
      { line: 6, cells: ['Bo', 'bo'] },
    ]);
    expect(csv.problems).toEqual([]);
  });

  it('reports an unclosed quote on its line', () => {
    const csv = parseCsv('Name,Handle\nAna,ana\n"Bo,bo\nCy,cy\n');
    expect(csv.problems).toEqual([{ line: 3, reason: expect.stringMatching(/quoted value is never closed/) }]);
  });

  it('reads Windows-1252 files as well as UTF-8 ones', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x4a, 0x6f, 0x73, 0xc3, 0xa9]))).toBe('José');
    expect(decodeCsvBytes(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9]))).toBe('José');
  });

  it('keeps a UTF-8 file UTF-8 when one byte is damaged, with a � where it was, and says so', () => {
    const utf8 = new TextEncoder().encode('Name\nJosé Müller 😀\nZoë Ødegaard\nInês Souza\n');
    const damaged = new Uint8Array([...utf8.slice(0, 6), 0xff, ...utf8.slice(6)]);
    expect(detectEncoding(damaged)).toBe('utf-8');
    expect(decodeCsv(damaged)).toEqual({ text: 'Name\nJ\uFFFDosé Müller 😀\nZoë Ødegaard\nInês Souza\n', encoding: 'utf-8', replaced: 1, stripped: 0 });
    // The user may read it the other way, from the preview.
    expect(decodeCsv(damaged, 'windows-1252').text).toContain('osÃ© MÃ¼ller');
    // Mostly not UTF-8: Windows-1252, as Excel on Windows writes "CSV".
    expect(detectEncoding(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x0a, 0x5a, 0x6f, 0xeb]))).toBe('windows-1252');
  });

  it('drops NUL and other control characters, keeping tabs and line breaks, and counts them', () => {
    const bytes = new TextEncoder().encode('Name\tNotes\r\nA\u0000na\u0007\tline one\nline two\u007f\r\n');
    expect(decodeCsv(bytes)).toEqual({ text: 'Name\tNotes\r\nAna\tline one\nline two\r\n', encoding: 'utf-8', replaced: 0, stripped: 3 });
  });
});

describe('accounts from URLs and handles', () => {
  it('derives platform and handle from a profile address, with or without the scheme', () => {
    expect(accountFromUrl('https://www.instagram.com/Ana.Travels/')).toEqual({
      id: 'instagram:ana.travels', platform: 'instagram', handle: 'Ana.Travels', url: 'https://www.instagram.com/Ana.Travels/',
    });
    expect(accountFromUrl('tiktok.com/@ana_tt?lang=en')).toMatchObject({ id: 'tiktok:ana_tt', url: 'https://www.tiktok.com/@ana_tt' });
    expect(accountFromUrl('https://youtube.com/@AnaCooks/videos')).toMatchObject({ id: 'youtube:anacooks' });
    expect(accountFromUrl('https://twitter.com/ana_x')).toMatchObject({ id: 'x:ana_x', url: 'https://x.com/ana_x' });
    expect(accountFromUrl('https://bsky.app/profile/ana.bsky.social')).toMatchObject({ id: 'bluesky:ana.bsky.social' });
  });

  it('refuses addresses that are not a profile on a supported site', () => {
    expect(accountFromUrl('https://www.instagram.com/p/CPeC-Eenc8l/')).toBeNull();
    expect(accountFromUrl('https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv')).toBeNull();
    expect(accountFromUrl('https://example.com/ana')).toBeNull();
    expect(accountFromUrl('not a url')).toBeNull();
  });

  it('checks a handle with the platform’s own rules and builds its address', () => {
    expect(accountFromHandle('instagram', '@Ana.Travels')).toEqual({
      ok: true, account: { id: 'instagram:ana.travels', platform: 'instagram', handle: 'Ana.Travels', url: 'https://www.instagram.com/Ana.Travels/' },
    });
    expect(accountFromHandle('instagram', 'ana travels')).toEqual({ ok: false, reason: expect.stringContaining('“ana travels” is not a valid Instagram handle') });
    expect(accountFromHandle('x', 'averyveryverylonghandle')).toMatchObject({ ok: false });
    expect(accountFromHandle('bluesky', 'ana')).toEqual({ ok: false, reason: expect.stringContaining('name.bsky.social') });
  });

  it('reads platform names as people write them', () => {
    expect(['Instagram', 'IG', 'tik tok', 'X (Twitter)', 'twitter', 'BSKY', 'YouTube'].map(platformFromText)).toEqual([
      'instagram', 'instagram', 'tiktok', 'x', 'x', 'bluesky', 'youtube',
    ]);
    expect(platformFromText('Myspace')).toBeNull();
  });

  it('reads follower counts and stages as written in spreadsheets', () => {
    expect(['12,345', '12.3K', '1.2M', '850'].map((t) => followersFromText(t)?.value)).toEqual([12_345, 12_300, 1_200_000, 850]);
    expect(['lots', '12.3', 'about 12', '-5', ''].map(followersFromText)).toEqual([null, null, null, null, null]);
    expect(['Content in progress', 'CONTACTED', 'content-in-progress', 'hot lead'].map(stageFromText)).toEqual([
      'content_in_progress', 'contacted', 'content_in_progress', null,
    ]);
  });
});

describe('previewImport (pure)', () => {
  it('rejects each bad row with its line, the field and what is wrong', () => {
    const text = [
      'Name,Platform,Handle,Followers,Status,Email,Location',
      'Ana,Instagram,ana.travels,"12,345",Contacted,ana@example.com,Lisbon',
      'Bo,,bo_tt,100,,,',
      'Cy,Myspace,cy,100,,,',
      'Di,TikTok,,100,,,',
      'Ed,Instagram,ed travels,100,,,',
      'Fay,Instagram,fay,lots,,,',
      'Gus,Instagram,gus,100,Hot lead,,',
      'Hal,Instagram,hal,100,,not-an-email,',
      `Ivy,Instagram,ivy,100,,,${'x'.repeat(301)}`,
    ].join('\r\n');
    const p = preview(text);
    expect(p.rejected.map(describeRejection)).toEqual([
      expect.stringMatching(/^Line 3, Platform: missing: the handle “bo_tt” needs its platform/),
      expect.stringMatching(/^Line 4, Platform: “Myspace” is not a supported platform \(use one of Instagram, TikTok, YouTube, X, Bluesky\)\.$/),
      expect.stringMatching(/^Line 5, Handle: missing: give the TikTok handle or the profile URL\.$/),
      expect.stringMatching(/^Line 6, Handle: “ed travels” is not a valid Instagram handle/),
      expect.stringMatching(/^Line 7, Followers: “lots” is not a number of followers \(write it like 12345, 12,345 or 12\.3K\)\.$/),
      expect.stringMatching(/^Line 8, Status: “Hot lead” is not a pipeline stage \(use one of Prospect, Shortlisted, .*Archived\)\.$/),
      expect.stringMatching(/^Line 9, Email: “not-an-email” is not an email address\.$/),
      'Line 10, Location: too long: 301 characters, at most 300.',
    ]);
    expect(p.newCreators.map((c) => c.name)).toEqual(['Ana']);
  });

  it('rejects what a record could not hold: a count beyond any account’s, notes that add up past the limit', () => {
    const notes = 'n'.repeat(15_000);
    const text = [
      'Name,Platform,Handle,Followers,Notes',
      'Ana,Instagram,ana.travels,2000000000000,',
      `Cy,X,cy_one,10,${notes}`,
      `Cy,TikTok,cy_tt,10,${notes}.`,
    ].join('\n');
    expect(preview(text).rejected.map(describeRejection)).toEqual([
      'Line 2, Followers: “2000000000000” is more followers than any account has (at most 1,000,000,000,000).',
      'Line 3, Notes: this creator would have 30,003 characters of notes with the file’s, at most 20,000.',
    ]);
  });

  it('treats the same account twice as one, saying which line it repeats, and a row with a profile URL as its account', () => {
    const text = [
      'Name,Platform,Handle,Profile URL,Tags',
      'Ana,Instagram,@ana.travels,,travel',
      'Bo,,,https://www.tiktok.com/@bo_tt,food',
      'Ana Souza,,,instagram.com/ANA.TRAVELS,lisbon',
    ].join('\n');
    const p = preview(text);
    expect(p.duplicates).toEqual([{ line: 4, sameAs: 2, account: 'Instagram @ANA.TRAVELS' }]);
    expect(p.newCreators).toEqual([
      { lines: [2, 4], name: 'Ana Souza', accounts: ['Instagram @ana.travels'] },
      { lines: [3], name: 'Bo', accounts: ['TikTok @bo_tt'] },
    ]);
    expect(p.rejected).toEqual([]);
  });

  it('groups rows with the same name into one creator with several accounts (the export’s layout)', () => {
    const p = preview('Name,Platform,Handle\nAna,Instagram,ana.travels\nana ,TikTok,ana_tt\nBo,X,bo_x\n');
    expect(p.newCreators).toEqual([
      { lines: [2, 3], name: 'ana', accounts: ['Instagram @ana.travels', 'TikTok @ana_tt'] },
      { lines: [4], name: 'Bo', accounts: ['X @bo_x'] },
    ]);
    expect(p.newAccounts).toBe(3);
  });

  it('reads several platform columns of one row as one creator’s accounts', () => {
    const p = preview('Name,Instagram,TikTok,Followers\nAna,@ana.travels,https://www.tiktok.com/@ana_tt,12.3K\n');
    expect(p.newCreators).toEqual([{ lines: [2], name: 'Ana', accounts: ['Instagram @ana.travels', 'TikTok @ana_tt'] }]);
    expect(p.newAccounts).toBe(2);
  });

  it('says which fields of a saved creator would change', () => {
    const creator: Creator = {
      id: 'c1', displayName: 'Ana', status: 'prospect', toVet: false, tags: ['travel'], strengths: [], contact: { email: '', other: '' },
      location: 'Lisbon', language: 'en', ambassador: false, notes: 'Met at a fair', lastContactedAt: null, keepInTouchDays: null, createdAt: T, updatedAt: T,
    };
    const account: Account = {
      id: 'instagram:ana.travels', creatorId: 'c1', platform: 'instagram', handle: 'ana.travels', url: 'https://www.instagram.com/ana.travels/',
      displayName: 'Ana', bio: '', verified: null, followers: 1200, followersPrecision: 1, following: null, posts: null, engagementRate: null, engagementMethod: null,
      fitScore: null, scoredAt: null, firstSeenAt: T, lastSeenAt: T,
    };
    const state = { accounts: new Map([[account.id, account]]), creators: new Map([[creator.id, creator]]) };
    const p = preview('Handle,Platform,Status,Tags,Followers,Location,Ambassador\nana.travels,instagram,Contacted,Travel; food,"1,350",Lisbon,yes\n', undefined, state);
    expect(p.newCreators).toEqual([]);
    expect(p.updated).toEqual([
      {
        creatorId: 'c1',
        name: 'Ana',
        lines: [2],
        changes: [
          { field: 'Status', change: 'Prospect → Contacted' },
          { field: 'Tags', change: 'adds food' },
          { field: 'Ambassador', change: 'no → yes' },
          { field: 'Instagram @ana.travels followers', change: '1,200 → 1,350' },
        ],
      },
    ]);
    const same = preview('Handle,Platform,Location\nana.travels,instagram,Lisbon\n', undefined, state);
    expect(same.updated).toEqual([]);
    expect(same.unchanged).toEqual([{ creatorId: 'c1', name: 'Ana', lines: [2] }]);
  });

  it('previews 500 generated creators as 500 new and none rejected', () => {
    const p = preview(generateRosterCsv(500));
    expect(p.rowCount).toBe(500);
    expect(p.rejected).toEqual([]);
    expect(p.duplicates).toEqual([]);
    expect(p.newCreators).toHaveLength(500);
  });
});
