// Reading a results export (an analytics or shop system's CSV) into each creator's results: one
// column says who a row belongs to (the link's utm_content, or the promo code), others hold the
// numbers. Rows that match no creator are listed with their line, never dropped silently. Pure.
import { PAGE_COUNT_FIELDS, roundedOnly, type Results, type ResultsPrecision } from '@/utils/campaign-metrics';
import type { CsvRow } from '@/utils/csv/parse';
import { promoKey } from './tracking';

export const RESULT_FIELDS = ['views', 'likes', 'comments', 'clicks', 'signups', 'sales', 'revenue'] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];

export const RESULT_FIELD_LABELS: Readonly<Record<ResultField, string>> = {
  views: 'Views',
  likes: 'Likes',
  comments: 'Comments',
  clicks: 'Clicks',
  signups: 'Sign-ups',
  sales: 'Sales',
  revenue: 'Revenue',
};

export type KeyKind = 'utm_content' | 'promo_code';

export const KEY_KIND_LABELS: Readonly<Record<KeyKind, string>> = {
  utm_content: 'Link content (utm_content)',
  promo_code: 'Promo code',
};

export interface ResultsMapping {
  /** The column that says which creator a row is about; null until chosen. */
  keyColumn: number | null;
  keyKind: KeyKind;
  /** Per column of the file: the results field it holds, or null to ignore it. */
  values: Array<ResultField | null>;
}

export type PartialResults = Partial<Record<ResultField, number>>;

// Header words of the common exports (GA4, Shopify, WooCommerce, Stripe, Matomo…), most specific
// first: "Total sales" is money, "Orders" is a count, "Discount code" is a key.
const KEY_GUESSES: Array<[RegExp, KeyKind]> = [
  [/utm[\s_-]*content|ad[\s_-]*content/i, 'utm_content'],
  [/discount|promo|coupon|voucher|\bcode\b/i, 'promo_code'],
];
const VALUE_GUESSES: Array<[RegExp, ResultField]> = [
  [/revenue|total[\s_-]*sales|gross[\s_-]*sales|net[\s_-]*sales|^\s*total\s*$|amount|income|turnover/i, 'revenue'],
  [/\borders\b|order[\s_-]*count|\bsales\b|purchases|transactions|conversions/i, 'sales'],
  [/sign[\s_-]*ups?|registrations?|leads|subscri/i, 'signups'],
  [/sessions|clicks|visits|users/i, 'clicks'],
  [/views|impressions|reach|plays/i, 'views'],
  [/likes|reactions/i, 'likes'],
  [/comments|replies/i, 'comments'],
];

/** A first guess from the header names; the user checks it before anything is read. */
export function guessResultsMapping(columns: readonly string[]): ResultsMapping {
  let keyColumn: number | null = null;
  let keyKind: KeyKind = 'utm_content';
  for (const [pattern, kind] of KEY_GUESSES) {
    const at = columns.findIndex((c) => pattern.test(c));
    if (at !== -1) {
      keyColumn = at;
      keyKind = kind;
      break;
    }
  }
  const used = new Set<ResultField>();
  const values = columns.map((column, i): ResultField | null => {
    if (i === keyColumn) return null;
    const guess = VALUE_GUESSES.find(([pattern, field]) => !used.has(field) && pattern.test(column));
    if (!guess) return null;
    used.add(guess[1]);
    return guess[1];
  });
  return { keyColumn, keyKind, values };
}

/** What is missing before the file can be matched, as a sentence; null when it can be. */
export function resultsMappingProblem(mapping: ResultsMapping): string | null {
  if (mapping.keyColumn === null) return 'Choose the column that says which creator each row is about (the link’s utm_content or the promo code).';
  const fields = mapping.values.filter((v, i): v is ResultField => v !== null && i !== mapping.keyColumn);
  if (fields.length === 0) return 'Choose at least one column with results (clicks, sales, revenue…).';
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (twice) return `Two columns are set to “${RESULT_FIELD_LABELS[twice]}”: keep one, and set the other to “Ignore”.`;
  return null;
}

const EMPTY_WORDS = new Set(['', '-', '—', 'n/a', 'na', '(not set)', 'none', 'null']);

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; reason: string };

/**
 * A number as exports and people write it: "1,750", "1.750,50", "€ 1 750.50", "12%"… Empty (or
 * "-", "n/a", "(not set)") is "not known", never 0. Negative numbers are refused: results count
 * what happened, and a refund is not a result.
 */
