import { describe, expect, it } from 'vitest';
import { NO_RESULTS } from '@/utils/model/defaults';
import {
  guessResultsMapping,
  matchResultRows,
  mergeResults,
  parseResultNumber,
  resultsMappingProblem,
  type MatchTarget,
} from '@/utils/campaigns/results-file';
import { parseCsv } from '@/utils/csv/parse';

const targets: MatchTarget[] = [
  { creatorId: 'ana', name: 'Ana Lima', utmContent: 'ana-lima', promoCode: 'ANA15' },
  { creatorId: 'bo', name: 'Bo Chen', utmContent: 'bo-chen', promoCode: 'BO10' },
  { creatorId: 'cy', name: 'Cy Okafor', utmContent: 'cy', promoCode: '' },
];

describe('reading numbers from exports', () => {
  it.each([
    ['1,750', 1750],
    ['1.750,50', 1750.5],
    ['€ 1 750.50', 1750.5],
    ['$1,234.56', 1234.56],
    ['12.75', 12.75],
    ['0,5', 0.5],
    ['1.750.000', 1_750_000],
    ['42 EUR', 42],
    ['7', 7],
  ])('“%s” is %d', (text, value) => {
    expect(parseResultNumber(text)).toEqual({ ok: true, value });
  });

  it('reads an empty cell (or “-”, “n/a”, “(not set)”) as not known, never 0', () => {
    for (const text of ['', '  ', '-', 'n/a', '(not set)']) expect(parseResultNumber(text)).toEqual({ ok: true, value: null });
  });

  it('refuses negatives and words, saying why', () => {
    expect(parseResultNumber('-20')).toEqual({ ok: false, reason: '“-20” is negative; results cannot be below 0' });
    expect(parseResultNumber('(20.00)')).toMatchObject({ ok: false, reason: expect.stringContaining('negative') });
    expect(parseResultNumber('lots')).toEqual({ ok: false, reason: '“lots” is not a number' });
    expect(parseResultNumber('1,2,3')).toMatchObject({ ok: false });
  });
});

describe('guessing the columns', () => {
  it('finds the key and value columns of a shop export by promo code', () => {
    const mapping = guessResultsMapping(['Order date', 'Discount code', 'Orders', 'Total sales', 'Customer']);
    expect(mapping).toEqual({ keyColumn: 1, keyKind: 'promo_code', values: [null, null, 'sales', 'revenue', null] });
  });

  it('finds them in an analytics export by utm_content', () => {
    const mapping = guessResultsMapping(['utm_content', 'Sessions', 'Conversions', 'Revenue']);
    expect(mapping).toEqual({ keyColumn: 0, keyKind: 'utm_content', values: [null, 'clicks', 'sales', 'revenue'] });
    expect(guessResultsMapping(['Session manual ad content', 'Clicks', 'Sign-ups', 'Total'])).toEqual({
      keyColumn: 0,
      keyKind: 'utm_content',
      values: [null, 'clicks', 'signups', 'revenue'],
    });
  });

  it('says what is missing before anything can be matched', () => {
    expect(resultsMappingProblem({ keyColumn: null, keyKind: 'promo_code', values: ['sales'] })).toMatch(/^Choose the column that says which creator/);
    expect(resultsMappingProblem({ keyColumn: 0, keyKind: 'promo_code', values: [null, null] })).toMatch(/at least one column with results/);
    expect(resultsMappingProblem({ keyColumn: 0, keyKind: 'promo_code', values: [null, 'sales', 'sales'] })).toMatch(/Two columns are set to “Sales”/);
    expect(resultsMappingProblem({ keyColumn: 0, keyKind: 'promo_code', values: [null, 'sales'] })).toBeNull();
  });
});

describe('matching rows to creators', () => {
  it('matches by promo code, trimmed and case-insensitive, adds up each creator’s rows and lists the rest with their line', () => {
    const csv = parseCsv(
      [
        'Order,Discount code,Orders,Total sales',
        '1001,ANA15,1,"1,000.00"',
        '1002, ana15 ,2,750',
        '1003,bo10,1,150.00',
        '1004,SUMMER20,1,90',
        '1005,,1,40',
      ].join('\n'),
    );
    const match = matchResultRows(csv, guessResultsMapping(csv.columns), targets);
    expect(match.fields).toEqual(['sales', 'revenue']);
    expect(match.matched).toEqual([
      { creatorId: 'ana', name: 'Ana Lima', lines: [2, 3], results: { sales: 3, revenue: 1750 } },
      { creatorId: 'bo', name: 'Bo Chen', lines: [4], results: { sales: 1, revenue: 150 } },
    ]);
    expect(match.unmatched).toEqual([
      { line: 5, key: 'SUMMER20' },
      { line: 6, key: '' },
    ]);
    expect(match.problems).toEqual([]);
  });

  it('matches by utm_content; a creator without a code never matches an empty cell', () => {
    const csv = parseCsv(['utm_content;Sessions;Revenue', 'Ana-Lima;120;', 'cy;30;12,5', 'BO-CHEN ;45;0', ';8;'].join('\r\n'));
    const match = matchResultRows(csv, guessResultsMapping(csv.columns), targets);
    expect(match.matched).toEqual([
      // Revenue empty in the file: not known, so not in the results at all.
      { creatorId: 'ana', name: 'Ana Lima', lines: [2], results: { clicks: 120 } },
      { creatorId: 'bo', name: 'Bo Chen', lines: [4], results: { clicks: 45, revenue: 0 } },
      { creatorId: 'cy', name: 'Cy Okafor', lines: [3], results: { clicks: 30, revenue: 12.5 } },
    ]);
    expect(match.unmatched).toEqual([{ line: 5, key: '' }]);
    // The same file keyed by promo code matches nobody: the key kind matters.
    const byCode = matchResultRows(csv, { ...guessResultsMapping(csv.columns), keyKind: 'promo_code' }, targets);
    expect(byCode.matched).toEqual([]);
    expect(byCode.unmatched.map((u) => u.line)).toEqual([2, 3, 4, 5]);
  });

  it('keeps line numbers right when a value spans lines, and lists unreadable numbers without counting their row', () => {
    const csv = parseCsv(['code,note,revenue', 'ANA15,"two', 'lines",100', 'BO10,x,lots', 'ANA15,,20'].join('\n'));
    const match = matchResultRows(csv, { keyColumn: 0, keyKind: 'promo_code', values: [null, null, 'revenue'] }, targets);
    expect(match.matched).toEqual([{ creatorId: 'ana', name: 'Ana Lima', lines: [2, 5], results: { revenue: 120 } }]);
    expect(match.problems).toEqual([{ line: 4, column: 'revenue', reason: '“lots” is not a number' }]);
  });
});

describe('applying matched results', () => {
  const current = { ...NO_RESULTS, clicks: 100, sales: 2, revenue: 500 };

  it('replaces the fields the file has and keeps the others', () => {
    expect(mergeResults(current, { sales: 3, revenue: 1750 }, 'replace')).toEqual({ ...NO_RESULTS, clicks: 100, sales: 3, revenue: 1750 });
  });

  it('adds to what was there; a field nobody entered starts at 0', () => {
    expect(mergeResults(current, { sales: 3, revenue: 0.1, views: 900 }, 'add')).toEqual({ ...NO_RESULTS, clicks: 100, sales: 5, revenue: 500.1, views: 900 });
  });
});
