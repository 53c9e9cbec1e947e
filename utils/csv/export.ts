// The roster as a CSV file that opens cleanly in Excel, Numbers, LibreOffice and Google Sheets:
// UTF-8 with a BOM (Excel otherwise guesses the system code page and garbles accents), CRLF line
// ends, quotes wherever a value needs them, and no cell a spreadsheet would run as a formula.
import Papa from 'papaparse';
import type { Account, Creator } from '@/utils/model/schemas';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { platformName, statusLabel } from '@/utils/format';
import { tierFor, tierLabel } from '@/utils/scoring/tier';
import { dateInputValue, localDate } from '@/utils/date-input';

export const ROSTER_CSV_COLUMNS = [
  'Name',
  'Platform',
  'Handle',
  'Profile URL',
  'Followers',
  'Followers precision',
  'Engagement rate (%)',
  'Engagement basis',
  'Fit score',
  'Tier',
  'Status',
  'Tags',
  'Strengths',
  'Email',
  'Other contact',
  'Location',
  'Language',
  'Ambassador',
  'To vet',
  'Last contacted',
  'Created',
] as const;
/** A team's roster names each creator's owner; a roster without owners (a solo user's) has no such column. */
export const OWNER_COLUMN = 'Owner';

const BOM = '\uFEFF';

// A cell starting with one of these is run as a formula by spreadsheet programs ("CSV injection"):
// = + - @, tab and carriage return (OWASP), and their full-width forms, which some programs also
// accept. papaparse's own pattern misses a value whose formula sits on its first line of several.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** "exact", or the unit of the last digit the page showed ("100000" for a count shown as "6.2M"). */
export function precisionCell(precision: number): string {
  return precision <= 1 ? 'exact' : String(precision);
}

const ENGAGEMENT_BASIS: Record<NonNullable<Account['engagementMethod']>, string> = {
  followers: 'by followers (median of recent posts)',
  views: 'by views (median of recent posts)',
  totals: 'estimate from lifetime totals (≈)',
};

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function creatorCells(creator: Creator): Record<string, string> {
  return {
    Name: creator.displayName,
    Status: statusLabel(creator.status),
    Tags: creator.tags.join('; '),
    Strengths: creator.strengths.join('; '),
    Email: creator.contact.email,
    'Other contact': creator.contact.other,
    Location: creator.location,
    Language: creator.language,
    Ambassador: yesNo(creator.ambassador),
    'To vet': yesNo(creator.toVet),
    'Last contacted': dateInputValue(creator.lastContactedAt),
    Created: localDate(creator.createdAt),
    [OWNER_COLUMN]: creator.owner ?? '',
  };
}

function accountCells(account: Account | null): Record<string, string> {
  if (!account) return {};
  return {
    Platform: platformName(account.platform),
    Handle: account.handle,
    'Profile URL': account.url,
    // The value for sums and sorts, and how precisely it is known beside it: "6.2M" on the page is
    // 6200000 known to the nearest 100000, never an exact 6,200,000.
    Followers: account.followers === null ? '' : String(account.followers),
    'Followers precision': account.followers === null ? '' : precisionCell(account.followersPrecision),
    // Two decimals, as the popup shows it: 0.01234 → "1.23".
    'Engagement rate (%)': account.engagementRate === null ? '' : (account.engagementRate * 100).toFixed(2),
    'Engagement basis': account.engagementRate === null || account.engagementMethod === null ? '' : ENGAGEMENT_BASIS[account.engagementMethod],
    'Fit score': account.fitScore === null ? '' : String(Math.round(account.fitScore)),
    Tier: account.followers === null ? '' : tierLabel(tierFor(account.followers, account.followersPrecision).tier),
  };
}

/**
 * One row per account, the creator's columns repeated on each; a creator without accounts gets
 * one row with the account columns empty. Creators in name order, their accounts by platform.
 */
export function rosterCsv(creators: readonly Creator[], accounts: readonly Account[]): string {
  const byCreator = new Map<string, Account[]>();
  for (const account of accounts) {
    const list = byCreator.get(account.creatorId);
    if (list) list.push(account);
    else byCreator.set(account.creatorId, [account]);
  }
  const platformOrder = (a: Account) => PLATFORMS.indexOf(a.platform);
  const columns: string[] = creators.some((c) => c.owner) ? [...ROSTER_CSV_COLUMNS, OWNER_COLUMN] : [...ROSTER_CSV_COLUMNS];
  const sorted = [...creators].sort((a, b) => a.displayName.localeCompare(b.displayName) || a.createdAt - b.createdAt);
  const data: string[][] = [];
  for (const creator of sorted) {
    const own = (byCreator.get(creator.id) ?? []).sort((a, b) => platformOrder(a) - platformOrder(b) || a.handle.localeCompare(b.handle));
    const shared = creatorCells(creator);
    for (const account of own.length > 0 ? own : [null]) {
      const cells: Record<string, string> = { ...shared, ...accountCells(account) };
      data.push(columns.map((column) => cells[column] ?? ''));
    }
  }
  return csvText(columns, data);
}

/** Rows of text cells as spreadsheet-safe CSV (BOM, CRLF, quoted where needed, formulas defused). */
export function csvText(header: string[], rows: string[][]): string {
  return (
    BOM +
    Papa.unparse(
      { fields: header, data: rows },
      { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START, header: true },
    )
  );
}