export function parseResultNumber(text: string): ParsedNumber {
  const raw = text.trim();
  if (EMPTY_WORDS.has(raw.toLowerCase())) return { ok: true, value: null };
  // Spaces (also the narrow ones French exports use) and currency or unit words around the number go.
  const digits = raw.replace(/[\s\u00a0\u202f']/g, '').replace(/^[^\d\-−(.,]+/, '').replace(/[^\d.,)]+$/, '');
  if (/^[-−(]/.test(digits) && /\d/.test(digits)) return { ok: false, reason: `“${raw}” is negative; results cannot be below 0` };
  if (!/^[\d.,]+$/.test(digits) || !/\d/.test(digits)) return { ok: false, reason: `“${raw}” is not a number` };
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  let normalized: string;
  if (lastComma !== -1 && lastDot !== -1) {
    // Both: the later one is the decimal separator ("1,750.50" or "1.750,50").
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normalized = digits.split(thousands).join('').replace(decimal, '.');
  } else {
    const separator = lastComma !== -1 ? ',' : lastDot !== -1 ? '.' : null;
    if (separator === null) normalized = digits;
    else {
      const parts = digits.split(separator);
      // "1,750" and "1.750.000" group thousands; "1,5" and "12.75" have decimals.
      const grouping = parts.length > 2 || (parts[1]?.length === 3 && parts[0] !== '0' && parts[0] !== '');
      normalized = grouping ? parts.join('') : `${parts[0] || '0'}.${parts[1]}`;
      if (grouping && !parts.slice(1).every((p) => p.length === 3)) return { ok: false, reason: `“${raw}” is not a number` };
    }
  }
  const value = Number(normalized);
  if (!Number.isFinite(value)) return { ok: false, reason: `“${raw}” is not a number` };
  return { ok: true, value };
}

export interface MatchTarget {
  creatorId: string;
  name: string;
  utmContent: string;
  promoCode: string;
}

export interface MatchedCreator {
  creatorId: string;
  name: string;
  /** The file's lines that were added up for this creator. */
  lines: number[];
  /** The sum of each mapped field over those lines; a field is absent when every cell was empty. */
  results: PartialResults;
}

export interface UnmatchedRow {
  line: number;
  /** The key cell as it is in the file (empty when the row had none). */
  key: string;
}

export interface RowProblem {
  line: number;
  column: string;
  reason: string;
}

export interface ResultsMatch {
  /** Creators found in the file, in the order of the campaign. */
  matched: MatchedCreator[];
  unmatched: UnmatchedRow[];
  /** Cells that are not numbers: their rows are not counted, and nothing can be applied until fixed. */
  problems: RowProblem[];
  /** The results fields the mapping reads. */
  fields: ResultField[];
}

/**
 * Match every row to a creator by the key column (compared trimmed and case-insensitively with
 * each creator's utm_content or promo code) and add up the rows of each creator.
 */
export function matchResultRows(
  file: { columns: readonly string[]; rows: readonly CsvRow[] },
  mapping: ResultsMapping,
  targets: readonly MatchTarget[],
): ResultsMatch {
  const keyColumn = mapping.keyColumn;
  const valueColumns = mapping.values.flatMap((field, column) => (field !== null && column !== keyColumn ? [{ field, column }] : []));
  const fields = RESULT_FIELDS.filter((f) => valueColumns.some((v) => v.field === f));
  const byKey = new Map<string, MatchTarget>();
  for (const target of targets) {
    const key = promoKey(mapping.keyKind === 'utm_content' ? target.utmContent : target.promoCode);
    if (key && !byKey.has(key)) byKey.set(key, target);
  }
  const sums = new Map<string, MatchedCreator>();
  const unmatched: UnmatchedRow[] = [];
  const problems: RowProblem[] = [];
  if (keyColumn === null) return { matched: [], unmatched, problems, fields };

  for (const row of file.rows) {
    const key = (row.cells[keyColumn] ?? '').trim();
    const target = byKey.get(promoKey(key));
    if (!target) {
      unmatched.push({ line: row.line, key });
      continue;
    }
    const read: PartialResults = {};
    let readable = true;
    for (const { field, column } of valueColumns) {
      const parsed = parseResultNumber(row.cells[column] ?? '');
      if (!parsed.ok) {
        problems.push({ line: row.line, column: file.columns[column] ?? `Column ${column + 1}`, reason: parsed.reason });
        readable = false;
      } else if (parsed.value !== null) read[field] = (read[field] ?? 0) + parsed.value;
    }
    if (!readable) continue;
    const entry = sums.get(target.creatorId) ?? { creatorId: target.creatorId, name: target.name, lines: [], results: {} };
    entry.lines.push(row.line);
    for (const field of fields) {
      const value = read[field];
      if (value !== undefined) entry.results[field] = roundSum((entry.results[field] ?? 0) + value);
    }
    sums.set(target.creatorId, entry);
  }
  const matched = targets.flatMap((t) => sums.get(t.creatorId) ?? []);
  return { matched, unmatched, problems, fields };
}

/** Money sums without floating-point dust (0.1 + 0.2 = 0.30000000000000004). */
function roundSum(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export type ApplyMode = 'replace' | 'add';

/**
 * A creator's results after an import: "replace" sets each field the file has; "add" adds the
 * file's numbers to what was there (a field nobody entered counts as 0 once the file has it).
 * Fields the file does not have stay as they were.
 */
export function mergeResults(current: Results, incoming: PartialResults, mode: ApplyMode): Results {
  const next = { ...current };
  for (const field of RESULT_FIELDS) {
    const value = incoming[field];
    if (value === undefined) continue;
    next[field] = mode === 'add' ? roundSum((current[field] ?? 0) + value) : value;
  }
  return next;
}

/**
 * The precision after a file is applied: a number the file sets is exact; one it adds to keeps the
 * precision of what was there (≈1.2M + 300 is still ≈1.2M).
 */
export function mergePrecision(current: ResultsPrecision | undefined, incoming: PartialResults, mode: ApplyMode): ResultsPrecision {
  const next: ResultsPrecision = { ...current };
  for (const field of PAGE_COUNT_FIELDS) if (incoming[field] !== undefined && mode === 'replace') delete next[field];
  return roundedOnly(next);
}
